/**
 * Search suite (issue 3): the real search() service over an encrypted vault holding 100,000
 * invented notes in 2,000 cases, against the same queries as a LIKE '%word%' scan of the
 * notes, in the same run. The vault is built once per run through the production
 * openEncryptedDatabase and migrations, so the FTS5 tables are filled by the real triggers.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { likePattern, serviceContext, type ServiceContext } from '../../src/main/services/core';
import { saveNote, search } from '../../src/main/services/notes';
import type { Db } from '../../src/main/vault/sqlite';
import { noteSaveInput } from '../../src/shared/schemas/notes';
import { seedCaseWorld, type CaseWorld } from './case-world';
import { FIRST_NAMES, PLANTED, WordSampler, prose, tokens, vocabulary, type Vocabulary } from './corpus';
import { openVaultDatabase } from './databases';
import { seededId, seededRandom } from './fixtures';
import { median, percentile, timed } from './stats';
import type { BenchContext, BenchSuite, Figure } from './types';

const NOTE_COUNT = 100_000;
const CASE_COUNT = 2_000;
/** Notes saved through the real saveNote (the rest by SQL), all holding one planted word. */
const SERVICE_NOTES = 20;
const SERVICE_WORD = 'kaleidoscope';
const BATCH_SIZE = 10_000;
const SEED = 20_260_302;
const NOW = new Date(2026, 2, 2, 10, 0, 0);
/** search()'s own default, what the search box asks for. */
const LIMIT = 30;
/** Timed passes over every query, after one untimed pass. */
const FTS_ROUNDS = 5;
const LIKE_ROUNDS = 2;

const SEARCH_TARGET_MS = 20;

type QueryKind =
  'one word' | 'common word' | 'two or more words' | 'prefix' | 'rare word' | 'name' | 'reference';

interface Query {
  text: string;
  kind: QueryKind;
}

function queries(vocab: Vocabulary): Query[] {
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
    // The last tail word is the rarest word the generator draws; no query finds nothing at all.
    ...of('rare word', [...PLANTED.map((p) => p.word), vocab.tail[vocab.tail.length - 1]!, 'xylophone']),
    ...of('name', ['Priya', 'Oscar', 'Hamza', 'Zara Okafor', 'Zoe']),
    ...of('reference', ['RW-2025-0042', 'RW-2024']),
  ];
}

const NOTE_TITLES: readonly ((name: string) => string)[] = [
  (name) => `Preparation meeting with ${name}`,
  (name) => `Phone call with ${name}`,
  (name) => `Follow-up with ${name}`,
  () => 'Conference notes',
  () => 'Home visit',
  () => 'Circle',
];

interface BuiltVault {
  db: Db;
  ctx: ServiceContext;
  path: string;
  vocab: Vocabulary;
  planted: Map<string, Set<string>>;
  serviceNoteIds: Set<string>;
  seedMs: number;
}

/** Chooses which notes (by index) carry each planted word. */
function plantedPlan(random: () => number, count: number): Map<number, string> {
  const plan = new Map<number, string>();
  for (const { word, notes } of PLANTED) {
    let placed = 0;
    while (placed < notes) {
      const index = Math.floor(random() * count);
      if (!plan.has(index)) {
        plan.set(index, word);
        placed += 1;
      }
    }
  }
  return plan;
}

/** Puts `word` in place of a word in the middle of `body` (never the first, never a name). */
function plant(random: () => number, body: string, word: string): string {
  const words = body.split(' ');
  const at = 1 + Math.floor(random() * (words.length - 2));
  const punctuation = words[at]!.endsWith('.') ? '.' : '';
  words[at] = `${word}${punctuation}`;
  return words.join(' ');
}

