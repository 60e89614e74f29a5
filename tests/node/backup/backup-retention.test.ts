/**
 * Retention and the second folder over real files: the newest of each kept day, week and
 * month stays, older ones go only after a newer backup verified; a failed backup never
 * removes anything and is kept as failed until a newer one verifies; another vault's
 * backups in the same folder are never touched; a second folder gets the same backup, and a
 * missing one does not stop the other.
 */
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { BackupHooks } from '../../../src/main/vault/backup/backup-writer';
import {
  backUpNow,
  backupFolder,
  backupWorkbench,
  chooseBackupFolder,
  completeBackups,
  onlyBackup,
  type DialogAnswers,
} from '../support/backup-kit';
import { call, createVault, type TempWorkbench } from '../support/temp-workbench';

let folder: string;
let answers: DialogAnswers;
let hooks: BackupHooks;
let clock: Date;
let wb: TempWorkbench;
const extra: (() => void)[] = [];

beforeEach(async () => {
  folder = backupFolder();
  answers = { folder, file: null };
  hooks = {};
  clock = new Date('2026-03-01T18:00:00');
  wb = backupWorkbench(answers, {
    backupHooks: hooks,
    now: () => clock.getTime(),
    clock: { now: () => clock },
  });
  await createVault(wb);
  await chooseBackupFolder(wb);
});

afterEach(() => {
  for (const cleanup of extra.splice(0)) cleanup();
  wb.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;

async function backUpOn(date: string): Promise<string> {
  clock = new Date(`${date}T18:00:00`);
  await call(wb, 'note:save', { body: `Notes of ${date}` });
  const result = await backUpNow(wb);
  return result.results[0]!.outcome;
}

it('keeps the newest of the last N days, weeks and months; removes the rest only after a newer one verified', async () => {
  await call(wb, 'backup:updateSettings', { keepDaily: 3, keepWeekly: 2, keepMonthly: 2 });
  // Another vault's backup in the same folder (a shared sync folder): never ours to remove.
  const stranger = join(folder, 'restorative-workbench-2026-02-01T1000.rwbackup');
  writeFileSync(stranger, readFileSync(await strangerBackup()));
  for (let d = 1; d <= 20; d += 1) expect(await backUpOn(day(d))).toBe('verified');
  // Days: 20, 19, 18. ISO weeks: 16-22 March (the 20th), 9-15 March (the 15th). Months: March (the 20th).
  expect(completeBackups(folder)).toEqual([
    'restorative-workbench-2026-02-01T1000.rwbackup',
    'restorative-workbench-2026-03-15T1800.rwbackup',
    'restorative-workbench-2026-03-18T1800.rwbackup',
    'restorative-workbench-2026-03-19T1800.rwbackup',
    'restorative-workbench-2026-03-20T1800.rwbackup',
  ]);
  // Those let go are gone whole: nothing half-removed left behind under any name.
  expect(readdirSync(folder).filter((n) => !n.endsWith('.rwbackup'))).toEqual([]);

  // A backup that fails (a full disk) removes nothing.
  hooks.failAfterBytes = 10_000;
  expect(await backUpOn(day(21))).toBe('no-space');
  expect(completeBackups(folder)).toHaveLength(5);
  hooks.failAfterBytes = undefined;

  // One that does not verify is kept as failed, never counted, and removes nothing...
  hooks.reached = (step) => {
    if (step !== 'written') return;
    const writing = readdirSync(folder).find((n) => n.endsWith('.rwbackup.writing'))!;
    const bytes = readFileSync(join(folder, writing));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(join(folder, writing), bytes);
  };
  expect(await backUpOn(day(22))).toBe('not-verified');
  expect(readdirSync(folder).filter((n) => n.endsWith('.failed'))).toEqual([
    'restorative-workbench-2026-03-22T1800.rwbackup.failed',
  ]);
  expect(completeBackups(folder)).toHaveLength(5);
  const status = (await call(wb, 'backup:status')) as {
    lastVerified: { file: string };
    lastProblem: { problem: string };
  };
  expect(status.lastVerified.file).toBe('restorative-workbench-2026-03-20T1800.rwbackup');
  expect(status.lastProblem.problem).toBe('not-verified');
  hooks.reached = undefined;

  // ...until a newer one verifies.
  expect(await backUpOn(day(23))).toBe('verified');
  expect(readdirSync(folder).filter((n) => n.endsWith('.failed'))).toEqual([]);
  expect(completeBackups(folder)).toContain(stranger.split('/').pop());
});

it('a second folder gets the same backup; one that is missing does not stop the other', async () => {
  const second = backupFolder();
  extra.push(() => rmSync(second, { recursive: true, force: true }));
  answers.folder = second;
  const chosen = (await call(wb, 'backup:chooseFolder', { slot: 'second' })) as {
    folders: { slot: string; path: string }[];
  };
  expect(chosen.folders.map((f) => [f.slot, f.path])).toEqual([
    ['first', folder],
    ['second', second],
  ]);
  expect(await backUpOn(day(2))).toBe('verified');
  expect(readFileSync(onlyBackup(second))).toEqual(readFileSync(onlyBackup(folder)));

  rmSync(folder, { recursive: true, force: true });
  clock = new Date(`${day(3)}T18:00:00`);
  await call(wb, 'note:save', { body: 'Next day' });
  const result = await backUpNow(wb);
  expect(result.results.map((r) => [r.folder, r.outcome])).toEqual([
    [folder, 'folder-missing'],
    [second, 'verified'],
  ]);
  expect(completeBackups(second)).toHaveLength(2);
  expect(result.status.lastVerified?.folder).toBe(second);
  // One folder can still be reached: no "plug in your drive" notice.
  expect(result.status.notice).toBeNull();

  const removed = (await call(wb, 'backup:removeFolder', { slot: 'first' })) as {
    folders: { path: string }[];
  };
  expect(removed.folders.map((f) => f.path)).toEqual([second]);
});

/** A backup made by another vault, for the shared-folder case. */
async function strangerBackup(): Promise<string> {
  const otherFolder = backupFolder();
  extra.push(() => rmSync(otherFolder, { recursive: true, force: true }));
  const other = backupWorkbench({ folder: otherFolder, file: null });
  extra.push(() => other.cleanup());
  await createVault(other);
  await chooseBackupFolder(other);
  await backUpNow(other);
  const copy = join(otherFolder, 'copy');
  copyFileSync(onlyBackup(otherFolder), copy);
  return copy;
}
