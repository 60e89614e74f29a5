/**
 * The other ways into a restore: after a passphrase change (an older backup still opens with
 * the passphrase it was made with, or the recovery key); a backup made by an older version
 * (older schema, SQLCipher storage), migrated on restore; and a damaged vault, where the
 * latest verified backup is offered and restores without a secret (it is this vault's).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { BackupStatus, RestoreCandidate } from '../../../src/shared/schemas/backups';
import { SQLCIPHER_V4_RECORD } from '../../../src/main/vault/cipher-record';
import { deriveWrappingKey, unwrapKey, type WrappedKey } from '../../../src/main/vault/crypto';
import { writeBackup } from '../../../src/main/vault/backup/backup-writer';
import { readKeyFile } from '../../../src/main/vault/key-file';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/vault/migrations';
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
import { writeLegacyVault } from '../support/legacy-vault';
import {
  call,
  callError,
  createVault,
  tempDir,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';

const NEW_PASSPHRASE = 'harbour lantern willow seventeen';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function folderForTest(): string {
  const folder = backupFolder();
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

function newComputer(): { w: TempWorkbench; dialog: DialogAnswers } {
  const dialog: DialogAnswers = { folder: null, file: null };
  const w = backupWorkbench(dialog);
  cleanups.push(() => w.cleanup());
  return { w, dialog };
}

it('after a passphrase change, an older backup opens with the passphrase it was made with, or the recovery key', async () => {
  const folder = folderForTest();
  let clock = new Date('2026-05-04T10:00:00');
  const wb = backupWorkbench({ folder, file: null }, { now: () => clock.getTime() });
  cleanups.push(() => wb.cleanup());
  const recoveryKey = await createVault(wb);
  await call(wb, 'note:save', { body: 'Before the change' });
  await chooseBackupFolder(wb);
  await backUpNow(wb);
  await call(wb, 'vault:changePassphrase', {
    currentPassphrase: TEST_PASSPHRASE,
    newPassphrase: NEW_PASSPHRASE,
  });
  clock = new Date('2026-05-05T10:00:00');
  await call(wb, 'note:save', { body: 'After the change' });
  await backUpNow(wb);
  const [older, newer] = completeBackups(folder).map((name) => join(folder, name));

  const { w, dialog } = newComputer();
  const old = await chooseBackupFile(w, dialog, older!);
  const refused = await callError(w, 'restore:open', {
    token: old.token,
    with: 'passphrase',
    passphrase: NEW_PASSPHRASE,
  });
  expect(refused.code).toBe('wrong_passphrase');
  expect(refused.message).toContain(
    'A backup made before a passphrase change opens with the passphrase you had then',
  );
  expect(await openWithPassphrase(w, old.token, TEST_PASSPHRASE)).toMatchObject({ cases: 1 });
  expect(
    await call(w, 'restore:open', {
      token: old.token,
      with: 'recovery-key',
      recoveryKey,
      newPassphrase: 'copper kettle meadow twelve',
    }),
  ).toMatchObject({ cases: 1 });

  const recent = await chooseBackupFile(w, dialog, newer!);
  expect(
    (
      await callError(w, 'restore:open', {
        token: recent.token,
        with: 'passphrase',
        passphrase: TEST_PASSPHRASE,
      })
    ).code,
  ).toBe('wrong_passphrase');
  await openWithPassphrase(w, recent.token, NEW_PASSPHRASE);
  await applyRestore(w, recent.token);
  await call(w, 'vault:lock', {});
  await call(w, 'vault:unlock', { passphrase: NEW_PASSPHRASE });
  expect(((await call(w, 'case:list', {})) as { total: number }).total).toBe(1);
});

it('a backup made by an older version (older schema, SQLCipher storage) is migrated on restore', async () => {
  const folder = folderForTest();
  const oldDir = tempDir('rw-old-version-');
  cleanups.push(() => rmSync(oldDir, { recursive: true, force: true }));
  const legacy = await writeLegacyVault(oldDir, {
    notes: ['Written by the previous version.', 'A second note.'],
    schemaVersion: 6,
  });
  // The previous version's backup, written by the backup writer over its database.
  const key = readKeyFile(join(oldDir, 'vault.key'));
  const dataKey = unwrapKey(
    key.passphrase,
    await deriveWrappingKey(Buffer.from(TEST_PASSPHRASE), key.passphrase.kdf),
  )!;
  const written = await writeBackup(
    {
      dbPath: join(oldDir, 'vault.db'),
      record: SQLCIPHER_V4_RECORD,
      dataKey,
      wraps: { passphrase: key.passphrase as WrappedKey, recovery: key.recovery as WrappedKey },
    },
    { folder, scratchDir: oldDir, now: new Date('2026-01-10T12:00:00Z'), appVersion: '0.0.9' },
  );
  dataKey.fill(0);

  const { w, dialog } = newComputer();
  const candidate = await chooseBackupFile(w, dialog, written.path);
  expect(await openWithPassphrase(w, candidate.token, TEST_PASSPHRASE)).toMatchObject({
    appVersion: '0.0.9',
    cases: 1,
  });
  await applyRestore(w, candidate.token);
  // Now in the current format and schema, every note there.
  expect(readKeyFile(join(w.dir, 'vault.key')).database.cipher).toBe('aegis');
  expect(w.vault.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  const notes = (await call(w, 'note:list', { caseId: legacy.caseId })) as { body: string }[];
  expect(notes.map((n) => n.body).sort()).toEqual(['A second note.', 'Written by the previous version.']);
  expect(((await call(w, 'backup:status')) as BackupStatus).settings).toMatchObject({
    interval: 'daily',
    keepDaily: 7,
  });
  expect(readdirSync(w.dir).filter((n) => n.includes('updating') || n.includes('restoring'))).toEqual([]);
});

it('a damaged vault: the latest verified backup is offered and restores without a secret; no backup of the empty vault meanwhile', async () => {
  const folder = folderForTest();
  const wb = backupWorkbench({ folder, file: null });
  cleanups.push(() => wb.cleanup());
  await createVault(wb);
  const kase = (await call(wb, 'case:create', {
    title: 'Corridor incident',
    processType: 'circle',
    setting: 'school',
  })) as { id: string };
  await call(wb, 'note:save', { caseId: kase.id, body: 'Everyone agreed to a circle on Monday.' });
  await chooseBackupFolder(wb);
  await backUpNow(wb);
  await call(wb, 'vault:lock', {});
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(wb.dir, `vault.db${suffix}`), { force: true });
  writeFileSync(join(wb.dir, 'vault.db'), randomBytes(64 * 1024));

  const state = (await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE })) as {
    problem?: { code: string };
  };
  expect(state.problem?.code).toBe('corrupt_vault');
  expect(((await call(wb, 'case:list', {})) as { total: number }).total).toBe(0);
  // The fresh, empty vault is not backed up over the good backups at this lock.
  await call(wb, 'note:save', { body: 'Typed into the fresh vault' });
  await call(wb, 'vault:lock', {});
  expect(completeBackups(folder)).toHaveLength(1);
  await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });

  const listed = (await call(wb, 'backup:list')) as { backups: RestoreCandidate[] };
  expect(listed.backups).toHaveLength(1);
  expect(listed.backups[0]).toMatchObject({
    name: completeBackups(folder)[0],
    opened: { cases: 1, people: 0 },
  });
  const restored = await applyRestore(wb, listed.backups[0]!.token);
  expect(restored).toMatchObject({ cases: 1, keptAs: expect.stringMatching(/^vault\.db\.before-restore-/) });
  const notes = (await call(wb, 'note:list', { caseId: kase.id })) as { body: string }[];
  expect(notes.map((n) => n.body)).toEqual(['Everyone agreed to a circle on Monday.']);
  // Nothing deleted: the unreadable file and the fresh one are both kept.
  const kept = readdirSync(wb.dir);
  expect(kept.some((n) => n.startsWith('vault.db.unreadable-'))).toBe(true);
  expect(kept).toContain(restored.keptAs);
  expect(existsSync(onlyBackup(folder))).toBe(true);
  expect(readFileSync(join(wb.dir, 'vault.key'), 'utf8')).toContain('"aegis"');
  const status = (await call(wb, 'backup:status')) as BackupStatus;
  expect(status.lastRestore).toMatchObject({ keptAs: restored.keptAs });
  expect(status.lastVerified?.file).toBe(completeBackups(folder)[0]);
});