function insertNotes(
  db: Db,
  world: CaseWorld,
  sampler: WordSampler,
  count: number,
): Map<string, Set<string>> {
  const random = seededRandom(SEED + 1);
  const plan = plantedPlan(random, count);
  const planted = new Map<string, Set<string>>(PLANTED.map((p) => [p.word, new Set<string>()]));
  const insert = db.prepare(
    `INSERT INTO notes (id, case_id, person_id, meeting_id, title, kind, body, speakers, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'text', ?, '[]', ?, ?)`,
  );
  const insertBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const kase = world.cases[Math.floor(random() * world.cases.length)]!;
      const names = kase.participants.map((p) => p.firstName);
      const id = seededId(random);
      let body = prose(random, sampler, 300 + Math.floor(random() * 300), names);
      const word = plan.get(i);
      if (word) {
        body = plant(random, body, word);
        planted.get(word)!.add(id);
      }
      const title =
        random() < 0.35 ? NOTE_TITLES[Math.floor(random() * NOTE_TITLES.length)]!(names[0] ?? 'Sam') : '';
      const person =
        random() < 0.4 ? kase.participants[Math.floor(random() * kase.participants.length)]! : null;
      const meeting =
        kase.meetingIds.length > 0 && random() < 0.2
          ? kase.meetingIds[Math.floor(random() * kase.meetingIds.length)]!
          : null;
      const at = new Date(kase.createdAt + random() * (kase.lastActivityAt - kase.createdAt)).toISOString();
      insert.run(id, kase.id, person?.personId ?? null, meeting, title, body, at, at);
    }
  });
  for (let from = 0; from < count; from += BATCH_SIZE) insertBatch(from, Math.min(from + BATCH_SIZE, count));
  return planted;
}

