/**
 * Vault suite: what encryption at rest costs on the notes workload (encrypted vault vs plain
 * SQLite, side by side in one run), and what unlocking costs with the production KDF.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SCRYPT, deriveWrappingKey, newScryptParams } from '../../src/main/vault/crypto';
import { Vault } from '../../src/main/vault/vault';
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
import { PHASES, insertNotes, runNotesWorkload, type Phase, type WorkloadTimes } from './notes-workload';
import { median, timedAsync } from './stats';
import type { BenchContext, BenchSuite, Figure } from './types';

const NOTE_COUNT = 10_000;
const NOTE_CHARS = 1_024;
const BATCH_SIZE = 500;
const LOOKUPS = 1_000;
/** Timed rounds; each runs both sides, alternating which goes first. */
const ROUNDS = 5;
const UNLOCKS = 3;
const SEED = 20_240_108;

const RATIO_TARGET = 1.3;
const UNLOCK_TARGET_MS = 1_500;

type Side = 'plain' | 'encrypted';

const PHASE_LABEL: Record<Phase, string> = {
  insert: `insert ${NOTE_COUNT.toLocaleString('en-GB')} notes (~1 KB, ${BATCH_SIZE} per transaction)`,
  readAll: 'read all notes back (cold page cache)',
  lookups: `${LOOKUPS.toLocaleString('en-GB')} point lookups by id (cold page cache)`,
  close: 'close (final WAL checkpoint)',
  total: 'notes workload total',
};

const SHORT_LABEL: Record<Exclude<Phase, 'total'>, string> = {
  insert: 'insert',
  readAll: 'read all',
  lookups: 'lookups',
  close: 'close',
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
    db = side === 'plain' ? openPlainDatabase(path, workload.profile) : openVaultDatabase(path);
    const profile = readProfile(db);
    const times = runNotesWorkload(db, workload.notes, workload.lookupIds, BATCH_SIZE);
    assertEncryption(path, side === 'encrypted');
    return { times, profile };
  } finally {
    if (db?.open) db.close();
    // Free the disk (and the page cache) before the next side runs.
    rmSync(dir, { recursive: true, force: true });
  }
}

function compareSides(context: BenchContext, workload: Workload): Figure[] {
  const results: Record<Side, WorkloadTimes[]> = { plain: [], encrypted: [] };
  // A first, untimed pair warms the JIT, the allocator and the file system for both sides,
  // and proves the two are configured alike.
  const warmUp = {
    plain: runSide(context, 'plain', workload),
    encrypted: runSide(context, 'encrypted', workload),
  };
  assertSameProfile(warmUp.plain.profile, warmUp.encrypted.profile);
  for (let round = 0; round < ROUNDS; round += 1) {
    const order: Side[] = round % 2 === 0 ? ['plain', 'encrypted'] : ['encrypted', 'plain'];
    for (const side of order) results[side].push(runSide(context, side, workload).times);
    const [plain, encrypted] = [results.plain[round]!, results.encrypted[round]!];
    context.log(
      `vault round ${round + 1}/${ROUNDS}: plain ${plain.total.toFixed(0)} ms, encrypted ${encrypted.total.toFixed(0)} ms ` +
        `(ratio ${(encrypted.total / plain.total).toFixed(2)})`,
    );
  }

  const figures: Figure[] = [];
  for (const phase of PHASES) {
    for (const side of ['plain', 'encrypted'] as const) {
      const value = median(results[side].map((r) => r[phase]));
      figures.push({
        name: `${PHASE_LABEL[phase]}, ${side}`,
        value,
        unit: 'ms',
        target: null,
        better: 'lower',
      });
    }
  }
  // Ratios are taken per round (the two sides ran back to back) and then the median.
  const ratio = (phase: Phase) =>
    median(results.plain.map((plain, i) => results.encrypted[i]![phase] / plain[phase]));
  figures.push({
    name: 'ratio encrypted/plain: notes workload',
    value: ratio('total'),
    unit: 'x',
    target: RATIO_TARGET,
    better: 'lower',
  });
  for (const phase of ['insert', 'readAll', 'lookups', 'close'] as const) {
    figures.push({
      name: `ratio encrypted/plain: ${SHORT_LABEL[phase]}`,
      value: ratio(phase),
      unit: 'x',
      target: null,
      better: 'lower',
    });
  }
  return figures;
}

