/**
 * The facilitator's path: choose a folder, back up now, see the last verified backup, and
 * restore it on a new computer (an empty profile) with the passphrase: the app is as it was.
 */
import { rmSync, statSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { call, createVault, TEST_PASSPHRASE, type TempWorkbench } from '../support/temp-workbench';
import {
  applyRestore,
  backUpNow,
  backupFolder,
  backupWorkbench,
  chooseBackupFile,
  chooseBackupFolder,
  completeBackups,
  onlyBackup,
  openWithPassphrase,
  type DialogAnswers,
} from '../support/backup-kit';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function track(wb: TempWorkbench): TempWorkbench {
  cleanups.push(() => wb.cleanup());
  return wb;
}

it('backs up into the chosen folder, says so, and restores on a new computer with the passphrase', async () => {
  const folder = backupFolder();
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const answers: DialogAnswers = { folder, file: null };
  const old = track(backupWorkbench(answers));
  await createVault(old);
  const made = (await call(old, 'case:create', {
    title: 'Harbour Street circle',
    processType: 'circle',
    setting: 'community',
  })) as { id: string };
  await call(old, 'note:save', { caseId: made.id, body: 'Spoke with the neighbours about the fence.' });

  const chosen = await chooseBackupFolder(old);
  expect(chosen.folders).toEqual([{ slot: 'first', path: folder, reachable: true, problem: null }]);
  const now = await backUpNow(old);
  expect(now.results).toEqual([
    expect.objectContaining({ folder, outcome: 'verified', message: 'Backed up and verified.' }),
  ]);
  const name = completeBackups(folder)[0]!;
  expect(name).toMatch(/^restorative-workbench-\d{4}-\d{2}-\d{2}T\d{4}\.rwbackup$/);
  expect(now.status.lastVerified).toEqual({
    at: expect.any(String),
    folder,
    file: name,
    bytes: statSync(onlyBackup(folder)).size,
  });
  expect(now.status.notice).toBeNull();
  // The status Back up now answers with is the one Settings shows: no longer "backing up".
  expect(now.status.running).toBe(false);

  // A new computer: an empty profile, the backup chosen from the first-run screen.
  const fresh = track(backupWorkbench({ folder: null, file: null }));
  expect((await call(fresh, 'vault:status')) as { state: string }).toMatchObject({ state: 'absent' });
  const answersNew: DialogAnswers = { folder: null, file: null };
  const freshWb = track(backupWorkbench(answersNew));
  const candidate = await chooseBackupFile(freshWb, answersNew, onlyBackup(folder));
  expect(candidate).toMatchObject({ name, folder, opened: null });
  const summary = await openWithPassphrase(freshWb, candidate.token, TEST_PASSPHRASE);
  expect(summary).toMatchObject({ cases: 1, people: 0, thisVault: null, appVersion: '0.1.0' });
  const restored = await applyRestore(freshWb, candidate.token);
  expect(restored).toMatchObject({ cases: 1, people: 0, keptAs: null });
  expect((await call(freshWb, 'vault:status')) as { state: string }).toMatchObject({ state: 'unlocked' });
  const notes = (await call(freshWb, 'note:list', { caseId: made.id })) as { body: string }[];
  expect(notes.map((n) => n.body)).toEqual(['Spoke with the neighbours about the fence.']);

  // It locks and unlocks with the passphrase the backup was made with.
  await call(freshWb, 'vault:lock', {});
  await call(freshWb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
  const status = (await call(freshWb, 'backup:status')) as {
    folders: { path: string }[];
    lastRestore: unknown;
  };
  expect(status.folders.map((f) => f.path)).toEqual([folder]);
  expect(status.lastRestore).toMatchObject({ keptAs: null });
});