function buildVault(context: BenchContext): BuiltVault {
  const path = join(context.tempDir('vault'), 'vault.db');
  const vocab = vocabulary(SEED);
  const sampler = new WordSampler(vocab);
  const start = performance.now();
  const db = openVaultDatabase(path);
  try {
    const world = seedCaseWorld(db, { cases: CASE_COUNT, seed: SEED, now: NOW });
    context.log(`search: ${world.cases.length} cases, ${world.counts.people} people seeded; writing notes…`);
    const planted = insertNotes(db, world, sampler, NOTE_COUNT - SERVICE_NOTES);

    // The last few notes go through the real service (autosave's upsert, revision, FTS trigger).
    const random = seededRandom(SEED + 2);
    const ctx = serviceContext(db, { now: () => NOW, newId: () => seededId(random) });
    const serviceNoteIds = new Set<string>();
    for (let i = 0; i < SERVICE_NOTES; i += 1) {
      const kase = world.cases[world.cases.length - 1 - i]!;
      const body = `${prose(random, sampler, 300, [])} The ${SERVICE_WORD} came up again.`;
      serviceNoteIds.add(saveNote(ctx, noteSaveInput.parse({ caseId: kase.id, body })).id);
    }
    // A checkpoint, as the app's own autocheckpoint would have done long before 100,000 notes.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { db, ctx, path, vocab, planted, serviceNoteIds, seedMs: performance.now() - start };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The naive alternative: every word as a LIKE '%word%' on the note body, newest first. */
function likeSearch(db: Db, text: string): string[] {
  const words = tokens(text).slice(0, 12);
  if (words.length === 0) return [];
  const where = words.map((_, i) => `n.body LIKE @w${i} ESCAPE '\\'`).join(' AND ');
  const params = Object.fromEntries(words.map((w, i) => [`w${i}`, likePattern(w)]));
  const rows = db
    .prepare(`SELECT n.id FROM notes n WHERE ${where} ORDER BY n.updated_at DESC LIMIT ${LIMIT}`)
    .all(params) as { id: string }[];
  return rows.map((row) => row.id);
}

/**
 * Sanity: for single words that are no other body word's inner part, LIKE '%w%' and the FTS
 * prefix "w"* must find exactly the same notes; and search() must return notes from that set.
 */
function checkAgreement(vault: BuiltVault, candidates: readonly string[], context: BenchContext): void {
  const bodyWords = new Set(
    [
      ...vault.vocab.ranked,
      ...vault.vocab.tail,
      ...FIRST_NAMES.flatMap(tokens),
      ...PLANTED.map((p) => p.word),
    ].map((w) => w.toLowerCase()),
  );
  bodyWords.add(SERVICE_WORD);
  // A word that is also in note titles could be found by search() in a title alone.
  const titleWords = new Set(NOTE_TITLES.flatMap((title) => tokens(title('')).map((w) => w.toLowerCase())));
  const clean = (w: string) =>
    bodyWords.has(w) && !titleWords.has(w) && [...bodyWords].every((other) => other.indexOf(w) <= 0);
  const words = candidates.map((w) => w.toLowerCase()).filter(clean);
  if (words.length < 8) throw new Error(`Only ${words.length} check words are usable: ${words.join(', ')}.`);
  const ftsRows = vault.db.prepare(`SELECT rowid AS r FROM notes_fts WHERE notes_fts MATCH ?`).pluck();
  const likeRows = vault.db.prepare(`SELECT rowid AS r FROM notes WHERE body LIKE ? ESCAPE '\\'`).pluck();
  const idOf = vault.db.prepare('SELECT id FROM notes WHERE rowid = ?').pluck();
  const summary: string[] = [];
  for (const word of words) {
    const fts = new Set(ftsRows.all(`body : "${word}"*`) as number[]);
    const like = new Set(likeRows.all(likePattern(word)) as number[]);
    const onlyFts = [...fts].filter((r) => !like.has(r)).length;
    const onlyLike = [...like].filter((r) => !fts.has(r)).length;
    if (onlyFts > 0 || onlyLike > 0 || like.size === 0) {
      throw new Error(
        `FTS and LIKE disagree on "${word}": FTS ${fts.size} notes, LIKE ${like.size}, ` +
          `${onlyFts} only in FTS, ${onlyLike} only in LIKE.`,
      );
    }
    const likeIds = new Set([...like].map((r) => idOf.get(r) as string));
    // Case and people hits share the limit (and can outrank every note), so search() must
    // return notes only from the LIKE set, and fill the limit with them when nothing else matches.
    const all = search(vault.ctx, word);
    const hits = all.filter((h) => h.kind === 'note');
    const expected = Math.min(LIMIT - (all.length - hits.length), likeIds.size);
    if (hits.length !== expected || hits.some((h) => !likeIds.has(h.id))) {
      throw new Error(
        `search("${word}") returned ${hits.length} notes (${all.length - hits.length} other hits), ` +
          `expected ${expected} of the ${likeIds.size} LIKE finds.`,
      );
    }
    const planted = vault.planted.get(word);
    if (planted && (planted.size !== likeIds.size || [...planted].some((id) => !likeIds.has(id)))) {
      throw new Error(`"${word}" was planted in ${planted.size} notes but ${likeIds.size} were found.`);
    }
    summary.push(`${word} ${like.size}`);
  }
  const saved = search(vault.ctx, SERVICE_WORD);
  if (saved.length !== vault.serviceNoteIds.size || saved.some((h) => !vault.serviceNoteIds.has(h.id))) {
    throw new Error(
      `search("${SERVICE_WORD}") found ${saved.length} of the ${vault.serviceNoteIds.size} notes saveNote wrote.`,
    );
  }
  context.log(`search: FTS and LIKE agree on ${summary.join(', ')} (notes per word)`);
}

interface Timings {
  fts: number[];
  like: number[];
  hits: number;
}

function measure(vault: BuiltVault, list: readonly Query[], context: BenchContext): Timings[] {
  const results: Timings[] = list.map(() => ({ fts: [], like: [], hits: 0 }));
  for (const [i, query] of list.entries()) results[i]!.hits = search(vault.ctx, query.text).length;
  for (let round = 0; round < FTS_ROUNDS; round += 1) {
    for (const [i, query] of list.entries())
      results[i]!.fts.push(timed(() => search(vault.ctx, query.text)).ms);
  }
  for (let round = 0; round < LIKE_ROUNDS; round += 1) {
    for (const [i, query] of list.entries())
      results[i]!.like.push(timed(() => likeSearch(vault.db, query.text)).ms);
    context.log(`search: LIKE pass ${round + 1}/${LIKE_ROUNDS} done`);
  }
  return results;
}

export const searchSuite: BenchSuite = {
  name: 'search',
  description: `search() over ${NOTE_COUNT.toLocaleString('en-GB')} notes (FTS5) vs a LIKE scan, encrypted vault.`,
  async run(context) {
    const vault = buildVault(context);
    try {
      const list = queries(vault.vocab);
      const fileMiB = statSync(vault.path).size / 1024 / 1024;
      context.log(`search: vault built in ${(vault.seedMs / 1000).toFixed(1)} s (${fileMiB.toFixed(0)} MiB)`);
      checkAgreement(
        vault,
        [...list.filter((q) => q.kind === 'one word' || q.kind === 'rare word').map((q) => q.text)],
        context,
      );
      const results = measure(vault, list, context);
      const ftsPerQuery = results.map((r) => median(r.fts));
      const likePerQuery = results.map((r) => median(r.like));
      const slowest = list
        .map((q, i) => ({ q, ms: ftsPerQuery[i]!, hits: results[i]!.hits }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5);
      context.log(
        `search: slowest queries ${slowest.map((s) => `"${s.q.text}" ${s.ms.toFixed(1)} ms (${s.hits} hits)`).join(', ')}`,
      );

      const figures: Figure[] = [
        {
          name: `setup: build the vault (${NOTE_COUNT.toLocaleString('en-GB')} notes, ${CASE_COUNT.toLocaleString('en-GB')} cases)`,
          value: vault.seedMs / 1000,
          unit: 's',
          target: null,
          better: 'lower',
        },
        { name: 'vault file size', value: fileMiB, unit: 'MiB', target: null, better: 'lower' },
        {
          name: `search() median over ${list.length} queries`,
          value: median(ftsPerQuery),
          unit: 'ms',
          target: SEARCH_TARGET_MS,
          better: 'lower',
        },
        {
          name: `search() p95 over ${list.length} queries`,
          value: percentile(ftsPerQuery, 95),
          unit: 'ms',
          target: null,
          better: 'lower',
        },
      ];
      for (const kind of [...new Set(list.map((q) => q.kind))]) {
        const values = ftsPerQuery.filter((_, i) => list[i]!.kind === kind);
        figures.push({
          name: `search() median, ${kind} (${values.length})`,
          value: median(values),
          unit: 'ms',
          target: null,
          better: 'lower',
        });
      }
      figures.push(
        {
          name: `LIKE '%word%' scan of notes.body, median over ${list.length} queries`,
          value: median(likePerQuery),
          unit: 'ms',
          target: null,
          better: 'lower',
        },
        {
          name: 'ratio LIKE/FTS (median of per-query ratios)',
          value: median(likePerQuery.map((like, i) => like / ftsPerQuery[i]!)),
          unit: 'x',
          target: null,
          better: 'higher',
        },
      );
      context.note(
        `Vault: the production openEncryptedDatabase and migrations; ${CASE_COUNT} invented cases with people, meetings and consents, then ` +
          `${NOTE_COUNT} invented notes of 300-600 characters (Zipf-distributed word list, names of the case's people, a few words planted in a known number of notes) ` +
          `inserted by SQL ${BATCH_SIZE} per transaction, the FTS5 index kept by the real triggers; the last ${SERVICE_NOTES} through saveNote.`,
      );
      context.note(
        `Queries: ${list.length} (${[...new Set(list.map((q) => q.kind))].join(', ')}) through the real search() (notes, cases and people, bm25-ranked, snippets, limit ${LIMIT}). ` +
          `One untimed pass, then ${FTS_ROUNDS} passes; each query's figure is its median, and the median and p95 are taken over the queries. ` +
          `LIKE: each word as body LIKE '%word%' (AND), newest first, limit ${LIMIT}: a full scan of the notes, median of ${LIKE_ROUNDS} passes per query.`,
      );
      context.note(
        'Before timing, LIKE and FTS are checked to find exactly the same notes for single words that occur inside no other word, and search() to return notes from that set (and every planted note).',
      );
      return figures;
    } finally {
      vault.db.close();
    }
  },
};