/** Unlock as the app does it (scrypt, unwrap, open, quick_check) on a vault holding the notes. */
async function measureUnlock(context: BenchContext, notes: readonly NoteFixture[]): Promise<Figure[]> {
  const passphrase = 'quiet garden bicycle morning';
  const vault = new Vault({ dir: context.tempDir('unlock') });
  const unlocks: number[] = [];
  try {
    await vault.create(passphrase);
    insertNotes(vault.db, notes, BATCH_SIZE);
    vault.lock('user');
    for (let i = 0; i < UNLOCKS; i += 1) {
      unlocks.push((await timedAsync(() => vault.unlock(passphrase))).ms);
      if (!vault.isUnlocked) throw new Error('The vault did not unlock.');
      vault.lock('user');
    }
  } finally {
    vault.lock('user');
  }
  const kdfs: number[] = [];
  for (let i = 0; i < UNLOCKS; i += 1) {
    const { result, ms } = await timedAsync(() =>
      deriveWrappingKey(Buffer.from(passphrase, 'utf8'), newScryptParams()),
    );
    result.fill(0);
    kdfs.push(ms);
  }
  const { N, r, p } = DEFAULT_SCRYPT;
  const cost = `scrypt N=2^${Math.log2(N)} r=${r} p=${p}`;
  context.log(
    `vault unlock: ${unlocks.map((ms) => ms.toFixed(0)).join(', ')} ms; ${cost} alone: ${kdfs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
  return [
    {
      name: `vault unlock with ${NOTE_COUNT.toLocaleString('en-GB')} notes (${cost})`,
      value: median(unlocks),
      unit: 'ms',
      target: UNLOCK_TARGET_MS,
      better: 'lower',
    },
    {
      name: `key derivation alone (${cost})`,
      value: median(kdfs),
      unit: 'ms',
      target: null,
      better: 'lower',
    },
  ];
}

export const vaultSuite: BenchSuite = {
  name: 'vault',
  description: 'Encrypted vault vs plain SQLite on the same notes workload; unlock cost.',
  async run(context) {
    const notes = inventedNotes(NOTE_COUNT, NOTE_CHARS, SEED);
    const workload: Workload = {
      notes,
      lookupIds: pickIds(notes, LOOKUPS, SEED + 1),
      profile: productionProfile(context.tempDir('profile')),
    };
    const comparison = compareSides(context, workload);
    const { N, r, p } = DEFAULT_SCRYPT;
    context.note(
      'Encrypted side: the production openEncryptedDatabase (SQLCipher 4 format: AES-256-CBC and HMAC-SHA512 per 4 KiB page, raw 256-bit key). ' +
        'Plain side: the same driver with no key, the same pragmas (read from the encrypted side and checked equal) and the same migrations.',
    );
    context.note(
      `Workload: ${NOTE_COUNT} invented notes of ~${NOTE_CHARS} characters, ${BATCH_SIZE} per transaction, then a full read and ${LOOKUPS} random lookups by id; ` +
        "SQLite's page cache is emptied before each read phase, and the close (final WAL checkpoint) is timed. " +
        'Since schema 2 each insert also feeds the notes_fts full-text index through its trigger (on both sides), so insert and total include FTS indexing and their ratios are lower than before schema 2. ' +
        `One untimed warm-up pair, then ${ROUNDS} rounds alternating which side goes first; figures are medians, ratios the median of the per-round ratios.`,
    );
    context.note(
      `Unlock: the real Vault (scrypt N=2^${Math.log2(N)} r=${r} p=${p}, unwrap, open, quick_check) on a vault holding the same notes; median of ${UNLOCKS}.`,
    );
    return [...comparison, ...(await measureUnlock(context, notes))];
  },
};
