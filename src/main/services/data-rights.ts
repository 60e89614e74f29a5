/**
 * UK GDPR rights over one person: subject access (everything held about them) and erasure
 * (removed everywhere). Erasure removes the person, their part in every case, their consents
 * and flags, their attribution in notes and the search index; notes that still mention them
 * by name are listed for the facilitator to review, since rewriting someone's notes
 * automatically could destroy what others said. The log keeps counts, never content.
 */
import { WorkbenchError } from '../../shared/errors';
import type { Consent, Person, RiskFlag } from '../../shared/schemas/people';
import type { CaseRecord } from '../../shared/schemas/cases';
import type { Note, Speaker } from '../../shared/schemas/notes';
import { recordCaseEvent } from './case-events';
import { anonymisePersonOnMaps } from './maps';
import { getCase } from './cases';
import { toNote } from './notes';
import { listConsents } from './consents';
import { likePattern, type ServiceContext } from './context';
import { casesOfPerson, getPerson } from './people';
import { listRisks } from './risks';
import { personInCase, type PersonInCase } from './subject-access-case';

export interface SubjectAccessRecord {
  generatedAt: string;
  person: Person;
  cases: ({ case: CaseRecord; roles: string[]; consents: Consent[]; riskFlags: RiskFlag[] } & PersonInCase)[];
  notes: { note: Note; why: ('about them' | 'they spoke' | 'mentions their name')[] }[];
}

/**
 * The ways a note might name someone: their preferred and full names, and the first word of
 * the preferred name (facilitators often write first names only).
 */
function nameTerms(person: Person): string[] {
  const first = person.preferredName.trim().split(/\s+/u)[0] ?? '';
  const terms = [person.preferredName, person.fullName, first]
    .map((n) => n.trim())
    .filter((n) => [...n].length >= 2);
  return [...new Set(terms.map((t) => t.toLocaleLowerCase('en-GB')))];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Notes (current text or any revision) that name the person as a whole word, in any case. */
function notesMentioning(ctx: ServiceContext, person: Person): string[] {
  const ids = new Set<string>();
  for (const term of nameTerms(person)) {
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu');
    // LIKE narrows the rows cheaply; the regular expression then keeps whole words only.
    const rows = ctx.db
      .prepare(
        `SELECT id, title, body FROM notes WHERE body LIKE @q ESCAPE '\\' OR title LIKE @q ESCAPE '\\'
         UNION ALL SELECT note_id, title, body FROM note_revisions WHERE body LIKE @q ESCAPE '\\' OR title LIKE @q ESCAPE '\\'`,
      )
      .all({ q: likePattern(term) }) as { id: string; title: string; body: string }[];
    for (const row of rows) if (word.test(row.title) || word.test(row.body)) ids.add(row.id);
  }
  return [...ids];
}

function notesWhereTheySpoke(ctx: ServiceContext, personId: string): string[] {
  const rows = ctx.db
    .prepare(
      `SELECT n.id FROM notes n, json_each(n.speakers) s WHERE json_extract(s.value, '$.personId') = ?`,
    )
    .all(personId) as { id: string }[];
  return rows.map((r) => r.id);
}

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
    note: toNote(ctx.db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as Parameters<typeof toNote>[0]),
    why: [...new Set(reasons)],
  }));
  return { generatedAt: ctx.now().toISOString(), person, cases, notes };
}

export interface ErasureResult {
  casesAffected: number;
  notesToReview: { noteId: string; caseId: string | null; title: string }[];
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
}

export function erasePerson(ctx: ServiceContext, personId: string, confirmName: string): ErasureResult {
  const person = getPerson(ctx, personId);
  if (!sameName(confirmName, person.preferredName)) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'To confirm, type the person’s preferred name exactly as it is shown.',
      fields: { confirmName: 'This does not match the name.' },
    });
  }
  const caseIds = [...new Set(casesOfPerson(ctx, personId).map((c) => c.caseId))];
  // Found before the person is removed, while their names are still known.
  const mentionIds = notesMentioning(ctx, person);
  const spokeIds = notesWhereTheySpoke(ctx, personId);

  ctx.db.transaction(() => {
    for (const noteId of spokeIds) {
      const note = toNote(
        ctx.db.prepare('SELECT * FROM notes WHERE id = ?').get(noteId) as Parameters<typeof toNote>[0],
      );
      const speakers: Speaker[] = note.speakers.map((s) =>
        s.personId === personId ? { ...s, personId: null, name: 'Erased person' } : s,
      );
      ctx.db.prepare('UPDATE notes SET speakers = ? WHERE id = ?').run(JSON.stringify(speakers), noteId);
    }
    // Timeline rows that pointed at them go; one neutral line per case says an erasure happened.
    ctx.db.prepare(`DELETE FROM case_events WHERE json_extract(detail, '$.personId') = ?`).run(personId);
    // Their nodes on relationship maps (and snapshots) become an anonymous "Erased person".
    anonymisePersonOnMaps(ctx, personId);
    ctx.db.prepare('DELETE FROM people WHERE id = ?').run(personId); // cascades: participants, consents, flags
    for (const caseId of caseIds) recordCaseEvent(ctx, caseId, 'person_erased');
    ctx.db.prepare('INSERT INTO erasure_log (id, at, counts) VALUES (?, ?, ?)').run(
      ctx.newId(),
      ctx.now().toISOString(),
      JSON.stringify({
        cases: caseIds.length,
        notesToReview: mentionIds.length,
        attributionsRemoved: spokeIds.length,
      }),
    );
  })();
  // Merge the search index so the deleted name is gone from its segments too, then fold the
  // WAL into the (encrypted) main file.
  ctx.db.prepare(`INSERT INTO people_fts (people_fts) VALUES ('optimize')`).run();
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');

  const notesToReview = mentionIds.map((id) => {
    const row = ctx.db.prepare('SELECT id, case_id, title FROM notes WHERE id = ?').get(id) as {
      id: string;
      case_id: string | null;
      title: string;
    };
    return { noteId: row.id, caseId: row.case_id, title: row.title || 'Untitled note' };
  });
  return { casesAffected: caseIds.length, notesToReview };
}

export function erasureLog(ctx: ServiceContext): { at: string; counts: Record<string, number> }[] {
  return (
    ctx.db.prepare('SELECT at, counts FROM erasure_log ORDER BY at').all() as { at: string; counts: string }[]
  ).map((r) => ({
    at: r.at,
    counts: JSON.parse(r.counts) as Record<string, number>,
  }));
}
