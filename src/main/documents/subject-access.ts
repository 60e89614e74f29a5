/**
 * The readable half of a subject access export, as a Word document a facilitator can check
 * and hand over. A pure function of the record the JSON half is too, so the two say the
 * same; it reads nothing else (no database, no settings) and adds nothing about anyone else.
 */
import { Paragraph, TextRun } from 'docx';
import {
  ageBands,
  consentKinds,
  consentMethods,
  contactMethods,
  riskCategories,
  riskLevels,
} from '../../shared/domain/case-model';
import type { PersonInCase, SubjectAccessRecord } from '../../shared/domain/subject-access-record';
import { longDate, shortDate } from './conference-documents';
import { heading, labelValueTable, paragraphs, renderDocument, safeText } from './docx-kit';

const pick = (labels: Record<string, string>, key: string | null) => (key ? (labels[key] ?? key) : '');
const date = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const fromCase = (reference: string | null) => (reference ? `, case ${reference}` : '');

/** A line in italics; `keepNext` keeps a passage's "From a note of…" on the page of its text. */
function italic(text: string, keepNext = false): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: safeText(text), italics: true })],
    spacing: { after: 120 },
    keepNext,
  });
}

export async function buildSubjectAccessDocument(record: SubjectAccessRecord): Promise<Buffer> {
  const p = record.person;
  const children = [
    heading(`Information held about ${p.preferredName}`),
    italic(
      `Prepared on ${date(record.generatedAt)} from Restorative Workbench. It holds what is recorded about this person: their details, their part in each case, the notes about them and their own words in meetings. Other notes that mention them were reviewed by the facilitator; other people’s information is withheld or redacted.`,
    ),
    heading('Personal details', 2),
    labelValueTable([
      ['Preferred name', p.preferredName],
      ['Full name', p.fullName],
      ['Pronouns', p.pronouns],
      ['Age band', pick(ageBands, p.ageBand)],
      ['Date of birth', p.dateOfBirth ?? ''],
      ['Phone', p.phone],
      ['Email', p.email],
      ['Address', p.address],
      ['Preferred contact', pick(contactMethods, p.preferredContact)],
      ['Language', p.language],
      ['Interpreter needed', p.interpreter ? 'Yes' : 'No'],
      ['Disability or health needs', p.disability],
      ['Reading needs', p.reading],
      ['Notes', p.notes],
    ]),
  ];
  for (const entry of record.cases) {
    const c = entry.case;
    children.push(
      heading(`Case ${c.reference}`, 2),
      labelValueTable([
        ['Role', entry.roles.join(', ')],
        ['Process', c.process],
        ['Setting', c.setting],
        ['Status', c.status],
        ['Opened', date(c.openedOn)],
        ['Referral date', c.referralDate ? shortDate(c.referralDate) : ''],
      ]),
    );
    if (entry.consents.length) {
      children.push(heading('Consent', 3));
      for (const k of entry.consents) {
        children.push(
          ...paragraphs(
            `${pick(consentKinds, k.kind)}: ${k.decision} on ${shortDate(k.decidedOn)} (${pick(consentMethods, k.method).toLowerCase()}${k.onBehalfBy ? `, by ${k.onBehalfBy}` : ''})` +
              (k.withdrawnOn
                ? `; withdrawn on ${shortDate(k.withdrawnOn)}${k.withdrawalReason ? `: ${k.withdrawalReason}` : ''}`
                : ''),
          ),
        );
      }
    }
    if (entry.riskFlags.length) {
      children.push(heading('Risk and vulnerability flags about them (confidential)', 3));
      for (const f of entry.riskFlags) {
        children.push(
          ...paragraphs(
            `${pick(riskCategories, f.category)}, ${pick(riskLevels, f.level).toLowerCase()}: ${f.detail}${f.mitigations ? `. Measures: ${f.mitigations}` : ''}`,
          ),
        );
      }
    }
    children.push(...planningSections(entry));
  }
  children.push(...noteSections(record));
  return renderDocument({
    title: `Information held about ${p.preferredName}`,
    marking: 'CONFIDENTIAL: subject access record',
    children,
  });
}

