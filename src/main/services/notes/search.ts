/**
 * Full-text search over notes, cases and people with SQLite FTS5 (inside the encrypted file).
 * The person's words become a safe FTS query: each word a quoted prefix term, all required,
 * so quotes, stars or "NEAR" typed by someone never reach FTS5 as syntax.
 */
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit } from '../../../shared/schemas/notes';
import type { ServiceContext } from '../core';

export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((w) => `"${w}"*`)
    .join(' ');
}

export function search(ctx: ServiceContext, text: string, limit = 30): SearchHit[] {
  const match = ftsQuery(text);
  if (!match) return [];
  const params = { match, limit, hs: HIGHLIGHT_START, he: HIGHLIGHT_END };
  // bm25 weights: a hit in a title counts more than one in a body. The best notes are chosen
  // inside the FTS table first and only they are joined to notes and cases: a word in tens of
  // thousands of notes would otherwise read every one of those rows before the sort.
  const notes = ctx.db
    .prepare(
      `SELECT 'note' AS kind, n.id, n.case_id AS caseId, c.reference AS caseReference,
         CASE WHEN n.title <> '' THEN n.title ELSE 'Note' END AS title, f.snippet, f.rank
       FROM (SELECT rowid, snippet(notes_fts, 1, @hs, @he, '…', 16) AS snippet, bm25(notes_fts, 4.0, 1.0) AS rank
             FROM notes_fts WHERE notes_fts MATCH @match ORDER BY rank LIMIT @limit) f
       JOIN notes n ON n.rowid = f.rowid LEFT JOIN cases c ON c.id = n.case_id
       ORDER BY f.rank`,
    )
    .all(params) as SearchHit[];
  const cases = ctx.db
    .prepare(
      `SELECT 'case' AS kind, c.id, c.id AS caseId, c.reference AS caseReference, c.title AS title,
         snippet(cases_fts, -1, @hs, @he, '…', 16) AS snippet, bm25(cases_fts, 4.0, 4.0, 1.0) AS rank
       FROM cases_fts JOIN cases c ON c.rowid = cases_fts.rowid
       WHERE cases_fts MATCH @match ORDER BY rank LIMIT @limit`,
    )
    .all(params) as SearchHit[];
  const people = ctx.db
    .prepare(
      `SELECT 'person' AS kind, h.id, NULL AS caseId, NULL AS caseReference, h.preferred_name AS title,
         snippet(people_fts, -1, @hs, @he, '…', 8) AS snippet, bm25(people_fts) AS rank
       FROM people_fts JOIN people h ON h.rowid = people_fts.rowid
       WHERE people_fts MATCH @match ORDER BY rank LIMIT @limit`,
    )
    .all(params) as SearchHit[];
  // bm25 scores from different tables are not comparable, so no kind may crowd out another:
  // cases and people get at most a third of the places each, notes the rest, each in rank order.
  const share = Math.max(1, Math.floor(limit / 3));
  const topCases = cases.slice(0, share);
  const topPeople = people.slice(0, share);
  return [...topCases, ...topPeople, ...notes.slice(0, limit - topCases.length - topPeople.length)];
}
