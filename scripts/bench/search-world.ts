/**
 * The vault the search suite measures, at the size of a five-year caseload (issue "a
 * five-year caseload stays instant"): 5,000 cases, 20,000 people and 200,000 notes of about
 * 1 KB, in the real schema. Cases, people and notes are written by SQL (the services commit
 * and sync once per record, which would take hours); the index is kept by the app's own
 * triggers on that connection, exactly as when the services write. The last few notes go
 * through saveNote, and a few people with names from several scripts (Polish, Irish, Turkish,
 * Vietnamese, Arabic) are planted in known cases and notes, so the folded search can be
 * checked at this size.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serviceContext, type ServiceContext } from '../../src/main/services/core';
import { saveNote } from '../../src/main/services/notes';
import type { Db } from '../../src/main/vault/sqlite';
import { noteSaveInput } from '../../src/shared/schemas/notes';
import { seedCaseWorld, type CaseWorld, type SeededCase } from './case-world';
import { PLANTED, WordSampler, prose, vocabulary, type Vocabulary } from './corpus';
import { openVaultDatabase } from './databases';
import { seededId, seededRandom } from './fixtures';
import type { BenchContext } from './types';

export const SIZE = {
  cases: 5_000,
  people: 20_000,
  notes: Number(process.env['RW_BENCH_SEARCH_NOTES'] ?? 200_000),
};
/** Notes of about 1 KB, as in the vault: 800 to 1,200 characters. */
const NOTE_CHARS = { min: 800, spread: 400 };
/** Notes saved through the real saveNote (the rest by SQL), all holding one planted word. */
export const SERVICE_NOTES = 20;
export const SERVICE_WORD = 'kaleidoscope';
const BATCH_SIZE = 10_000;
export const SEED = 20_260_302;
export const NOW = new Date(2026, 2, 2, 10, 0, 0);

/** People whose names need the folding, each typed plainly in a query, and the notes that name them. */
export const FOLDED_NAMES: readonly { name: string; typed: string }[] = [
  { name: 'Łukasz Żółć', typed: 'lukasz zolc' },
  { name: 'Aoife Ní Bhriain', typed: 'AOIFE NI' },
  { name: 'Siobhán O’Brien', typed: "siobhan o'brien" },
  { name: 'İrem Yıldız', typed: 'irem yildiz' },
  { name: 'Nguyễn Thị Đào', typed: 'nguyen thi dao' },
  { name: 'أحمد حداد', typed: 'احمد' },
];
const FOLDED_NOTES_EACH = 5;

export const NOTE_TITLES: readonly ((name: string) => string)[] = [
  (name) => `Preparation meeting with ${name}`,
  (name) => `Phone call with ${name}`,
  (name) => `Follow-up with ${name}`,
  () => 'Conference notes',
  () => 'Home visit',
  () => 'Circle',
];

