/**
 * Every document the workbench writes, each variant, as a short case and a long one (many
 * actions with long text, many participants, long statements), built straight from plain data
 * so the layout can be checked whatever a case in the vault holds. Invented names. Each case
 * also says which pieces of text make up each action, so a test can find an action's rows in
 * the PDF and check they are on one page.
 */
import {
  buildAgreementDocument,
  type AgreementDocumentData,
} from '../../../src/main/documents/agreement-document';
import { buildCompletionLetter } from '../../../src/main/documents/completion-letter';
import {
  buildInvitation,
  buildPreparationSummary,
  buildRunSheet,
} from '../../../src/main/documents/conference-documents';
import { buildSubjectAccessDocument } from '../../../src/main/documents/subject-access';
import type { DocumentVariant } from '../../../src/shared/domain/agreement';
import type { SubjectAccessRecord } from '../../../src/shared/domain/subject-access-record';
import { familyMapPicture } from './map-picture-fixture';

export interface DocumentCase {
  /** A file name: document, variant and length. */
  name: string;
  build(): Promise<Buffer>;
  /**
   * For each action (numbered from 1), the pieces of text its rows print: they must all be
   * found whole on one page. The first piece starts the action (its number and words).
   */
  actions: string[][];
}

export const names = [
  'Ayla Brightwater',
  'Jordan Fenwick',
  'Dana Fenwick',
  'Noor Castellan',
  'Tomasz Quill',
  'Imogen Hartley',
  'Kwame Asante',
  'Priya Raman',
  'Elliot Marsh',
  'Sofia Lindqvist',
  'Callum Reid',
  'Hana Sato',
];
const roles = ['Person harmed', 'Person responsible', 'Supporter', 'Teacher', 'Parent', 'Youth worker'];

/** Words that differ from action to action, so each action's text is found only where it is. */
const things = [
  'bag strap',
  'science seating plan',
  'lunch queue',
  'library books',
  'bike shed',
  'football',
  'art folder',
  'bus pass',
  'locker door',
  'phone case',
  'sports kit',
  'music stand',
];

/** A sentence about one action, `words` long or a little longer, never repeating another action's. */
export function longText(seed: number, words: number, start: string): string {
  const thing = things[seed % things.length]!;
  const filler = [
    `everyone agreed that the ${thing} matters`,
    'and that it will be done carefully',
    `with a note to say when the ${thing} is sorted`,
    'so nobody has to wonder whether it happened',
    'and with time set aside in the week to do it properly',
  ];
  const out = [start];
  for (let i = 0; out.join(' ').split(' ').length < words; i++) out.push(filler[i % filler.length]!);
  return `${out.join(' ')}.`;
}

export function agreementData(long: boolean): AgreementDocumentData {
  const count = long ? 12 : 2;
  const people = (long ? names : names.slice(0, 3)).map((name, i) => ({
    name,
    role: roles[i % roles.length]!,
  }));
  return {
    organisation: { name: 'Northfield Restorative Service', logo: null },
    title: 'Agreement',
    caseReference: 'RW-2026-0042',
    date: '24 November 2026',
    place: 'Hillside School, Library',
    participants: people,
    statement: long
      ? Array.from({ length: 6 }, (_, i) =>
          longText(i, 60, `Paragraph ${i + 1} of what this is about: on 3 November`),
        ).join('\n')
      : 'On 3 November a bag was damaged in the corridor and two pupils were upset.',
    actions: Array.from({ length: count }, (_, i) => {
      const who = names[(i + 1) % names.length]!;
      return {
        what: long
          ? longText(i, 45, `${who} sorts out the ${things[i]!}:`)
          : `${who} sorts out the ${things[i]!}`,
        who,
        forWhom: i % 3 === 0 ? names[0]! : '',
        byWhen: `${(i % 27) + 1} Dec 2026`,
        howChecked: long
          ? longText(i + 1, 30, `Mr Okafor looks at the ${things[i]!} and`)
          : `Mr Okafor sees the ${things[i]!}`,
        checkedBy: 'Mr Okafor',
        ifNotDone: long
          ? longText(i + 2, 30, `If the ${things[i]!} is not done, we meet again and`)
          : 'We meet again',
      };
    }),
    familyLead: null,
    bottomLines: [],
    reviewDate: '15 January 2027',
    copiesTo: long ? longText(3, 50, 'Everyone who signs, the head of year,') : 'Everyone who signs.',
    statements: {
      confidentiality: long
        ? longText(4, 80, 'What was said in the conference stays between the people who were there;')
        : 'What was said stays between the people who were there.',
      notLegallyBinding:
        'This agreement is not legally binding. It may be referred to if the harm happens again.',
    },
    signing: people.slice(0, long ? 10 : 2).map((p) => p.name),
    declined: long ? [names[11]!] : [],
    mapPicture: null,
  };
}

