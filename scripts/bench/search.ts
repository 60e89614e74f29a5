/**
 * Search suite: the real search() service (Ctrl+K), the case list filter and the person
 * search over an encrypted vault the size of a five-year caseload (search-world.ts), checked
 * first (search-checks.ts), then timed over varied queries: words common and rare, short
 * words, several words, word starts as typed, names typed without their accents, references.
 * A LIKE '%word%' scan of the notes runs the one-word queries in the same run, for scale.
 */
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { listCases } from '../../src/main/services/cases';
import { likePattern } from '../../src/main/services/core';
import { search } from '../../src/main/services/notes';
import { searchPeople } from '../../src/main/services/people';
import { prepareSearchIndex } from '../../src/main/vault/search-index';
import type { Db } from '../../src/main/vault/sqlite';
import { caseListInput } from '../../src/shared/schemas/cases';
import { PLANTED, tokens, type Vocabulary } from './corpus';
import { checkSearchWorld } from './search-checks';
import { FOLDED_NAMES, SIZE, buildSearchWorld, type SearchWorld } from './search-world';
import { median, percentile, timed } from './stats';
import type { BenchContext, BenchSuite, Figure } from './types';

/** Timed passes over every query, after one untimed pass. */
const ROUNDS = 5;
const TARGET = { median: 10, p95: 50, max: 100, filter: 50 };

export type QueryKind =
  | 'one word'
  | 'common word'
  | 'short word'
  | 'two or more words'
  | 'prefix'
  | 'typing'
  | 'rare word'
  | 'name'
  | 'name typed plainly'
  | 'reference';

export interface Query {
  text: string;
  kind: QueryKind;
}

/** The varied queries the search suite times (the big-service suite times the same). */
export function queries(vocab: Vocabulary): Query[] {
  const of = (kind: QueryKind, texts: readonly string[]) => texts.map((text) => ({ text, kind }));
  return [
    ...of('one word', [
      'apology',
      'bicycle',
      'fence',
      'garden',
      'neighbour',
      'detention',
      'trust',
      'playground',
      'complaint',
      'graffiti',
      'lunch',
      'grandmother',
      'interpreter',
    ]),
    ...of('common word', ['said', 'meeting', 'school', 'family', 'agreed']),
    ...of('short word', ['a', 'to', 'of', 'I']),
    ...of('two or more words', [
      'garden fence',
      'apology letter',
      'phone call',
      'bus stop',
      'social media',
      'police officer',
      'Priya school',
      'Sam apology',
      'noise complaint',
      'youth worker',
      'meeting with mother',
      'agreed to write a letter',
    ]),
    ...of('prefix', ['apol', 'neighb', 'bicy', 'grandm', 'detent', 'compl', 'play', 'conf']),
    // What the box holds after three letters of a word, on the way to the whole word.
    ...of('typing', ['the', 'con', 'agr', 'mee', 'sch', 'fam']),
    // The last tail word is the rarest word the generator draws; no query finds nothing at all.
    ...of('rare word', [...PLANTED.map((p) => p.word), vocab.tail[vocab.tail.length - 1]!, 'xylophone']),
    ...of('name', ['Priya', 'Oscar', 'Hamza', 'Zara Okafor', 'Zoe']),
    ...of(
      'name typed plainly',
      FOLDED_NAMES.map((n) => n.typed),
    ),
    ...of('reference', ['RW-2025-0042', 'RW-2024']),
  ];
}

/** The naive alternative: every word as a LIKE '%word%' on the note body, newest first. */
function likeSearch(db: Db, text: string): number {
  const words = tokens(text).slice(0, 12);
  const where = words.map((_, i) => `body LIKE @w${i} ESCAPE '\\'`).join(' AND ');
  const params = Object.fromEntries(words.map((w, i) => [`w${i}`, likePattern(w)]));
  return db.prepare(`SELECT id FROM notes WHERE ${where} ORDER BY updated_at DESC LIMIT 20`).all(params)
    .length;
}

/** Each query's median over the rounds, and every single time. */
function measure(list: readonly string[], run: (text: string) => unknown, rounds = ROUNDS) {
  for (const text of list) run(text);
  const times = list.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    list.forEach((text, i) => times[i]!.push(timed(() => run(text)).ms));
  }
  return { perQuery: times.map(median), all: times.flat() };
}

function figure(name: string, value: number, target: number | null = null, unit = 'ms'): Figure {
  return { name, value, unit, target, better: 'lower' };
}

/** The index built afresh, as the first unlock after this update does for an existing vault. */
function rebuildIndex(world: SearchWorld): number {
  world.db.prepare('UPDATE search_state SET fold_version = 0').run();
  const start = performance.now();
  prepareSearchIndex(world.db);
  return performance.now() - start;
}

function indexMiB(db: Db): number {
  const bytes = ['notes_fts', 'cases_fts', 'people_fts'].map(
    (t) => db.prepare(`SELECT coalesce(sum(length(block)), 0) FROM ${t}_data`).pluck().get() as number,
  );
  return bytes.reduce((a, b) => a + b, 0) / 2 ** 20;
}