/** Notes about them, their words in meetings, the reviewed passages and what was withheld. */
function noteSections(record: SubjectAccessRecord): Paragraph[] {
  const out: Paragraph[] = [];
  if (record.notesAboutThem.length) {
    out.push(heading('Notes about them', 2));
    for (const note of record.notesAboutThem) {
      out.push(
        heading(`${note.title || 'Note'} (${date(note.createdAt)}${fromCase(note.caseReference)})`, 3),
      );
      out.push(...paragraphs(note.text));
    }
  }
  if (record.theirWords.length) {
    out.push(heading('Their words in meetings', 2));
    for (const meeting of record.theirWords) {
      out.push(heading(`Meeting notes of ${date(meeting.noteDate)}${fromCase(meeting.caseReference)}`, 3));
      for (const line of meeting.lines)
        out.push(...paragraphs(`${line.time ? `${line.time} ` : ''}${line.text}`));
    }
  }
  out.push(heading('Other notes that mention them', 2));
  out.push(italic(`Looked for by name: ${record.namesLookedFor.join(', ')}, in the cases they are part of.`));
  for (const passage of record.reviewedPassages) {
    out.push(
      italic(
        `From a note of ${date(passage.noteDate)}${fromCase(passage.caseReference)}${passage.time ? `, at ${passage.time}` : ''}${passage.redacted ? '; words about other people redacted' : ''}:`,
        true,
      ),
      ...paragraphs(passage.text),
    );
  }
  if (record.reviewedPassages.length === 0)
    out.push(...paragraphs('No passages of other notes are included.'));
  out.push(
    new Paragraph({
      children: [new TextRun({ text: safeText(`${record.withheld.statement}.`), bold: true })],
      spacing: { before: 200, after: 80 },
    }),
  );
  return out;
}

/** Preparation, the agreement and the maps of one case, as far as they concern the person. */
function planningSections(entry: PersonInCase): Paragraph[] {
  const out: Paragraph[] = [];
  for (const prep of entry.preparation) {
    out.push(heading('Preparation', 3), ...paragraphs(`Readiness: ${prep.readiness}. ${prep.reason}`));
    for (const m of prep.meetings) {
      out.push(
        ...paragraphs(
          `Meeting on ${longDate(m.startsAt)}${m.place ? ` at ${m.place}` : ''}` +
            `${m.present ? `; present: ${m.present}` : ''}. ` +
            `${m.covered.length ? `Covered: ${m.covered.join(', ').toLowerCase()}.` : 'Nothing ticked on the checklist.'}` +
            `${m.saidNotWilling ? ' They said they no longer wished to take part.' : ''}`,
        ),
      );
    }
  }
  const a = entry.agreement;
  if (a && (a.choice || a.actions.length)) {
    out.push(heading(`${a.title} (version ${a.version})`, 3));
    if (a.choice)
      out.push(
        ...paragraphs(
          a.choice === 'signs'
            ? 'They sign the written agreement.'
            : 'They chose not to sign a written agreement.',
        ),
      );
    for (const x of a.actions) {
      out.push(
        ...paragraphs(
          `${x.theirPart === 'does it' ? 'They do' : 'For them'}: ${x.what}` +
            `${x.byWhen ? ` (by ${shortDate(x.byWhen)})` : ''}. Status: ${x.status.toLowerCase()}.`,
          { whole: true },
        ),
      );
    }
  }
  for (const map of entry.maps) {
    out.push(heading(`Relationship map: ${map.title}`, 3));
    if (map.note) out.push(...paragraphs(`Note: ${map.note}`));
    for (const t of map.ties) {
      out.push(
        ...paragraphs(
          `With ${t.with}: ${t.description}${t.label ? ` (${t.label})` : ''}${t.note ? `. ${t.note}` : ''}`,
        ),
      );
    }
    if (map.ties.length === 0) out.push(...paragraphs('On the map, with no lines drawn to others.'));
  }
  return out;
}