/** What an action's rows print: the number and words, then each cell's text. */
export function agreementActionPieces(data: AgreementDocumentData, variant: DocumentVariant): string[][] {
  return data.actions.map((a, i) => [
    variant === 'large_print' ? `Action ${i + 1} What will be done` : `${i + 1}. ${a.what}`,
    a.what,
    a.who,
    a.byWhen,
    a.howChecked,
    `Checked by ${a.checkedBy}`,
    a.ifNotDone,
  ]);
}

function agreementCases(): DocumentCase[] {
  const variants: DocumentVariant[] = ['standard', 'large_print', 'plain_english'];
  return variants.flatMap((variant) =>
    [false, true].map((long) => {
      const data = agreementData(long);
      return {
        name: `agreement-${variant}-${long ? 'long' : 'short'}`,
        build: () => buildAgreementDocument(data, variant),
        actions: agreementActionPieces(data, variant),
      };
    }),
  );
}

function completionLetterCases(): DocumentCase[] {
  return [false, true].map((long) => {
    const actions = Array.from({ length: long ? 14 : 2 }, (_, i) => ({
      what: long
        ? longText(i, 40, `${names[1]} sorts out the ${things[i % things.length]!}:`)
        : `${names[1]} sorts out the ${things[i]!}`,
      result: i % 3 === 0 ? 'partly done' : 'done',
    }));
    return {
      name: `completion-letter-${long ? 'long' : 'short'}`,
      build: () =>
        buildCompletionLetter({
          organisation: { name: 'Northfield Restorative Service', logo: null },
          recipientName: names[0]!,
          letterDate: '3 March 2027',
          agreedOn: '24 November 2026',
          reviewedOn: '15 January 2027',
          outcome: 'partly_completed',
          actions,
          contact: { name: 'Sam Okafor', details: '01632 960000' },
          signature: { name: 'Sam Okafor', role: 'Restorative practitioner', contact: '01632 960000' },
        }),
      actions: actions.map((a) => [`${a.what} — ${a.result}`]),
    };
  });
}

function invitationCases(): DocumentCase[] {
  return [false, true].map((long) => ({
    name: `invitation-${long ? 'long' : 'short'}`,
    build: () =>
      buildInvitation({
        recipientName: names[0]!,
        processName: 'Restorative conference',
        whatToExpect: long
          ? Array.from({ length: 8 }, (_, i) => longText(i, 35, `Step ${i + 1}:`))
          : ['People talk about what happened.', 'You can take a break or leave at any time.'],
        startsAt: '2026-12-03T15:30',
        expectedMinutes: 90,
        venue: 'Hillside School',
        room: 'Library',
        attending: (long ? names.slice(1) : names.slice(1, 3)).map((name, i) => ({
          name,
          note: i % 2 ? `supporting ${names[1]!}` : null,
        })),
        arrangementsForYou: long ? longText(5, 120, 'A ramp at the main door;') : 'A ramp at the main door.',
        // The short letter is from a facilitator who has not filled in About you.
        contact: long ? { name: 'Sam Okafor', details: '01632 960000' } : { name: '', details: '' },
        signature: long
          ? { name: 'Sam Okafor', role: 'Restorative practitioner', contact: '01632 960000' }
          : { name: null, role: '', contact: '' },
      }),
    actions: [],
  }));
}

function runSheetCases(): DocumentCase[] {
  return [false, true].map((long) => ({
    name: `run-sheet-${long ? 'long' : 'short'}`,
    build: () =>
      buildRunSheet({
        caseReference: 'RW-2026-0042',
        caseTitle: 'Lunch queue incident',
        startsAt: '2026-12-03T15:30',
        place: 'Library, Hillside School',
        phases: Array.from({ length: long ? 12 : 3 }, (_, i) => ({
          id: `phase-${i}`,
          title: `Part ${i + 1} of the conference`,
          guidance: long ? longText(i, 70, 'The facilitator explains') : 'The facilitator explains.',
          ...(i % 4 === 3 ? { timerMinutes: 20 } : {}),
          questions: long ? ['What happened?', 'Who has been affected?'] : [],
          speakers: (long ? names.slice(0, 4) : names.slice(0, 1)).map((name, j) => ({
            participantId: `00000000-0000-4000-8000-00000000000${j}`,
            name,
            questions: long
              ? ['What were you thinking about at the time?', 'What have you thought about since?']
              : ['What happened?'],
          })),
        })),
      }),
    actions: [],
  }));
}

