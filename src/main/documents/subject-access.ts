/**
 * The readable half of a subject access export: everything held about one person, as a Word
 * document a facilitator can check and hand over. Plain data in, Buffer out.
 */
import { Paragraph, TextRun } from 'docx';
import {
  ageBands,
  caseSettings,
  caseStatuses,
  consentKinds,
  consentMethods,
  contactMethods,
  processTypes,
  riskCategories,
  riskLevels,
  type RoleLabels,
} from '../../shared/domain/case-model';
import type { PersonInCase, SubjectAccessRecord } from '../../shared/domain/subject-access-record';
import { longDate, shortDate } from './conference-documents';
import { heading, labelValueTable, paragraphs, renderDocument, safeText } from './docx-kit';

const pick = (labels: Record<string, string>, key: string | null) => (key ? (labels[key] ?? key) : '');
const date = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export async function buildSubjectAccessDocument(
  record: SubjectAccessRecord,
  roleLabels: RoleLabels,
): Promise<Buffer> {
  const p = record.person;
  const children = [
    heading(`Information held about ${p.preferredName}`),
    new Paragraph({
      children: [
        new TextRun({
          text: safeText(
            `Prepared on ${date(record.generatedAt)} from Restorative Workbench. It lists every case, consent, flag, preparation meeting, agreement action, relationship map and note that concerns this person.`,
          ),
          italics: true,
        }),
      ],
      spacing: { after: 200 },
    }),
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
      heading(`Case ${c.reference}: ${c.title}`, 2),
      labelValueTable([
        ['Role', entry.roles.map((r) => roleLabels[r as keyof RoleLabels] ?? r).join(', ')],
        ['Process', pick(processTypes, c.processType)],
        ['Setting', pick(caseSettings, c.setting)],
        ['Status', pick(caseStatuses, c.status)],
        ['Opened', date(c.createdAt)],
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
      children.push(heading('Risk and vulnerability flags (confidential)', 3));
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
  if (record.notes.length) {
    children.push(heading('Notes', 2));
    for (const { note, why } of record.notes) {
      children.push(heading(`${note.title || 'Note'} (${date(note.createdAt)})`, 3));
      children.push(...paragraphs(`Included because: ${why.join(', ')}.`, { italics: true }));
      children.push(...paragraphs(note.body));
    }
  }
  return renderDocument({
    title: `Information held about ${p.preferredName}`,
    marking: 'CONFIDENTIAL: subject access record',
    children,
  });
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
