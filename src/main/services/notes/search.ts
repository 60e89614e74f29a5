/**
 * Full-text search over notes, cases and people (Ctrl/Cmd+K), over the folded index of
 * migration 007 (kept by vault/search-index.ts). A query's words become terms of the same
 * folded words (shared/domain/search-words.ts), so "lukasz" finds "Łukasz" and FTS syntax
 * typed by someone is only ever words.
 *
 * Every query costs a bounded amount of work, whatever was typed:
 * - short words match whole words only in notes (a prefix "a" would stand for most of the
 *   vocabulary); names, being few, match from one letter;
 * - matches are first listed newest first and counting stops after CANDIDATE_LIMIT; those
 *   are the candidates that are ranked;
 * - a word that is itself in COMMON_TERM_DOCS documents or more ("meeting", "with") is not
 *   widened to the words it begins when the query already has that many candidates without
 *   (widening makes FTS5 merge those words' documents first, the costliest step of a query);
 * - ranking (bm25) uses only the selective terms: one in COMMON_TERM_DOCS documents or more
 *   ("said", "the") would make bm25 count all of its documents and says little about
 *   relevance anyway; candidates still hold every word. A query of common words only is
 *   shown newest first (`notesNewestFirst`); with more candidates than the limit, the newest
 *   CANDIDATE_LIMIT are the ones ranked;
 * - results come a page at a time, each kind with its share of the page.
 */
import type { SearchAnswer, SearchFound, SearchHit } from '../../../shared/schemas/notes';
import { readableLines } from '../../../shared/domain/meeting-notes';
import { queryTerms, type SearchTerm } from '../../../shared/domain/search-words';
import type { ServiceContext } from '../core';
import { toNote, type NoteRow } from './notes';
import { bestSnippet, snippetOf } from './search-snippet';

/** Matches listed (newest first) before ranking; more than this are not all ranked. */
export const CANDIDATE_LIMIT = 2_000;
/** A term in at least this many documents of a kind is too common to rank by. */
export const COMMON_TERM_DOCS = 2_000;

type Kind = SearchHit['kind'];

interface Index {
  fts: 'notes_fts' | 'cases_fts' | 'people_fts';
  /** bm25 column weights: a word in a title counts more than one in a body. */
  weights: string;
  /** Shortest word that matches word starts. */
  minPrefix: number;
}

const INDEXES: Record<Kind, Index> = {
  note: { fts: 'notes_fts', weights: '4.0, 1.0', minPrefix: 3 },
  case: { fts: 'cases_fts', weights: '4.0, 4.0, 1.0', minPrefix: 1 },
  person: { fts: 'people_fts', weights: '1.0, 1.0', minPrefix: 1 },
};

/** Terms as an FTS5 expression: each a quoted string (they hold only letters and digits), all required. */
export function ftsMatch(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.word}"${t.prefix ? '*' : ''}`).join(' ');
}

interface Ranked {
  docs: number[];
  found: SearchFound;
  newestFirst: boolean;
  /** The terms as searched (a common word not widened), which the snippets mark. */
  used: SearchTerm[];
}

/** How many documents hold `term`, counting no further than COMMON_TERM_DOCS. */
function documentsWith(ctx: ServiceContext, fts: string, term: SearchTerm): number {
  return ctx.db
    .prepare(`SELECT count(*) FROM (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? LIMIT ?)`)
    .pluck()
    .get(ftsMatch([term]), COMMON_TERM_DOCS) as number;
}

function listCandidates(ctx: ServiceContext, fts: string, terms: readonly SearchTerm[]): number[] {
  return ctx.db
    .prepare(`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rowid DESC LIMIT ?`)
    .pluck()
    .all(ftsMatch(terms), CANDIDATE_LIMIT + 1) as number[];
}

/** One kind's documents for the page: `count` of them from `offset`, best first. */
function rank(ctx: ServiceContext, index: Index, terms: SearchTerm[], offset: number, count: number): Ranked {
  const { fts, weights } = index;
  // How common each word is by itself: a whole-word count is read lazily and stops early,
  // where a word start makes FTS5 merge the documents of every word it begins first.
  const common = terms.map(
    (t) => documentsWith(ctx, fts, { word: t.word, prefix: false }) >= COMMON_TERM_DOCS,
  );
  // A word that is common by itself is not widened to the words it begins, unless the query
  // then finds fewer candidates than the limit (and the widening could change what is shown).
  const narrow = terms.map((t, i) => (t.prefix && common[i] ? { ...t, prefix: false } : t));
  let used = narrow;
  let candidates = listCandidates(ctx, fts, narrow);
  if (candidates.length <= CANDIDATE_LIMIT && narrow.some((t, i) => t.prefix !== terms[i]!.prefix)) {
    used = terms;
    candidates = listCandidates(ctx, fts, terms);
  }
  const atLeast = candidates.length > CANDIDATE_LIMIT;
  if (atLeast) candidates.pop();
  const found = { count: candidates.length, atLeast };
  if (candidates.length === 0 || offset >= candidates.length) {
    return { docs: [], found, newestFirst: false, used };
  }

  const selective =
    used.length === 1
      ? candidates.length < COMMON_TERM_DOCS && !atLeast
        ? used
        : []
      : used.filter((t, i) => !common[i] && (!t.prefix || documentsWith(ctx, fts, t) < COMMON_TERM_DOCS));
  if (selective.length === 0) {
    return { docs: candidates.slice(offset, offset + count), found, newestFirst: true, used };
  }
  const onlyCandidates = atLeast || selective.length < used.length;
  const docs = ctx.db
    .prepare(
      `SELECT rowid FROM ${fts} WHERE ${fts} MATCH @match
       ${onlyCandidates ? 'AND +rowid IN (SELECT value FROM json_each(@candidates))' : ''}
       ORDER BY bm25(${fts}, ${weights}), rowid DESC LIMIT @count OFFSET @offset`,
    )
    .pluck()
    .all({
      match: ftsMatch(selective),
      count,
      offset,
      ...(onlyCandidates ? { candidates: JSON.stringify(candidates) } : {}),
    }) as number[];
  return { docs, found, newestFirst: false, used };
}