function preparationSummaryCases(): DocumentCase[] {
  return [false, true].map((long) => ({
    name: `preparation-summary-${long ? 'long' : 'short'}`,
    build: () =>
      buildPreparationSummary({
        caseReference: 'RW-2026-0042',
        caseTitle: 'Lunch queue incident',
        participants: (long ? names : names.slice(0, 2)).map((name, i) => ({
          name,
          role: roles[i % roles.length]!,
          readiness: 'Ready',
          reason: long ? longText(i, 40, 'Prepared:') : 'Prepared.',
          consents: ['To take part: given on 26 November 2026'],
          meetings: Array.from({ length: long ? 2 : 1 }, () => ({
            when: 'Thursday 26 November 2026 at 4:00pm',
            place: 'Family room',
            present: name,
            covered: ['process explained', 'their account heard'],
          })),
        })),
        risk: {
          decision: 'Proceed with measures',
          measures: long ? longText(2, 60, 'Separate waiting rooms;') : 'Separate waiting rooms.',
          decidedBy: 'Sam Okafor',
          decidedAt: '2026-11-26T12:00:00Z',
        },
        safetyMeasures: long ? longText(3, 80, 'Jordan arrives by the side entrance;') : 'Separate arrivals.',
        flags: Array.from({ length: long ? 6 : 1 }, (_, i) => ({
          category: 'Self-harm',
          level: 'high',
          person: names[1]!,
          detail: long ? longText(i, 40, 'Disclosed to a tutor:') : 'Disclosed to a tutor.',
          mitigations: 'Check-in plan',
        })),
        blockers: long ? ['Noor Castellan has not had a preparation meeting.'] : [],
        overrideReason: null,
        map: long ? familyMapPicture() : null,
      }),
    actions: [],
  }));
}

function subjectAccessRecord(long: boolean): SubjectAccessRecord {
  const person = {
    id: 'p1',
    preferredName: names[0]!,
    fullName: `${names[0]!} Jones`,
    pronouns: 'she/her',
    ageBand: null,
    dateOfBirth: null,
    phone: '07700 900123',
    email: '',
    address: '',
    preferredContact: null,
    language: 'English',
    interpreter: false,
    disability: '',
    reading: '',
    notes: long ? longText(1, 80, 'Likes to be met at the gate;') : '',
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
  };
  const cases = Array.from({ length: long ? 3 : 1 }, (_, c) => ({
    case: {
      reference: `RW-2026-00${40 + c}`,
      process: 'Restorative conference',
      setting: 'School',
      status: 'Follow-up',
      openedOn: '2026-11-02T09:00:00Z',
      referralDate: '2026-11-02',
    },
    roles: ['Person harmed'],
    consents: [],
    riskFlags: [],
    preparation: [
      {
        readiness: 'Ready',
        reason: 'Prepared.',
        meetings: [
          {
            startsAt: '2026-11-26T16:00',
            place: 'Family room',
            present: names[0]!,
            covered: ['Process explained'],
            saidNotWilling: false,
          },
        ],
      },
    ],
    agreement: {
      title: 'Agreement',
      version: 1,
      choice: 'signs' as const,
      actions: Array.from({ length: long ? 8 : 1 }, (_, i) => ({
        what: long
          ? longText(i, 50, `${names[1]} sorts out the ${things[i]!}:`)
          : `${names[1]} sorts out the ${things[i]!}`,
        theirPart: 'for them' as const,
        byWhen: '2026-12-18',
        status: 'Done',
      })),
    },
    maps: [],
  }));
  return {
    generatedAt: '2027-03-03T10:00:00Z',
    person,
    namesLookedFor: [person.fullName, person.preferredName],
    cases,
    notesAboutThem: Array.from({ length: long ? 6 : 1 }, (_, i) => ({
      caseReference: 'RW-2026-0040',
      title: `Preparation note ${i + 1}`,
      kind: 'text' as const,
      createdAt: '2026-11-26T16:30:00Z',
      updatedAt: '2026-11-26T16:30:00Z',
      text: long
        ? Array.from({ length: 4 }, (_, j) => longText(i + j, 60, 'She said')).join('\n')
        : 'She said she felt better.',
    })),
    theirWords: [],
    reviewedPassages: [],
    withheld: { passages: 0, statement: 'No passages withheld' },
  };
}

function subjectAccessCases(): DocumentCase[] {
  return [false, true].map((long) => {
    const record = subjectAccessRecord(long);
    return {
      name: `subject-access-${long ? 'long' : 'short'}`,
      build: () => buildSubjectAccessDocument(record),
      // Each action of theirs is one paragraph: "For them: … (by 18 December 2026). Status: done."
      actions: record.cases.flatMap((c) =>
        (c.agreement?.actions ?? []).map((a) => [`For them: ${a.what} (by 18 December 2026). Status: done.`]),
      ),
    };
  });
}

/** The documents built here; every-document.ts adds the family plan (with a map) to them. */
export function documentsFromPlainData(): DocumentCase[] {
  return [
    ...agreementCases(),
    ...completionLetterCases(),
    ...invitationCases(),
    ...runSheetCases(),
    ...preparationSummaryCases(),
    ...subjectAccessCases(),
  ];
}
