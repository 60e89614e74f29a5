/**
 * Automatic backups at lock and quit: made when due (anything changed, and the last one older
 * than the interval), never holding the lock up for long: one that cannot finish in time is
 * stopped cleanly, owed, said on the unlock screen, and made at the next unlock. A note saved
 * while a backup is being made is kept, and is in the next backup.
 */
import { readdirSync, rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { BackupStatus } from '../../../src/shared/schemas/backups';
import type { BackupHooks } from '../../../src/main/vault/backup/backup-writer';
import {
  applyRestore,
  backUpNow,
  backupFolder,
  backupWorkbench,
  chooseBackupFile,
  chooseBackupFolder,
  completeBackups,
  openWithPassphrase,
  type DialogAnswers,
} from '../support/backup-kit';
import {
  call,
  createVault,
  standingCase,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { join } from 'node:path';

let folder: string;
let answers: DialogAnswers;
let hooks: BackupHooks;
let clock: Date;
let wb: TempWorkbench;
const extra: (() => void)[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  folder = backupFolder();
  answers = { folder, file: null };
  hooks = {};
  clock = new Date('2026-03-02T09:00:00');
  wb = backupWorkbench(answers, {
    backupHooks: hooks,
    now: () => clock.getTime(),
    clock: { now: () => clock },
    // Generous here, so a slow machine never stops a backup these tests expect to finish; the
    // test of a backup that cannot finish shortens it.
    lockBudgetMs: 20_000,
  });
  await createVault(wb);
  await chooseBackupFolder(wb);
});

afterEach(() => {
  for (const cleanup of extra.splice(0)) cleanup();
  wb.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

async function change(text = 'A note'): Promise<void> {
  await call(wb, 'note:save', { body: text });
}

async function lockAndUnlock(): Promise<void> {
  await call(wb, 'vault:lock', {});
  await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
}

const status = async () => (await call(wb, 'backup:status')) as BackupStatus;

function log(): { event: string; trigger: string }[] {
  return wb.vault.db.prepare('SELECT event, trigger FROM backup_log ORDER BY at, rowid').all() as {
    event: string;
    trigger: string;
  }[];
}

it('daily: made at the first lock with changes, not again the same day, again the next day after a change', async () => {
  await change();
  await lockAndUnlock();
  expect(completeBackups(folder)).toHaveLength(1);
  expect(log()).toEqual([{ event: 'verified', trigger: 'lock' }]);

  clock = new Date('2026-03-02T17:00:00');
  await change('Later the same day');
  await lockAndUnlock();
  expect(completeBackups(folder)).toHaveLength(1);

  clock = new Date('2026-03-03T08:30:00');
  await lockAndUnlock();
  // Nothing changed since the last lock... but the change of yesterday afternoon is not in a backup yet.
  expect(completeBackups(folder)).toHaveLength(2);

  clock = new Date('2026-03-04T08:30:00');
  await lockAndUnlock();
  expect(completeBackups(folder)).toHaveLength(2);
});

it('"every lock" backs up at each lock with changes (one kept per day); "only by hand" never', async () => {
  await call(wb, 'backup:updateSettings', { interval: 'every-lock' });
  const verified = () => log().filter((e) => e.event === 'verified').length;
  await change();
  await lockAndUnlock();
  clock = new Date('2026-03-02T09:05:00');
  await change('Another');
  await lockAndUnlock();
  expect(verified()).toBe(2);
  // Retention keeps the newest of the day.
  expect(completeBackups(folder)).toEqual(['restorative-workbench-2026-03-02T0905.rwbackup']);
  clock = new Date('2026-03-02T09:10:00');
  await lockAndUnlock();
  expect(verified()).toBe(2);

  await call(wb, 'backup:updateSettings', { interval: 'manual' });
  clock = new Date('2026-03-09T09:10:00');
  await change('A week later');
  await lockAndUnlock();
  expect(verified()).toBe(2);
  expect((await status()).settings.interval).toBe('manual');
});

it('a backup that cannot finish before the lock is stopped cleanly, owed, said while locked, and made at the next unlock', async () => {
  wb.cleanup();
  wb = backupWorkbench(answers, { backupHooks: hooks, now: () => clock.getTime(), lockBudgetMs: 400 });
  await createVault(wb);
  await chooseBackupFolder(wb);
  await change();
  let slow = true;
  hooks.reached = async (step) => {
    if (step === 'held' && slow) await sleep(900);
  };
  const locked = (await call(wb, 'vault:lock', {})) as { state: string };
  expect(locked.state).toBe('locked');
  // Nothing that looks like a backup, nothing half-written, nothing left in the vault folder.
  expect(readdirSync(folder)).toEqual([]);
  expect(readdirSync(wb.dir).sort()).toEqual(['vault.backups', 'vault.db', 'vault.key', 'vault.state']);
  expect(await call(wb, 'vault:status')).toMatchObject({ state: 'locked', backupOwed: true });

  slow = false;
  await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
  await expect.poll(async () => (await status()).lastVerified, { timeout: 15_000 }).not.toBeNull();
  await expect.poll(async () => (await status()).owed, { timeout: 5_000 }).toBe(false);
  expect(completeBackups(folder)).toHaveLength(1);
  expect(log()).toEqual([
    { event: 'stopped', trigger: 'lock' },
    { event: 'verified', trigger: 'unlock' },
  ]);
  await call(wb, 'vault:lock', {});
  expect(await call(wb, 'vault:status')).toEqual({ state: 'locked', retryAfterMs: 0 });
});

it('quit waits for a due backup, and locks at once when none is due', async () => {
  await change();
  await wb.close();
  expect(wb.vault.isUnlocked).toBe(false);
  expect(completeBackups(folder)).toHaveLength(1);
  await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
  const closing = wb.close();
  // Nothing due: the vault is locked before close() even resolves.
  expect(wb.vault.isUnlocked).toBe(false);
  await closing;
});

it('a note saved while a backup is being made is kept, and is in the next backup', async () => {
  const caseId = await standingCase(wb);
  await change('Before the backup');
  let savedDuring: string | null = null;
  hooks.reached = async (step) => {
    if (step === 'held' && !savedDuring) {
      const saved = (await call(wb, 'note:save', { caseId, body: 'Saved while the backup was made' })) as {
        id: string;
      };
      savedDuring = saved.id;
    }
  };
  expect((await backUpNow(wb)).results[0]!.outcome).toBe('verified');
  expect(savedDuring).not.toBeNull();
  expect(await call(wb, 'note:get', { id: savedDuring })).toMatchObject({
    body: 'Saved while the backup was made',
  });
  // Not in this backup (it was taken just before), so the vault still counts as changed.
  expect(wb.vault.db.prepare('SELECT changed FROM backup_settings').pluck().get()).toBe(1);
  clock = new Date('2026-03-03T09:00:00');
  await call(wb, 'vault:lock', {});
  const [first, second] = completeBackups(folder);

  const bodiesIn = async (name: string) => {
    const dialog: DialogAnswers = { folder: null, file: null };
    const fresh = backupWorkbench(dialog);
    extra.push(() => fresh.cleanup());
    const candidate = await chooseBackupFile(fresh, dialog, join(folder, name));
    await openWithPassphrase(fresh, candidate.token, TEST_PASSPHRASE);
    await applyRestore(fresh, candidate.token);
    return ((await call(fresh, 'note:list', { caseId })) as { body: string }[]).map((n) => n.body).sort();
  };
  expect(await bodiesIn(first!)).toEqual(['Before the backup']);
  expect(await bodiesIn(second!)).toEqual(['Before the backup', 'Saved while the backup was made']);
});

it('saves keep working all through a backup (none refused while the moment is taken)', async () => {
  const caseId = await standingCase(wb);
  // Enough notes that the backup takes a while, and a log for the backup to empty first.
  for (let i = 0; i < 400; i += 1) await change(`Visit ${i}: ${'the family talked it through. '.repeat(40)}`);
  const running = wb.dispatch('backup:now', {});
  let done = false;
  void running.then(() => (done = true));
  let saves = 0;
  let id: string | undefined;
  while (!done || saves < 20) {
    const saved = await wb.dispatch('note:save', { id, caseId, body: `Typed during the backup, ${saves}` });
    expect(saved).toMatchObject({ ok: true });
    id = (saved as { value: { id: string } }).value.id;
    saves += 1;
    await sleep(2);
  }
  expect((await running).ok).toBe(true);
  expect(saves).toBeGreaterThan(20);
  expect(await call(wb, 'note:get', { id })).toMatchObject({ body: `Typed during the backup, ${saves - 1}` });
});