function inOrder<T extends { doc: number }>(rows: T[], docs: number[]): T[] {
  const byDoc = new Map(rows.map((row) => [row.doc, row]));
  return docs.map((doc) => byDoc.get(doc)).filter((row): row is T => row !== undefined);
}

function noteHits(ctx: ServiceContext, docs: number[], terms: SearchTerm[], offset: number): SearchHit[] {
  const rows = ctx.db
    .prepare(
      `SELECT m.doc, c.reference AS case_reference, n.* FROM note_search m
       JOIN notes n ON n.id = m.note_id LEFT JOIN cases c ON c.id = n.case_id
       WHERE m.doc IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(docs)) as (NoteRow & { doc: number; case_reference: string | null })[];
  return inOrder(rows, docs).map((row, i) => {
    const note = toNote(row);
    return {
      kind: 'note',
      id: note.id,
      caseId: note.caseId,
      caseReference: row.case_reference,
      title: note.title || 'Note',
      snippet: snippetOf(readableLines(note.body, note.speakers), terms, 16).snippet,
      rank: offset + i,
    };
  });
}

function caseHits(ctx: ServiceContext, docs: number[], terms: SearchTerm[], offset: number): SearchHit[] {
  const rows = ctx.db
    .prepare(
      `SELECT m.doc, c.id, c.reference, c.title, c.referral_summary AS summary FROM case_search m
       JOIN cases c ON c.id = m.case_id WHERE m.doc IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(docs)) as {
    doc: number;
    id: string;
    reference: string;
    title: string;
    summary: string;
  }[];
  return inOrder(rows, docs).map((row, i) => ({
    kind: 'case',
    id: row.id,
    caseId: row.id,
    caseReference: row.reference,
    title: row.title,
    snippet: bestSnippet(
      [[{ text: row.summary }], [{ text: row.title }], [{ text: row.reference }]],
      terms,
      16,
    ),
    rank: offset + i,
  }));
}

function personHits(ctx: ServiceContext, docs: number[], terms: SearchTerm[], offset: number): SearchHit[] {
  const rows = ctx.db
    .prepare(
      `SELECT m.doc, p.id, p.preferred_name AS preferred, p.full_name AS full FROM person_search m
       JOIN people p ON p.id = m.person_id WHERE m.doc IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(docs)) as { doc: number; id: string; preferred: string; full: string }[];
  return inOrder(rows, docs).map((row, i) => ({
    kind: 'person',
    id: row.id,
    caseId: null,
    caseReference: null,
    title: row.preferred,
    snippet: bestSnippet([[{ text: row.preferred }], [{ text: row.full }]], terms, 8),
    rank: offset + i,
  }));
}

const HITS = { note: noteHits, case: caseHits, person: personHits } as const;

/** Each kind's places on a page of `limit`: cases and people a sixth each, notes the rest. */
export function pageShares(limit: number): Record<Kind, number> {
  const names = Math.max(1, Math.ceil(limit / 6));
  return { case: names, person: names, note: Math.max(1, limit - 2 * names) };
}

const NOTHING: SearchFound = { count: 0, atLeast: false };

export function search(
  ctx: ServiceContext,
  text: string,
  options: { limit?: number; page?: number } = {},
): SearchAnswer {
  const { limit = 30, page = 0 } = options;
  const answer: SearchAnswer = {
    hits: [],
    more: false,
    found: { case: NOTHING, person: NOTHING, note: NOTHING },
    notesNewestFirst: false,
  };
  const shares = pageShares(limit);
  for (const kind of ['case', 'person', 'note'] as const) {
    const index = INDEXES[kind];
    const terms = queryTerms(text, index.minPrefix);
    if (terms.length === 0) continue;
    const offset = page * shares[kind];
    const ranked = rank(ctx, index, terms, offset, shares[kind]);
    answer.found[kind] = ranked.found;
    if (kind === 'note') answer.notesNewestFirst = ranked.newestFirst;
    if (ranked.docs.length > 0) answer.hits.push(...HITS[kind](ctx, ranked.docs, ranked.used, offset));
    if (ranked.found.count > offset + shares[kind]) answer.more = true;
  }
  return answer;
}
