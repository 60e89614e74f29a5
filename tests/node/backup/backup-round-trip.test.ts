/**
 * The round trip: a vault with cases, people, notes with revisions, maps with snapshots,
 * agreements with versions and follow-up, and settings is backed up, restored into an empty
 * profile, and every channel that reads data answers exactly as it did before.
 */
import { rmSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import {
  applyRestore,
  backUpNow,
  backupFolder,
  backupWorkbench,
  chooseBackupFile,
  chooseBackupFolder,
  onlyBackup,
  openWithPassphrase,
  type DialogAnswers,
} from '../support/backup-kit';
import { readEverything, readingCalls, richVault } from '../support/rich-vault';
import { createVault, TEST_PASSPHRASE, type TempWorkbench } from '../support/temp-workbench';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

it('every reading channel answers the same after a backup is restored on a new computer', async () => {
  let clock = new Date('2026-12-01T09:00:00Z');
  const fixed = { clock: { now: () => clock }, now: () => clock.getTime() };
  const folder = backupFolder();
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const answers: DialogAnswers = { folder, file: null };
  const old: TempWorkbench = backupWorkbench(answers, fixed);
  cleanups.push(() => old.cleanup());
  await createVault(old);
  const ids = await richVault(old, (minutes) => {
    clock = new Date(clock.getTime() + minutes * 60_000);
  });
  await chooseBackupFolder(old);
  expect((await backUpNow(old)).results[0]!.outcome).toBe('verified');
  const before = await readEverything(old, ids);
  // Every call read something real: none of them failed.
  expect(Object.entries(before).filter(([, e]) => !(e as { ok: boolean }).ok)).toEqual([]);
  expect(Object.keys(before)).toHaveLength(readingCalls(ids).length);
  const value = (key: string) => (before[key] as { value: unknown }).value;
  expect(value(`note:revisions ${JSON.stringify({ noteId: ids.noteIds[0] })}`)).toHaveLength(3);
  expect(value(`map:snapshots ${JSON.stringify({ mapId: ids.mapId })}`)).toHaveLength(2);
  const agreement = value(`agreement:get ${JSON.stringify({ caseId: ids.caseId })}`) as {
    versions: unknown[];
    agreement: { actions: { history: unknown[] }[]; review: unknown };
  };
  expect(agreement.versions).toHaveLength(2);
  expect(agreement.agreement.actions[0]!.history.length).toBeGreaterThanOrEqual(2);
  expect(value('settings:get {}')).toMatchObject({ attentionDays: 21, theme: 'dark' });

  const dialog: DialogAnswers = { folder: null, file: null };
  const fresh = backupWorkbench(dialog, fixed);
  cleanups.push(() => fresh.cleanup());
  const candidate = await chooseBackupFile(fresh, dialog, onlyBackup(folder));
  await openWithPassphrase(fresh, candidate.token, TEST_PASSPHRASE);
  await applyRestore(fresh, candidate.token);
  const after = await readEverything(fresh, ids);
  expect(after).toEqual(before);
});
