/**
 * Before anything is timed, the search suite checks at full size that the folded index finds
 * what it must: the same notes as a LIKE scan for plain words, every planted note, the notes
 * saveNote wrote, people with Polish, Irish, Turkish, Vietnamese and Arabic names typed
 * plainly (in the Ctrl+K search, the case list and the person search), and pages that follow
 * on from each other. A failed check fails the suite.
 */
import { listCases } from '../../src/main/services/cases';
import { likePattern } from '../../src/main/services/core';
import { search } from '../../src/main/services/notes';
import { searchPeople } from '../../src/main/services/people';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../src/shared/schemas/notes';
import { caseListInput } from '../../src/shared/schemas/cases';
import { FIRST_NAMES, PLANTED, tokens } from './corpus';
import { NOTE_TITLES, SERVICE_WORD, type SearchWorld } from './search-world';
import type { BenchContext } from './types';

/** The notes' share of the page the search box asks for (30: 5 cases, 5 people, 20 notes). */
export const NOTE_SHARE = 20;

function fail(message: string): never {
  throw new Error(`search check: ${message}`);
}

/**
 * For single words that are no other body word's inner part, LIKE '%w%' and the index's
 * "w"* must find exactly the same notes; search() must return notes from that set only, as
 * many as the page holds.
 */
function checkAgainstLike(world: SearchWorld, candidates: readonly string[]): string[] {
  const bodyWords = new Set(
    [
      ...world.vocab.ranked,
      ...world.vocab.tail,
      ...FIRST_NAMES.flatMap(tokens),
      ...PLANTED.map((p) => p.word),
    ].map((w) => w.toLowerCase()),
  );
  bodyWords.add(SERVICE_WORD);
  const titleWords = new Set(NOTE_TITLES.flatMap((title) => tokens(title('')).map((w) => w.toLowerCase())));
  const clean = (w: string) =>
    bodyWords.has(w) && !titleWords.has(w) && [...bodyWords].every((other) => other.indexOf(w) <= 0);
  const words = candidates.map((w) => w.toLowerCase()).filter(clean);
  if (words.length < 8) fail(`only ${words.length} check words are usable: ${words.join(', ')}.`);
  const ftsDocs = world.db.prepare(`SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?`).pluck();
  const likeIds = world.db.prepare(`SELECT id FROM notes WHERE body LIKE ? ESCAPE '\\'`).pluck();
  const idOf = world.db.prepare('SELECT note_id FROM note_search WHERE doc = ?').pluck();
  const summary: string[] = [];
  for (const word of words) {
    const fts = new Set((ftsDocs.all(`body : "${word}"*`) as number[]).map((doc) => idOf.get(doc) as string));
    const like = new Set(likeIds.all(likePattern(word)) as string[]);
    const onlyFts = [...fts].filter((id) => !like.has(id)).length;
    const onlyLike = [...like].filter((id) => !fts.has(id)).length;
    if (onlyFts > 0 || onlyLike > 0 || like.size === 0) {
      fail(
        `index and LIKE disagree on "${word}": ${fts.size} and ${like.size} notes, ${onlyFts} and ${onlyLike} only in one.`,
      );
    }
    const answer = search(world.ctx, word);
    const notes = answer.hits.filter((h) => h.kind === 'note');
    if (notes.length !== Math.min(NOTE_SHARE, like.size) || notes.some((h) => !like.has(h.id))) {
      fail(
        `search("${word}") returned ${notes.length} notes, expected ${Math.min(NOTE_SHARE, like.size)} of the ${like.size} LIKE finds.`,
      );
    }
    if (!answer.found.note.atLeast && answer.found.note.count !== like.size) {
      fail(`search("${word}") counted ${answer.found.note.count} notes, LIKE finds ${like.size}.`);
    }
    const planted = world.planted.get(word);
    if (planted && (planted.size !== like.size || [...planted].some((id) => !like.has(id)))) {
      fail(`"${word}" was planted in ${planted.size} notes but ${like.size} were found.`);
    }
    summary.push(`${word} ${like.size}`);
  }
  return summary;
}

function checkServiceNotes(world: SearchWorld): void {
  const found = search(world.ctx, SERVICE_WORD).hits;
  if (found.length !== world.serviceNoteIds.size || found.some((h) => !world.serviceNoteIds.has(h.id))) {
    fail(
      `search("${SERVICE_WORD}") found ${found.length} of the ${world.serviceNoteIds.size} notes saveNote wrote.`,
    );
  }
}

/** Each planted name, typed plainly, is found by every search, and shown with its accents. */
function checkFoldedNames(world: SearchWorld): void {
  for (const person of world.foldedPeople) {
    const answer = search(world.ctx, person.typed);
    const hit = answer.hits.find((h) => h.kind === 'person' && h.id === person.personId);
    if (!hit) fail(`search("${person.typed}") did not find ${person.name}.`);
    if (
      !hit.snippet.includes(HIGHLIGHT_START) ||
      hit.snippet.replace(/[\u{E000}\u{E001}]/gu, '') !== person.name
    ) {
      fail(`the snippet for ${person.name} reads "${hit.snippet}".`);
    }
    const notes = new Set(answer.hits.filter((h) => h.kind === 'note').map((h) => h.id));
    if ([...person.noteIds].some((id) => !notes.has(id))) {
      fail(
        `search("${person.typed}") found ${notes.size} notes, not all ${person.noteIds.size} that name ${person.name}.`,
      );
    }
    const listed = listCases(world.ctx, caseListInput.parse({ query: person.typed, archived: 'all' }));
    if (!listed.cases.some((c) => c.id === person.caseId))
      fail(`the case list filter "${person.typed}" misses ${person.name}'s case.`);
    if (!searchPeople(world.ctx, person.typed).some((p) => p.id === person.personId)) {
      fail(`the person search "${person.typed}" misses ${person.name}.`);
    }
  }
  if (
    !search(world.ctx, 'lukasz').hits.some((h) =>
      h.snippet.includes(`${HIGHLIGHT_START}Łukasz${HIGHLIGHT_END}`),
    )
  ) {
    fail('"lukasz" is not marked on "Łukasz" in a snippet.');
  }
}

/** The next page of a broad query holds other notes, and the first says more exist. */
export function checkPaging(world: Pick<SearchWorld, 'ctx'>, word: string): void {
  const first = search(world.ctx, word);
  const second = search(world.ctx, word, { page: 1 });
  const firstIds = new Set(first.hits.map((h) => `${h.kind}:${h.id}`));
  if (!first.more || second.hits.length === 0 || second.hits.some((h) => firstIds.has(`${h.kind}:${h.id}`))) {
    fail(`"${word}": page 1 has ${second.hits.length} hits (more: ${first.more}), or repeats page 0.`);
  }
}

export function checkSearchWorld(world: SearchWorld, words: readonly string[], context: BenchContext): void {
  const summary = checkAgainstLike(world, words);
  checkServiceNotes(world);
  checkFoldedNames(world);
  checkPaging(world, 'said');
  checkPaging(world, 'garden');
  context.log(
    `search: index and LIKE agree on ${summary.join(', ')} (notes per word); folded names, paging checked`,
  );
}
