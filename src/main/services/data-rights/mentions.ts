/**
 * Where a person appears in notes: notes (current text or any revision) that name them as a
 * whole word, and meeting notes where they spoke.
 */
import type { Person } from '../../../shared/schemas/people';
import { likePattern, type ServiceContext } from '../core';

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
export function notesMentioning(ctx: ServiceContext, person: Person): string[] {
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

export function notesWhereTheySpoke(ctx: ServiceContext, personId: string): string[] {
  const rows = ctx.db
    .prepare(
      `SELECT n.id FROM notes n, json_each(n.speakers) s WHERE json_extract(s.value, '$.personId') = ?`,
    )
    .all(personId) as { id: string }[];
  return rows.map((r) => r.id);
}