export const searchSuite: BenchSuite = {
  name: 'search',
  description: `search() over ${SIZE.notes.toLocaleString('en-GB')} notes, ${SIZE.cases.toLocaleString('en-GB')} cases and ${SIZE.people.toLocaleString('en-GB')} people (folded FTS5), the case list filter and the person search, encrypted vault.`,
  async run(context: BenchContext) {
    const world = buildSearchWorld(context);
    try {
      const list = queries(world.vocab);
      const fileMiB = statSync(world.path).size / 2 ** 20;
      context.log(`search: vault built in ${(world.seedMs / 1000).toFixed(1)} s (${fileMiB.toFixed(0)} MiB)`);
      checkSearchWorld(
        world,
        list.filter((q) => q.kind === 'one word' || q.kind === 'rare word').map((q) => q.text),
        context,
      );

      const texts = list.map((q) => q.text);
      const first = measure(texts, (text) => search(world.ctx, text));
      const broad = texts.filter((text) => search(world.ctx, text).more);
      const next = measure(broad, (text) => search(world.ctx, text, { page: 1 }));
      const slowest = list
        .map((q, i) => ({ q, ms: first.perQuery[i]! }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5);
      context.log(`search: slowest ${slowest.map((s) => `"${s.q.text}" ${s.ms.toFixed(1)} ms`).join(', ')}`);

      const listTexts = ['lukasz', 'AOIFE NÍ', 'o’brien', 'priya', 'okafor', 'fence', 'rw-2025', 'a'];
      const caseList = measure(listTexts, (query) => listCases(world.ctx, caseListInput.parse({ query })), 3);
      // The same list with nothing typed: most of a filtered list's time is the rows it sums up.
      const unfiltered = measure([''], (query) => listCases(world.ctx, caseListInput.parse({ query })), 3);
      const people = measure(listTexts, (query) => searchPeople(world.ctx, query));
      const oneWord = list.filter((q) => q.kind === 'one word').map((q) => q.text);
      const like = measure(oneWord, (text) => likeSearch(world.db, text), 1);
      const oneWordFts = first.perQuery.filter((_, i) => list[i]!.kind === 'one word');
      const rebuildMs = rebuildIndex(world);

      const n = list.length;
      const figures: Figure[] = [
        figure(
          `setup: build the vault (${SIZE.notes.toLocaleString('en-GB')} notes, ${SIZE.cases.toLocaleString('en-GB')} cases, ${world.people.toLocaleString('en-GB')} people)`,
          world.seedMs / 1000,
          null,
          's',
        ),
        figure('vault file size', fileMiB, null, 'MiB'),
        figure('search index size (folded words, 3 tables)', indexMiB(world.db), null, 'MiB'),
        figure(
          `index rebuilt at the first unlock after this update (${SIZE.notes.toLocaleString('en-GB')} notes)`,
          rebuildMs / 1000,
          null,
          's',
        ),
        figure(`search() median over ${n} queries`, median(first.perQuery), TARGET.median),
        figure(`search() p95 over ${n} queries`, percentile(first.perQuery, 95), TARGET.p95),
        figure(
          `search() max over ${n} queries (each query's median)`,
          Math.max(...first.perQuery),
          TARGET.max,
        ),
        figure(`search() slowest single call (${n} queries x ${ROUNDS})`, Math.max(...first.all), TARGET.max),
      ];
      for (const kind of [...new Set(list.map((q) => q.kind))]) {
        const values = first.perQuery.filter((_, i) => list[i]!.kind === kind);
        figures.push(figure(`search() median, ${kind} (${values.length})`, median(values)));
      }
      figures.push(
        figure(
          `search() next page, median over the ${broad.length} queries with more`,
          median(next.perQuery),
        ),
        figure(`search() next page, max`, Math.max(...next.perQuery), TARGET.max),
        figure(
          `case list filter, listCases with typed text, median (${listTexts.length} queries)`,
          median(caseList.perQuery),
        ),
        figure('case list filter, listCases with typed text, max', Math.max(...caseList.perQuery)),
        figure('case list, listCases with nothing typed (for comparison)', unfiltered.perQuery[0]!),
        figure(`person search, median (${listTexts.length} queries)`, median(people.perQuery), TARGET.filter),
        figure('person search, max', Math.max(...people.perQuery), TARGET.filter),
        figure(
          `LIKE '%word%' scan of notes.body, median over ${oneWord.length} one-word queries`,
          median(like.perQuery),
        ),
        {
          name: 'ratio LIKE/search() on one-word queries (median of per-query ratios)',
          value: median(like.perQuery.map((ms, i) => ms / oneWordFts[i]!)),
          unit: 'x',
          target: null,
          better: 'higher',
        },
      );
      context.note(
        `Vault: the production openEncryptedDatabase, migrations and search index; ${SIZE.cases} invented cases with people (${world.people} in all), meetings and consents, ` +
          `then ${SIZE.notes} invented notes of 800-1,200 characters (Zipf-distributed word list, names of the case's people, a few words planted in a known number of notes, ` +
          `six people with Polish, Irish, Turkish, Vietnamese and Arabic names named in five notes each) inserted by SQL 10,000 per transaction, ` +
          `the index folded by the app's own triggers on that connection; the last 20 notes through saveNote.`,
      );
      context.note(
        `Queries: ${n} (${[...new Set(list.map((q) => q.kind))].join(', ')}) through the real search() as the search box asks (page of 30: 5 cases, 5 people, 20 notes). ` +
          `One untimed pass, then ${ROUNDS} passes; each query's figure is its median; median, p95 and max are taken over the queries, and the slowest single call over every pass. ` +
          `"Next page" asks for page 2 of each query that has one. Case list and person search: ${listTexts.join(', ')}; the person search's target is the search's p95.`,
      );
      context.note(
        'Checked before timing: the index finds exactly the notes a LIKE scan finds for plain single words (and every planted note), the notes saveNote wrote, the six names typed plainly (Ctrl+K, case list, person search, marked in snippets with their accents), and pages that follow on without repeats.',
      );
      return figures;
    } finally {
      world.db.close();
    }
  },
};
