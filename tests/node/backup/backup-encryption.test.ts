/**
 * Backups keep case text secret: after a full cycle (back up, a second backup, a restore on
 * a new computer) no backup, no temp file caught while being written or verified, nothing in
 * the backup folder or the new vault folder holds a canary in UTF-8, UTF-16LE or UTF-16BE, or
 * a plain SQLite header. In clear a backup holds only its format marker and what derives the
 * wrapping keys (the two wraps with their KDF parameters, and the file's salt).
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { SQLITE_PLAINTEXT_HEADER } from '../../../src/main/vault/file-header';
import { readPrefix } from '../../../src/main/vault/backup/backup-format';
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
import { addPerson, createCase } from '../support/case-fixtures';
import { call, createVault, tempDir, TEST_PASSPHRASE } from '../support/temp-workbench';
import { findPlaintext, listFolder } from '../support/vault-files';

const CANARY = 'CANARY-Zebedee-4c1d';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function dir(prefix: string): string {
  const d = tempDir(prefix);
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

it('no canary and no plain SQLite header in any backup, temp file or folder after a full cycle', async () => {
  const folder = backupFolder();
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  const caught = dir('rw-caught-');
  let n = 0;
  const hooks: BackupHooks = {
    reached(step) {
      // Copies of what exists only for a moment: the file being written, the one being verified.
      const from =
        step === 'written'
          ? join(
              folder,
              readdirSync(folder).find((name) => name.endsWith('.writing'))!,
            )
          : step === 'opened'
            ? join(wb.dir, 'vault.db.verifying')
            : null;
      if (from) copyFileSync(from, join(caught, `${step}-${(n += 1)}`));
    },
  };
  const wb = backupWorkbench({ folder, file: null }, { backupHooks: hooks });
  cleanups.push(() => wb.cleanup());
  await createVault(wb);
  const kase = await createCase(wb, { title: `Case of ${CANARY}` });
  await addPerson(wb, kase.id, `${CANARY} Brightwater`, 'harmed');
  await call(wb, 'note:save', {
    caseId: kase.id,
    body: `Spoke with ${CANARY} at length. ${'Ünïcödé détail. '.repeat(200)}`,
  });
  await call(wb, 'settings:update', { organisationName: `${CANARY} Service` });
  await chooseBackupFolder(wb);
  await backUpNow(wb);
  await call(wb, 'note:save', { caseId: kase.id, body: `A second note about ${CANARY}.` });
  await backUpNow(wb);
  expect(readdirSync(caught).sort()).toEqual(['opened-2', 'opened-4', 'written-1', 'written-3']);

  const dialog: DialogAnswers = { folder: null, file: null };
  const fresh = backupWorkbench(dialog);
  cleanups.push(() => fresh.cleanup());
  const candidate = await chooseBackupFile(fresh, dialog, join(folder, completeBackups(folder).at(-1)!));
  await openWithPassphrase(fresh, candidate.token, TEST_PASSPHRASE);
  await applyRestore(fresh, candidate.token);
  // The restore really holds the canary: without this the scan below would prove nothing.
  const notes = (await call(fresh, 'note:list', { caseId: kase.id })) as { body: string }[];
  expect(notes.some((note) => note.body.includes(CANARY))).toBe(true);
  await call(fresh, 'vault:lock', {});
  await call(wb, 'vault:lock', {});

  const scanned = dir('rw-scanned-');
  for (const [name, from] of [
    ['backups', folder],
    ['caught', caught],
    ['new-vault', fresh.dir],
  ] as const) {
    mkdirSync(join(scanned, name));
    for (const file of listFolder(from))
      copyFileSync(join(from, file), join(scanned, name, file.replace(/\//g, '_')));
  }
  expect(listFolder(scanned).length).toBeGreaterThanOrEqual(7);
  expect(findPlaintext(scanned, CANARY)).toEqual([]);
  expect(findPlaintext(scanned, SQLITE_PLAINTEXT_HEADER)).toEqual([]);

  // In clear: the marker, then the header with the wraps and the salt, nothing else.
  for (const name of completeBackups(folder)) {
    const path = join(folder, name);
    const prefix = readPrefix(path);
    expect(Object.keys(prefix.header).sort()).toEqual(['passphrase', 'recovery', 'salt']);
    expect(Object.keys(prefix.header.passphrase).sort()).toEqual(['ciphertext', 'iv', 'kdf', 'tag']);
    const bytes = readFileSync(path);
    for (const word of [
      'aegis',
      'schemaVersion',
      'createdAt',
      'notes',
      'cases',
      '0.1.0',
      'Restorative Workbench',
    ]) {
      expect(bytes.includes(Buffer.from(word)), word).toBe(false);
    }
  }
});
