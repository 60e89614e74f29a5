/**
 * Vault suite: what encryption at rest costs on the notes workload, in three columns measured
 * side by side in one run (plain SQLite, the AEGIS vault, and the SQLCipher format it
 * replaced, kept so the gain stays visible); then the vault at a whole service's size
 * (vault-scale.ts): the storage update and unlock.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../src/main/vault/sqlite';
import {
  assertEncryption,
  assertSameProfile,
  openPlainDatabase,
  openVaultDatabase,
  productionProfile,
  readProfile,
  type PragmaProfile,
} from './databases';
import { inventedNotes, pickIds, type NoteFixture } from './fixtures';
import { PHASES, runNotesWorkload, type Phase, type WorkloadTimes } from './notes-workload';
import { median } from './stats';
import type { BenchContext, BenchSuite, Figure } from './types';
import { SCALE_NOTES, measureAtScale } from './vault-scale';

const NOTE_COUNT = 10_000;
const NOTE_CHARS = 1_024;
const BATCH_SIZE = 500;
const LOOKUPS = 1_000;
/** Timed rounds; each runs every side, rotating which goes first. */
const ROUNDS = 7;
const SEED = 20_240_108;

/** The targets for the AEGIS vault against plain SQLite (goal for the total: 1.05). */
const TARGETS: Partial<Record<Phase, number>> = { total: 1.1, readAll: 1.3, lookups: 1.3 };

const SIDES = ['plain', 'aegis', 'sqlcipher'] as const;
type Side = (typeof SIDES)[number];

const PHASE_LABEL: Record<Phase, string> = {
  insert: `insert ${NOTE_COUNT.toLocaleString('en-GB')} notes (~1 KB, ${BATCH_SIZE} per transaction)`,
  readAll: 'read all notes back (cold page cache)',
  lookups: `${LOOKUPS.toLocaleString('en-GB')} point lookups by id (cold page cache)`,
  close: 'close (final WAL checkpoint)',
  total: 'notes workload total',
};

const SHORT_LABEL: Record<Phase, string> = {
  insert: 'insert',
  readAll: 'read all',
  lookups: 'lookups',
  close: 'close',
  total: 'notes workload',
};

interface Workload {
  notes: NoteFixture[];
  lookupIds: string[];
  profile: PragmaProfile;
}

interface SideRun {
  times: WorkloadTimes;
  profile: PragmaProfile;
}

function runSide(context: BenchContext, side: Side, workload: Workload): SideRun {
  const dir = context.tempDir(side);
  const path = join(dir, 'vault.db');
  let db: Db | null = null;
  try {
    db = side === 'plain' ? openPlainDatabase(path, workload.profile) : openVaultDatabase(path, side);
    const profile = readProfile(db);
    const times = runNotesWorkload(db, workload.notes, workload.lookupIds, BATCH_SIZE);
    assertEncryption(path, side !== 'plain');
    return { times, profile };
  } finally {
    if (db?.open) db.close();
    // Free the disk (and the page cache) before the next side runs.
    rmSync(dir, { recursive: true, force: true });
  }
}

