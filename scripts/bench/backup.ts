/**
 * Backup suite: a 100,000-note vault backed up by the app's own writer, side by side with a
 * plain copy of the same file (with fsync, as a backup must be durable), in rounds that take
 * turns going first; the verification of that backup (opened in a temporary place, every
 * piece's tag, integrity_check, row counts) and a restore of it on a new computer; and how
 * long a note:save waits while a backup runs (saves every 20 ms, as an autosave does while
 * someone types), against the same saves with no backup.
 */
import { closeSync, copyFileSync, fsyncSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { APP_VERSION } from '../../src/main/app-version';
import { fsyncDirectory } from '../../src/main/vault/atomic-file';
import { writeBackup, type BackupStep } from '../../src/main/vault/backup/backup-writer';
import { createWorkbench, type Workbench } from '../../src/main/workbench';
import { inventedNotes } from './fixtures';
import { insertNotes } from './notes-workload';
import { median } from './stats';
import type { BenchContext, BenchSuite, Figure } from './types';

const NOTES = 100_000;
const NOTE_CHARS = 1_024;
const ROUNDS = 3;
const SAVE_EVERY_MS = 20;
const PASSPHRASE = 'quiet garden bicycle morning';
const SEED = 20_261_201;
const MiB = 2 ** 20;
const COPY_TARGET = 3;
const PAUSE_TARGET_MS = 100;

const info = (name: string, value: number, unit: string): Figure => ({
  name,
  value,
  unit,
  target: null,
  better: 'lower',
});

async function call(wb: Workbench, channel: string, input: unknown = {}): Promise<unknown> {
  const envelope = await wb.dispatch(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

function plainCopy(source: string, folder: string): number {
  const target = join(folder, 'plain-copy.db');
  const started = performance.now();
  copyFileSync(source, target);
  const fd = openSync(target, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  fsyncDirectory(folder);
  const ms = performance.now() - started;
  rmSync(target, { force: true });
  return ms;
}

/** The app's writer on the open vault; the time to a sealed, fsynced file and to verified. */
async function timedBackup(
  wb: Workbench,
  folder: string,
): Promise<{ written: number; verified: number; path: string }> {
  const source = wb.vault.source();
  const marks: Partial<Record<BackupStep, number>> = {};
  const started = performance.now();
  try {
    const written = await writeBackup(source, {
      folder,
      scratchDir: wb.vault.dir,
      now: new Date(),
      appVersion: APP_VERSION,
      hooks: { reached: (step) => void (marks[step] = performance.now() - started) },
    });
    return { written: marks.written!, verified: marks.verified! - marks.written!, path: written.path };
  } finally {
    source.dataKey.fill(0);
  }
}

interface Saves {
  /** From the moment each save was due to its answer. */
  pauses: number[];
  /** The save's own time, in the dispatcher (SQLite's commit and its fsync included). */
  own: number[];
}

/**
 * note:save every 20 ms until `until` settles. Each pause is from the moment the save was due
 * to its answer, so time the main thread spent on anything else (a late timer) counts too;
 * the save's own time is kept beside it, to tell the two apart.
 */
async function savesMeanwhile(wb: Workbench, caseId: string, until: Promise<unknown>): Promise<Saves> {
  let done = false;
  void until.finally(() => (done = true));
  const saves: Saves = { pauses: [], own: [] };
  const note = (await call(wb, 'note:save', { caseId, body: 'Typing while the backup runs.' })) as {
    id: string;
  };
  for (let i = 0; !done || saves.pauses.length < 10; i += 1) {
    const due = performance.now() + SAVE_EVERY_MS;
    await new Promise((resolve) => setTimeout(resolve, SAVE_EVERY_MS));
    const started = performance.now();
    await call(wb, 'note:save', { id: note.id, caseId, body: `Typing while the backup runs, word ${i}.` });
    const answered = performance.now();
    saves.pauses.push(answered - due);
    saves.own.push(answered - started);
  }
  return saves;
}

async function restoreOnNewComputer(
  context: BenchContext,
  backup: string,
): Promise<{ apply: number; open: number }> {
  const dir = context.tempDir('restored');
  const wb = createWorkbench({
    dir,
    desktop: {
      chooseFolder: async () => null,
      chooseSaveFile: async () => null,
      chooseOpenFile: async () => backup,
      printToPdf: async () => new Uint8Array(),
    },
  });
  try {
    const { token } = (await call(wb, 'restore:chooseFile')) as { token: string };
    let started = performance.now();
    await call(wb, 'restore:open', { token, with: 'passphrase', passphrase: PASSPHRASE });
    const open = performance.now() - started;
    started = performance.now();
    const restored = (await call(wb, 'restore:apply', { token })) as { cases: number };
    const apply = performance.now() - started;
    const notes = wb.vault.db.prepare('SELECT count(*) FROM notes').pluck().get() as number;
    if (notes < NOTES || restored.cases !== 1) throw new Error(`The restored vault holds ${notes} notes.`);
    return { apply, open };
  } finally {
    wb.vault.lock('quit');
  }
}

export const backupSuite: BenchSuite = {
  name: 'backup',
  description:
    'Backup of a 100,000-note vault against a plain copy; verify and restore times; note:save pauses meanwhile.',
  async run(context) {
    const dir = context.tempDir('vault');
    const folder = context.tempDir('folder');
    const wb = createWorkbench({
      dir,
      desktop: {
        chooseFolder: async () => folder,
        chooseSaveFile: async () => null,
        chooseOpenFile: async () => null,
        printToPdf: async () => new Uint8Array(),
      },
    });
    try {
      await call(wb, 'vault:create', { passphrase: PASSPHRASE });
      const { id: caseId } = (await call(wb, 'case:create', {
        title: 'Bench case',
        processType: 'circle',
        setting: 'other',
      })) as { id: string };
      insertNotes(wb.vault.db, inventedNotes(NOTES, NOTE_CHARS, SEED), 500);
      wb.vault.db.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = statSync(wb.vault.dbPath).size;
      context.log(`backup: ${NOTES.toLocaleString('en-GB')} notes, ${(bytes / MiB).toFixed(0)} MiB`);

      const copies: number[] = [];
      const writes: number[] = [];
      const verifies: number[] = [];
      let last = '';
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const rm of readdirSync(folder)) rmSync(join(folder, rm), { force: true });
        const order = round % 2 === 0 ? (['copy', 'backup'] as const) : (['backup', 'copy'] as const);
        for (const side of order) {
          if (side === 'copy') copies.push(plainCopy(wb.vault.dbPath, folder));
          else {
            const timed = await timedBackup(wb, folder);
            writes.push(timed.written);
            verifies.push(timed.verified);
            last = timed.path;
          }
        }
        context.log(
          `backup round ${round + 1}/${ROUNDS}: plain copy ${copies[round]!.toFixed(0)} ms, backup ${writes[round]!.toFixed(0)} ms ` +
            `(${(writes[round]! / copies[round]!).toFixed(2)}x), verify ${verifies[round]!.toFixed(0)} ms`,
        );
      }
      const backupBytes = statSync(last).size;
      const restore = await restoreOnNewComputer(context, last);
      context.log(
        `backup: restore ${restore.apply.toFixed(0)} ms (after ${restore.open.toFixed(0)} ms to open it with the passphrase)`,
      );

      // Saves while the app backs up (through backup:now: the hold, the seal, the check), and without.
      const quiet = await savesMeanwhile(wb, caseId, new Promise((resolve) => setTimeout(resolve, 3_000)));
      await call(wb, 'backup:chooseFolder', { slot: 'first' });
      const running = call(wb, 'backup:now');
      const during = await savesMeanwhile(wb, caseId, running);
      const outcome = (await running) as { results: { outcome: string }[] };
      if (outcome.results[0]?.outcome !== 'verified')
        throw new Error(`backup:now said ${outcome.results[0]?.outcome}`);
      context.log(
        `backup: ${during.pauses.length} saves during backup:now, longest ${Math.max(...during.pauses).toFixed(1)} ms ` +
          `(the save itself ${Math.max(...during.own).toFixed(1)} ms); ${quiet.pauses.length} saves without, longest ` +
          `${Math.max(...quiet.pauses).toFixed(1)} ms (itself ${Math.max(...quiet.own).toFixed(1)} ms)`,
      );
      context.note(
        'The backup is the app’s writer: a worker holds one moment of the vault (WAL checkpointed, a read transaction that keeps the database file as it is), a second worker seals the file’s pages into the backup (AES-256-GCM, 1 MiB pieces) and fsyncs it. The plain copy is copyFileSync of vault.db plus fsync, in the same folder, in turns. Verification opens the backup in the vault folder, checks every piece and runs integrity_check and row counts on it. Restore is restore:apply on an empty profile (the same checks, then the swap and the open), after restore:open with the production KDF.',
      );
      const label = `${NOTES.toLocaleString('en-GB')}-note vault (${(bytes / MiB).toFixed(0)} MiB)`;
      return [
        info(`backup of a ${label}: snapshot, sealed, fsynced`, median(writes) / 1000, 's'),
        info('plain file copy of the same file, fsynced', median(copies) / 1000, 's'),
        {
          name: 'ratio backup/plain copy',
          value: median(writes.map((w, i) => w / copies[i]!)),
          unit: 'x',
          target: COPY_TARGET,
          better: 'lower',
        },
        info(
          'verification of that backup (temporary place, tags, integrity_check, row counts)',
          median(verifies) / 1000,
          's',
        ),
        info('backup file size', backupBytes / MiB, 'MiB'),
        info(
          'restore of that backup on a new computer (checked, put in place, opened)',
          restore.apply / 1000,
          's',
        ),
        info('opening that backup with its passphrase (scrypt N=2^17)', restore.open / 1000, 's'),
        {
          name: `longest note:save during a backup (saves every ${SAVE_EVERY_MS} ms, ${during.pauses.length} saves)`,
          value: Math.max(...during.pauses),
          unit: 'ms',
          target: PAUSE_TARGET_MS,
          better: 'lower',
        },
        info(
          'of which the save itself (its commit and fsync), during a backup',
          Math.max(...during.own),
          'ms',
        ),
        info(
          `99th percentile note:save during a backup`,
          [...during.pauses].sort((a, b) => a - b)[Math.floor(during.pauses.length * 0.99)]!,
          'ms',
        ),
        info(
          `longest note:save with no backup (${quiet.pauses.length} saves)`,
          Math.max(...quiet.pauses),
          'ms',
        ),
        info('of which the save itself, with no backup', Math.max(...quiet.own), 'ms'),
      ];
    } finally {
      wb.vault.lock('quit');
    }
  },
};