export interface SearchWorld {
  db: Db;
  ctx: ServiceContext;
  path: string;
  vocab: Vocabulary;
  world: CaseWorld;
  people: number;
  planted: Map<string, Set<string>>;
  serviceNoteIds: Set<string>;
  /** Per folded name: the person, the case they are in, the notes that name them. */
  foldedPeople: { name: string; typed: string; personId: string; caseId: string; noteIds: Set<string> }[];
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

/** More family members in random cases until the vault holds `target` people. */
function addPeople(db: Db, world: CaseWorld, target: number, random: () => number): number {
  const insertPerson = db.prepare(
    `INSERT INTO people (id, preferred_name, full_name, age_band, created_at, updated_at) VALUES (?, ?, ?, 'adult', ?, ?)`,
  );
  const insertParticipant = db.prepare(
    `INSERT INTO participants (id, case_id, person_id, role, added_at) VALUES (?, ?, ?, 'family_member', ?)`,
  );
  const names = ['Morgan', 'Alex', 'Robin', 'Jamie', 'Charlie', 'Sasha', 'Riley', 'Avery'];
  const surnames = ['Ashdown', 'Brookes', 'Calder', 'Dunmore', 'Ellery', 'Fairbank', 'Garside', 'Holt'];
  let people = world.counts.people;
  db.transaction(() => {
    while (people < target) {
      const kase = world.cases[Math.floor(random() * world.cases.length)]!;
      const id = seededId(random);
      const first = names[Math.floor(random() * names.length)]!;
      const at = new Date(kase.createdAt).toISOString();
      insertPerson.run(id, first, `${first} ${surnames[Math.floor(random() * surnames.length)]!}`, at, at);
      insertParticipant.run(seededId(random), kase.id, id, at);
      people += 1;
    }
  })();
  return people;
}

function plantFoldedPeople(db: Db, world: CaseWorld, random: () => number): SearchWorld['foldedPeople'] {
  const insertPerson = db.prepare(
    `INSERT INTO people (id, preferred_name, full_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertParticipant = db.prepare(
    `INSERT INTO participants (id, case_id, person_id, role, added_at) VALUES (?, ?, ?, 'harmed', ?)`,
  );
  return db.transaction(() =>
    FOLDED_NAMES.map(({ name, typed }, i) => {
      const kase = world.cases[Math.floor(((i + 0.5) / FOLDED_NAMES.length) * world.cases.length)]!;
      const id = seededId(random);
      const at = new Date(kase.createdAt).toISOString();
      insertPerson.run(id, name, name, at, at);
      insertParticipant.run(seededId(random), kase.id, id, at);
      return { name, typed, personId: id, caseId: kase.id, noteIds: new Set<string>() };
    }),
  )();
}

function insertNotes(
  db: Db,
  world: CaseWorld,
  folded: SearchWorld['foldedPeople'],
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
  /** Note `i` of the caseload (its planted word, if any), or one that names `person`. */
  const write = (kase: SeededCase, i: number, person?: SearchWorld['foldedPeople'][number]) => {
    const names = kase.participants;
    const id = seededId(random);
    let body = prose(
      random,
      sampler,
      NOTE_CHARS.min + Math.floor(random() * NOTE_CHARS.spread),
      names.map((p) => p.firstName),
    );
    const word = plan.get(i);
    if (word) {
      body = plant(random, body, word);
      planted.get(word)!.add(id);
    }
    if (person) body = `${body} ${person.name} said they wanted it to stop.`;
    const title =
      random() < 0.35
        ? NOTE_TITLES[Math.floor(random() * NOTE_TITLES.length)]!(names[0]?.firstName ?? 'Sam')
        : '';
    const about = random() < 0.4 ? names[Math.floor(random() * names.length)] : undefined;
    const meeting =
      kase.meetingIds.length > 0 && random() < 0.2
        ? kase.meetingIds[Math.floor(random() * kase.meetingIds.length)]!
        : null;
    const at = new Date(kase.createdAt + random() * (kase.lastActivityAt - kase.createdAt)).toISOString();
    insert.run(id, kase.id, about?.personId ?? null, meeting, title, body, at, at);
    person?.noteIds.add(id);
  };
  const insertBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) write(world.cases[Math.floor(random() * world.cases.length)]!, i);
  });
  for (let from = 0; from < count; from += BATCH_SIZE) insertBatch(from, Math.min(from + BATCH_SIZE, count));
  // The notes naming the folded people, in their own cases (-1: no planted word).
  db.transaction(() => {
    for (const person of folded) {
      const kase = world.cases.find((c) => c.id === person.caseId)!;
      for (let n = 0; n < FOLDED_NOTES_EACH; n++) write(kase, -1, person);
    }
  })();
  return planted;
}

export function buildSearchWorld(
  context: BenchContext,
  open: (path: string) => Db = openVaultDatabase,
): SearchWorld {
  const path = join(context.tempDir('vault'), 'vault.db');
  const vocab = vocabulary(SEED);
  const sampler = new WordSampler(vocab);
  const start = performance.now();
  const db = open(path);
  try {
    const world = seedCaseWorld(db, { cases: SIZE.cases, seed: SEED, now: NOW });
    const random = seededRandom(SEED + 3);
    const foldedPeople = plantFoldedPeople(db, world, random);
    const people = addPeople(db, world, SIZE.people, random);
    context.log(`search: ${world.cases.length} cases, ${people} people seeded; writing ${SIZE.notes} notes…`);
    const planted = insertNotes(db, world, foldedPeople, sampler, SIZE.notes - SERVICE_NOTES);

    // The last few notes go through the real service (autosave's upsert, revision, index).
    const serviceRandom = seededRandom(SEED + 2);
    const ctx = serviceContext(db, { now: () => NOW, newId: () => seededId(serviceRandom) });
    const serviceNoteIds = new Set<string>();
    for (let i = 0; i < SERVICE_NOTES; i += 1) {
      const kase = world.cases[world.cases.length - 1 - i]!;
      const body = `${prose(serviceRandom, sampler, 1_000, [])} The ${SERVICE_WORD} came up again.`;
      serviceNoteIds.add(saveNote(ctx, noteSaveInput.parse({ caseId: kase.id, body })).id);
    }
    // A checkpoint, as the app's own autocheckpoint would have done long before 200,000 notes.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      db,
      ctx,
      path,
      vocab,
      world,
      people,
      planted,
      serviceNoteIds,
      foldedPeople,
      seedMs: performance.now() - start,
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
