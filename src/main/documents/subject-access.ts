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
import type { SubjectAccessRecord } from '../services/data-rights';
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
            `Prepared on ${date(record.generatedAt)} from Restorative Workbench. It lists every case, consent, flag and note that concerns this person.`,
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
            `${pick(consentKinds, k.kind)}: ${k.decision} on ${k.decidedOn} (${pick(consentMethods, k.method).toLowerCase()}${k.onBehalfBy ? `, by ${k.onBehalfBy}` : ''})` +
              (k.withdrawnOn
                ? `; withdrawn on ${k.withdrawnOn}${k.withdrawalReason ? `: ${k.withdrawalReason}` : ''}`
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