function compareSides(context: BenchContext, workload: Workload): Figure[] {
  const results: Record<Side, WorkloadTimes[]> = { plain: [], aegis: [], sqlcipher: [] };
  // A first, untimed set warms the JIT, the allocator and the file system for every side,
  // and proves they are configured alike.
  const warmUp = SIDES.map((side) => runSide(context, side, workload));
  assertSameProfile(warmUp[0]!.profile, warmUp[1]!.profile);
  assertSameProfile(warmUp[0]!.profile, warmUp[2]!.profile);
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = SIDES.map((_, i) => SIDES[(i + round) % SIDES.length]!);
    for (const side of order) results[side].push(runSide(context, side, workload).times);
    const total = (side: Side) => results[side][round]!.total;
    context.log(
      `vault round ${round + 1}/${ROUNDS}: plain ${total('plain').toFixed(0)} ms, aegis ${total('aegis').toFixed(0)} ms ` +
        `(${(total('aegis') / total('plain')).toFixed(2)}), sqlcipher ${total('sqlcipher').toFixed(0)} ms ` +
        `(${(total('sqlcipher') / total('plain')).toFixed(2)})`,
    );
  }

  const figures: Figure[] = [];
  for (const phase of PHASES) {
    for (const side of SIDES) {
      figures.push({
        name: `${PHASE_LABEL[phase]}, ${side}`,
        value: median(results[side].map((r) => r[phase])),
        unit: 'ms',
        target: null,
        better: 'lower',
      });
    }
  }
  // Ratios are taken per round (the sides ran back to back) and then the median.
  const ratio = (side: Side, phase: Phase) =>
    median(results.plain.map((plain, i) => results[side][i]![phase] / plain[phase]));
  for (const phase of ['total', 'insert', 'readAll', 'lookups', 'close'] as const) {
    figures.push({
      name: `ratio aegis/plain: ${SHORT_LABEL[phase]}`,
      value: ratio('aegis', phase),
      unit: 'x',
      target: TARGETS[phase] ?? null,
      better: 'lower',
    });
  }
  for (const phase of ['total', 'readAll', 'lookups'] as const) {
    figures.push({
      name: `ratio sqlcipher/plain (the format before): ${SHORT_LABEL[phase]}`,
      value: ratio('sqlcipher', phase),
      unit: 'x',
      target: null,
      better: 'lower',
    });
  }
  return figures;
}

export const vaultSuite: BenchSuite = {
  name: 'vault',
  description:
    'Plain vs AEGIS vault vs SQLCipher on the notes workload; storage update and unlock at 100,000 and 200,000 notes.',
  async run(context) {
    const notes = inventedNotes(NOTE_COUNT, NOTE_CHARS, SEED);
    const workload: Workload = {
      notes,
      lookupIds: pickIds(notes, LOOKUPS, SEED + 1),
      profile: productionProfile(context.tempDir('profile')),
    };
    const comparison = compareSides(context, workload);
    context.note(
      'Encrypted sides: the production openEncryptedDatabase with a cipher record: aegis (AEGIS-256 per 4 KiB page, authenticated, raw 256-bit key), the format of every vault now; ' +
        'sqlcipher (SQLCipher 4: AES-256-CBC and HMAC-SHA512 per page), the format before, shown for comparison. ' +
        'Plain side: the same driver with no key, the same pragmas (read from an encrypted side and checked equal on all three) and the same migrations.',
    );
    context.note(
      `Workload: ${NOTE_COUNT} invented notes of ~${NOTE_CHARS} characters, ${BATCH_SIZE} per transaction, then a full read and ${LOOKUPS} random lookups by id; ` +
        "SQLite's page cache is emptied before each read phase, and the close (final WAL checkpoint) is timed. " +
        'Each insert also feeds the notes_fts full-text index through its trigger (on every side), so insert and total include FTS indexing. ' +
        `One untimed warm-up set, then ${ROUNDS} rounds rotating which side goes first; figures are medians, ratios the median of the per-round ratios.`,
    );
    context.note(
      `At scale: a ${SCALE_NOTES.toLocaleString('en-GB')}-note vault made in the old format (version 1 key file, SQLCipher 4, production scrypt) is updated both ways the issue names, each on its own copy: ` +
        "the app's (VACUUM INTO a copy beside the old file in a worker, verify it: header, integrity_check, row counts per table; commit by the key file; swap) " +
        'and leaving WAL then rekeying in place (the library runs it as an in-place VACUUM under a rollback journal), followed by the same verification. ' +
        'Peak extra disk and memory are sampled every 10 ms from a worker thread. ' +
        'The updated vault is then unlocked with the real Vault (scrypt, unwrap, 24-byte header check, WAL check, read-only schema probe, open) and compared with scrypt alone; ' +
        `then ${SCALE_NOTES.toLocaleString('en-GB')} more notes are added and it is unlocked again. Last, the full integrity check that runs in its worker after an unlock is timed.`,
    );
    return [...comparison, ...(await measureAtScale(context))];
  },
};
