/**
 * Subject access (UK GDPR): everything held about one person: their details, and per case
 * their roles, consents, flags, preparation, agreement and maps, then every note about them,
 * where they spoke or that names them.
 */
import type { SubjectAccessRecord } from '../../../shared/domain/subject-access-record';
import { getCase, getPerson, listConsents, type ServiceContext } from '../core';
import { toNote, type NoteRow } from '../notes';
import { casesOfPerson, listRisks } from '../people';
import { notesMentioning, notesWhereTheySpoke } from './mentions';
import { personInCase } from './subject-access-case';

export function collectSubjectAccess(ctx: ServiceContext, personId: string): SubjectAccessRecord {
  const person = getPerson(ctx, personId);
  const byCase = new Map<string, string[]>();
  for (const c of casesOfPerson(ctx, personId))
    byCase.set(c.caseId, [...(byCase.get(c.caseId) ?? []), c.role]);
  const cases = [...byCase].map(([caseId, roles]) => ({
    case: getCase(ctx, caseId),
    roles,
    consents: listConsents(ctx, caseId, personId),
    riskFlags: listRisks(ctx, caseId).filter((f) => f.personId === personId),
    ...personInCase(ctx, caseId, personId),
  }));
  const why = new Map<string, SubjectAccessRecord['notes'][number]['why']>();
  const add = (id: string, reason: SubjectAccessRecord['notes'][number]['why'][number]) =>
    why.set(id, [...(why.get(id) ?? []), reason]);
  for (const row of ctx.db.prepare('SELECT id FROM notes WHERE person_id = ?').all(personId) as {
    id: string;
  }[])
    add(row.id, 'about them');
  for (const id of notesWhereTheySpoke(ctx, personId)) add(id, 'they spoke');
  for (const id of notesMentioning(ctx, person)) add(id, 'mentions their name');
  const notes = [...why].map(([id, reasons]) => ({
    note: toNote(ctx.db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow),
    why: [...new Set(reasons)],
  }));
  return { generatedAt: ctx.now().toISOString(), person, cases, notes };
}
