/**
 * An invented case for the subject access rules: Jess Harper (harmed) and Lee Morgan
 * (responsible, preferred name "Lee"), with notes about each, a meeting where both speak, a
 * general note naming Lee by first name and by a nickname, risk flags on both and on the
 * case, a risk decision, and a closure with its detail. A second case, which Lee is not in,
 * has another Lee. Marker words (KESTREL, JESS-RISK...) make leaks easy to find.
 */
import type { Workbench } from '../../../src/main/workbench';
import { addPerson, createCase } from './case-fixtures';
import { call } from './temp-workbench';

export const ABOUT_JESS =
  'Jess has moved to 14 Alder Row with her aunt.\n\n' +
  'She said Lee Morgan followed her from the Kestrel Road stop twice.\n\n' +
  'She wants the conference to go ahead.';
export const ABOUT_LEE = 'Lee Morgan admitted pushing Jess at the stop. He wants to apologise.';
export const GENERAL =
  'Called the school office.\n\nLee was calm today.\n\nMogsy was seen near the gate again.';
export const MEETING =
  '@a 10:02 — I pushed her and I am sorry.\n' +
  '@b 10:03 — Lee Morgan scared me; I told my aunt about the Wrenfield flat.\n' +
  '@a 10:05 — I will stay away from Jess.';
export const OTHER_CASE_NOTE =
  'Lee Okafor said sorry to the class. Lee Morgan was not involved. Lee is fine.';

/** Text that belongs to other people or to the case, and must never reach Lee's export by itself. */
export const NEVER_IN_LEES_EXPORT = [
  'TITLE-ABOUT-JESS',
  'REFERRAL-SUMMARY-ABOUT-JESS',
  'CLOSURE-DETAIL-ABOUT-JESS',
  'JESS-RISK-DETAIL',
  'CASE-RISK-DETAIL',
  'SEPARATE-ARRIVALS-MEASURE',
  'Alder Row',
  'Kestrel',
  'Wrenfield',
  'Lee Okafor',
];

export async function leeAndJess(wb: Workbench) {
  const bus = await createCase(wb, {
    title: 'TITLE-ABOUT-JESS at the bus stop',
    referral: {
      date: '2026-10-12',
      referrer: 'Youth offending team',
      source: 'email',
      summary: 'REFERRAL-SUMMARY-ABOUT-JESS',
      acknowledged: 'yes',
    },
  });
  const lee = await addPerson(wb, bus.id, 'Lee', 'responsible', {
    person: { preferredName: 'Lee', fullName: 'Lee Morgan', pronouns: 'he/him' },
  });
  const jess = await addPerson(wb, bus.id, 'Jess Harper', 'harmed');
  const other = await createCase(wb, { title: 'Classroom argument' });
  await addPerson(wb, other.id, 'Lee Okafor', 'harmed');
  const note = (input: Record<string, unknown>) => call(wb, 'note:save', input) as Promise<{ id: string }>;

  const aboutJess = await note({
    caseId: bus.id,
    personId: jess.person.id,
    title: 'Jess, at home',
    body: ABOUT_JESS,
  });
  await note({ caseId: bus.id, personId: lee.person.id, title: 'Lee, first meeting', body: ABOUT_LEE });
  const general = await note({ caseId: bus.id, title: 'School', body: GENERAL });
  await note({
    caseId: bus.id,
    kind: 'meeting',
    title: 'Conference',
    body: MEETING,
    speakers: [
      { key: 'a', personId: lee.person.id, name: 'Lee', colour: '#1d6fb8' },
      { key: 'b', personId: jess.person.id, name: 'Jess Harper', colour: '#b34a00' },
    ],
  });
  await note({ caseId: other.id, title: 'Class', body: OTHER_CASE_NOTE });

  for (const [personId, detail] of [
    [jess.person.id, 'JESS-RISK-DETAIL'],
    [null, 'CASE-RISK-DETAIL'],
    [lee.person.id, 'LEE-OWN-RISK'],
  ] as const) {
    await call(wb, 'risk:save', { caseId: bus.id, personId, category: 'stalking', level: 'high', detail });
  }
  await call(wb, 'risk:assess', {
    caseId: bus.id,
    decision: 'proceed_with_measures',
    measures: 'SEPARATE-ARRIVALS-MEASURE',
    decidedBy: 'Facilitator',
  });
  await call(wb, 'case:setStatus', {
    id: bus.id,
    status: 'closed',
    closureReason: 'other',
    closureDetail: 'CLOSURE-DETAIL-ABOUT-JESS',
  });
  return { bus, other, lee, jess, aboutJess, general };
}

export interface ReviewPassage {
  id: string;
  noteId: string;
  text: string;
  aboutName: string | null;
  caseReference: string | null;
  speaker: { name: string; time: string | null } | null;
  marks: { start: number; end: number }[];
}

export async function review(wb: Workbench, personId: string, otherNames: string[] = []) {
  return (await call(wb, 'person:exportReview', { personId, otherNames })) as {
    primaryName: string;
    suggestions: string[];
    namesLookedFor: string[];
    passages: ReviewPassage[];
  };
}

export function passageWith(passages: ReviewPassage[], words: string): ReviewPassage {
  const found = passages.find((p) => p.text.includes(words));
  if (!found) throw new Error(`No passage holds "${words}".`);
  return found;
}

/** The range of `words` in a passage, as the screen sends it after "Mark as redacted". */
export function rangeOf(passage: ReviewPassage, words: string) {
  const start = passage.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the passage.`);
  return { start, end: start + words.length };
}
