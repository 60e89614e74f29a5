/**
 * Everything that can go wrong with a backup or a restore says so clearly and loses nothing:
 * the folder missing or read-only, a full disk, a wrong passphrase or recovery key, a file
 * cut short, empty, not a backup at all, changed by one byte anywhere, made by a newer
 * version; a backup of another vault; two restores at once.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupStatus } from '../../../src/shared/schemas/backups';
import { keyConnection } from '../../../src/main/vault/cipher-record';
import { readKeyFile } from '../../../src/main/vault/key-file';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/vault/migrations';
import { Database } from '../../../src/main/vault/sqlite';
import type { BackupHooks } from '../../../src/main/vault/backup/backup-writer';
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
import {
  call,
  callError,
  createVault,
  tempDir,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { hashFolder } from '../support/vault-files';

const OTHER_PASSPHRASE = 'lantern orchard river seventeen';

let folder: string;
let answers: DialogAnswers;
let hooks: BackupHooks;
let wb: TempWorkbench;
let recoveryKey: string;
let caseId: string;
const extra: (() => void)[] = [];

beforeEach(async () => {
  folder = backupFolder();
  answers = { folder, file: null };
  hooks = {};
  wb = backupWorkbench(answers, { backupHooks: hooks });
  recoveryKey = await createVault(wb);
  caseId = (
    (await call(wb, 'case:create', {
      title: 'Library circle',
      processType: 'circle',
      setting: 'school',
    })) as { id: string }
  ).id;
  await call(wb, 'note:save', { caseId, body: 'The group agreed to meet again on Friday.' });
  await chooseBackupFolder(wb);
  expect((await backUpNow(wb)).results[0]!.outcome).toBe('verified');
});

afterEach(() => {
  for (const cleanup of extra.splice(0)) cleanup();
  wb.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

function notes(w: TempWorkbench, id = caseId): Promise<string[]> {
  return (call(w, 'note:list', { caseId: id }) as Promise<{ body: string }[]>).then((list) =>
    list.map((n) => n.body),
  );
}

/** A profile with no vault, whose open-file dialog answers what the test says. */
function newComputer(): { w: TempWorkbench; dialog: DialogAnswers } {
  const dialog: DialogAnswers = { folder: null, file: null };
  const w = backupWorkbench(dialog);
  extra.push(() => w.cleanup());
  return { w, dialog };
}

/** A copy of the backup the test may spoil, in a folder of its own. */
function spareCopy(): string {
  const dir = tempDir('rw-spoilt-');
  extra.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'restorative-workbench-2026-01-01T0900.rwbackup');
  copyFileSync(onlyBackup(folder), path);
  return path;
}

describe('writing a backup', () => {
  it('a folder that is not there: said plainly, the notice asks for the drive, nothing else changes', async () => {
    const before = hashFolder(folder);
    rmSync(folder, { recursive: true, force: true });
    const result = await backUpNow(wb);
    expect(result.results).toEqual([
      {
        folder,
        outcome: 'folder-missing',
        file: null,
        message: expect.stringContaining('The backup folder cannot be found: plug in your backup drive'),
      },
    ]);
    expect(result.status.folders[0]).toMatchObject({ reachable: false });
    expect(result.status.notice?.message).toBe(
      'Last backup today: plug in your backup drive or choose another folder.',
    );
    expect(result.status.lastProblem).toMatchObject({ problem: 'folder-missing', folder });
    expect(existsSync(folder)).toBe(false);
    expect(await notes(wb)).toEqual(['The group agreed to meet again on Friday.']);
    expect(Object.keys(before)).toHaveLength(1);
  });

  it('a read-only folder: said plainly, earlier backups untouched', async () => {
    const before = hashFolder(folder);
    const root = process.getuid?.() === 0;
    chmodSync(folder, 0o555);
    // root ignores permissions; the immutable flag stops it too.
    if (root) execFileSync('chattr', ['+i', folder]);
    extra.push(() => {
      if (root) execFileSync('chattr', ['-i', folder]);
      chmodSync(folder, 0o755);
    });
    const result = await backUpNow(wb);
    expect(result.results[0]).toMatchObject({
      outcome: 'read-only',
      message: expect.stringContaining('read-only'),
    });
    expect(result.status.folders[0]).toMatchObject({
      reachable: false,
      problem: expect.stringContaining('read-only'),
    });
    expect(hashFolder(folder)).toEqual(before);
    // Choosing it again is refused at once.
    const refused = await callError(wb, 'backup:chooseFolder', { slot: 'second' });
    expect(refused.code).toBe('backup_folder');
  });

  it('a full disk (the write fails part-way): no file that looks complete, nothing left behind', async () => {
    const before = hashFolder(folder);
    hooks.failAfterBytes = 64 * 1024;
    const result = await backUpNow(wb);
    expect(result.results[0]).toMatchObject({
      outcome: 'no-space',
      message: expect.stringContaining('not enough space'),
    });
    expect(hashFolder(folder)).toEqual(before);
    expect(readdirSync(wb.dir).filter((n) => n.includes('verifying'))).toEqual([]);
    expect(result.status.lastProblem).toMatchObject({ problem: 'no-space' });
    hooks.failAfterBytes = undefined;
    expect((await backUpNow(wb)).results[0]!.outcome).toBe('verified');
    expect((await call(wb, 'backup:status')) as BackupStatus).toMatchObject({ lastProblem: null });
  });
});

describe('restoring a backup', () => {
  it('a wrong passphrase is refused, saying an older backup wants the passphrase it was made with', async () => {
    const { w, dialog } = newComputer();
    const candidate = await chooseBackupFile(w, dialog, onlyBackup(folder));
    const refused = await callError(w, 'restore:open', {
      token: candidate.token,
      with: 'passphrase',
      passphrase: 'not the right words at all',
    });
    expect(refused).toMatchObject({ code: 'wrong_passphrase', fields: { passphrase: expect.any(String) } });
    expect(refused.message).toContain('opens with the passphrase you had then, or with your recovery key');
    expect((await call(w, 'vault:status')) as { state: string }).toMatchObject({ state: 'absent' });
    expect(readdirSync(w.dir).filter((n) => n.startsWith('vault.db'))).toEqual([]);
  });

  it('a wrong recovery key (and a malformed one) is refused; the right one restores with a new passphrase', async () => {
    const { w, dialog } = newComputer();
    const candidate = await chooseBackupFile(w, dialog, onlyBackup(folder));
    const newPassphrase = 'willow harbour copper nineteen';
    const wrong = await callError(w, 'restore:open', {
      token: candidate.token,
      with: 'recovery-key',
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
      newPassphrase,
    });
    expect(wrong).toMatchObject({
      code: 'wrong_recovery_key',
      message: 'That recovery key does not open this backup.',
    });
    const garbled = await callError(w, 'restore:open', {
      token: candidate.token,
      with: 'recovery-key',
      recoveryKey: 'not a key',
      newPassphrase,
    });
    expect(garbled.code).toBe('wrong_recovery_key');
    const summary = await call(w, 'restore:open', {
      token: candidate.token,
      with: 'recovery-key',
      recoveryKey,
      newPassphrase,
    });
    expect(summary).toMatchObject({ cases: 1 });
    await applyRestore(w, candidate.token);
    await call(w, 'vault:lock', {});
    expect((await callError(w, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).code).toBe(
      'wrong_passphrase',
    );
    await call(w, 'vault:unlock', { passphrase: newPassphrase });
    expect(await notes(w)).toEqual(['The group agreed to meet again on Friday.']);
  });

  it('a truncated file, anywhere it is cut: "this backup is damaged: it is incomplete", nothing changed', async () => {
    const { w, dialog } = newComputer();
    const size = readFileSync(onlyBackup(folder)).length;
    for (const keep of [10, 200, 1_500, Math.floor(size / 2), size - 8, size - 1]) {
      // (Even the format marker and two bytes: recognisably a backup, cut short.)
      const path = spareCopy();
      truncateSync(path, keep);
      dialog.file = path;
      const error = await callError(w, 'restore:chooseFile', {});
      expect(error.code, `cut to ${keep} bytes`).toBe('backup_damaged');
      expect(error.message).toMatch(/^This backup is damaged: it is incomplete/);
    }
    expect((await call(w, 'vault:status')) as { state: string }).toMatchObject({ state: 'absent' });
  });

  it('zero bytes, and files that are not backups (text, random bytes, the vault database itself)', async () => {
    const { w, dialog } = newComputer();
    const dir = tempDir('rw-not-backups-');
    extra.push(() => rmSync(dir, { recursive: true, force: true }));
    const files = {
      empty: join(dir, 'empty.rwbackup'),
      text: join(dir, 'notes.rwbackup'),
      random: join(dir, 'random.rwbackup'),
      database: join(dir, 'vault.rwbackup'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(files.text, 'Meeting notes for Friday\n');
    writeFileSync(files.random, Buffer.alloc(100_000, 7));
    copyFileSync(wb.vault.dbPath, files.database);
    dialog.file = files.empty;
    expect(await callError(w, 'restore:chooseFile', {})).toEqual({
      code: 'not_a_backup',
      message:
        'This file is empty, so it is not a backup (perhaps one that was never finished). Nothing was changed.',
    });
    for (const path of [files.text, files.random, files.database]) {
      dialog.file = path;
      expect(await callError(w, 'restore:chooseFile', {})).toEqual({
        code: 'not_a_backup',
        message: 'This file is not a Restorative Workbench backup. Nothing was changed.',
      });
    }
    expect(readdirSync(w.dir).filter((n) => n.startsWith('vault.db'))).toEqual([]);
  });

  it('one changed byte anywhere gives "this backup is damaged", never a half restore', async () => {
    const { w, dialog } = newComputer();
    const original = readFileSync(onlyBackup(folder));
    const offsets = [0, 5, 8, 12, 20, 300, 700, 1_200, 1_800, 3_000, 5_000];
    const size = original.length;
    offsets.push(Math.floor(size / 3), Math.floor(size / 2), size - 40, size - 17, size - 9, size - 3);
    for (const offset of offsets) {
      const path = spareCopy();
      const bytes = Buffer.from(original);
      bytes[offset] = bytes[offset]! ^ 0x01;
      writeFileSync(path, bytes);
      dialog.file = path;
      const where = `byte ${offset} of ${size}`;
      const chosen = await w.dispatch('restore:chooseFile', {});
      let error: { code: string; message: string } | null = chosen.ok ? null : chosen.error;
      if (chosen.ok) {
        const token = (chosen.value as { token: string }).token;
        const opened = await w.dispatch('restore:open', {
          token,
          with: 'passphrase',
          passphrase: TEST_PASSPHRASE,
        });
        if (!opened.ok) error = opened.error;
        else {
          const applied = await w.dispatch('restore:apply', { token });
          expect(applied.ok, where).toBe(false);
          if (!applied.ok) error = applied.error;
        }
      }
      expect(error, where).toMatchObject({ code: 'backup_damaged' });
      expect(error!.message, where).toMatch(/^This backup is damaged/);
      expect((await call(w, 'vault:status')) as { state: string }, where).toMatchObject({ state: 'absent' });
      expect(
        readdirSync(w.dir).filter((n) => n.startsWith('vault.db') || n === 'vault.key'),
        where,
      ).toEqual([]);
    }
  });

  it('a backup made by a newer version is refused, naming it, and nothing changes', async () => {
    wb.vault.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await backUpNow(wb);
    const newest = join(folder, completeBackups(folder).at(-1)!);
    wb.vault.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    const { w, dialog } = newComputer();
    const candidate = await chooseBackupFile(w, dialog, newest);
    const refused = await callError(w, 'restore:open', {
      token: candidate.token,
      with: 'passphrase',
      passphrase: TEST_PASSPHRASE,
    });
    expect(refused).toEqual({
      code: 'backup_newer',
      message:
        'This backup was made by a newer version of Restorative Workbench (0.1.0). Update the app to restore it. Nothing was changed.',
    });
    expect((await call(w, 'vault:status')) as { state: string }).toMatchObject({ state: 'absent' });
  });

  it("a backup of another vault: not offered as this vault's; restoring it is allowed, the current vault kept aside", async () => {
    const otherFolder = backupFolder();
    extra.push(() => rmSync(otherFolder, { recursive: true, force: true }));
    const otherAnswers: DialogAnswers = { folder: otherFolder, file: null };
    const other = backupWorkbench(otherAnswers);
    extra.push(() => other.cleanup());
    await createVault(other, OTHER_PASSPHRASE);
    const otherCase = (
      (await call(other, 'case:create', {
        title: 'Workplace mediation',
        processType: 'workplace_mediation',
        setting: 'workplace',
      })) as { id: string }
    ).id;
    await call(other, 'note:save', { caseId: otherCase, body: 'Both colleagues came to the first meeting.' });
    await chooseBackupFolder(other);
    await backUpNow(other);

    // Listed in this vault's folder, it would not be offered: only this vault's are.
    copyFileSync(onlyBackup(otherFolder), join(folder, 'restorative-workbench-2020-01-01T0000.rwbackup'));
    const listed = (await call(wb, 'backup:list')) as { backups: { name: string }[] };
    expect(listed.backups.map((b) => b.name)).toEqual(
      completeBackups(folder).filter((n) => !n.startsWith('restorative-workbench-2020')),
    );

    const candidate = await chooseBackupFile(wb, answers, onlyBackup(otherFolder));
    expect(candidate.opened).toBeNull();
    const summary = await openWithPassphrase(wb, candidate.token, OTHER_PASSPHRASE);
    expect(summary).toMatchObject({ thisVault: false, cases: 1 });
    const restored = await applyRestore(wb, candidate.token);
    expect(restored.keptAs).toMatch(/^vault\.db\.before-restore-/);
    expect(await notes(wb, otherCase)).toEqual(['Both colleagues came to the first meeting.']);
    // The vault it replaced is kept, with the key file that opens it.
    expect(existsSync(join(wb.dir, restored.keptAs!))).toBe(true);
    expect(existsSync(join(wb.dir, restored.keptAs!.replace('vault.db.', 'vault.key.')))).toBe(true);
    await call(wb, 'vault:lock', {});
    expect((await callError(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).code).toBe(
      'wrong_passphrase',
    );
    await call(wb, 'vault:unlock', { passphrase: OTHER_PASSPHRASE });
  });

  it('two restores at once: the second is refused, the first completes, nothing is lost', async () => {
    await call(wb, 'note:save', { caseId, body: 'Written after the backup.' });
    const candidate = await chooseBackupFile(wb, answers, onlyBackup(folder));
    expect(candidate.opened).toMatchObject({ cases: 1 });
    const [first, second] = await Promise.all([
      wb.dispatch('restore:apply', { token: candidate.token }),
      wb.dispatch('restore:apply', { token: candidate.token }),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toEqual({
      ok: false,
      error: { code: 'busy', message: 'A restore is already under way. Wait for it to finish.' },
    });
    expect(await notes(wb)).toEqual(['The group agreed to meet again on Friday.']);
    const keptAs = (first as { value: { keptAs: string } }).value.keptAs;
    expect(keptAs).toMatch(/^vault\.db\.before-restore-/);
    // The note written after the backup is in the vault kept aside, which opens with its key file.
    const aside = new Database(join(wb.dir, keptAs), { readonly: true });
    const keptKey = readKeyFile(join(wb.dir, keptAs.replace('vault.db.', 'vault.key.')));
    const source = wb.vault.source();
    try {
      keyConnection(aside, keptKey.database, source.dataKey);
      const bodies = aside.prepare('SELECT body FROM notes ORDER BY created_at').pluck().all();
      expect(bodies).toEqual(['The group agreed to meet again on Friday.', 'Written after the backup.']);
    } finally {
      aside.close();
      source.dataKey.fill(0);
    }
    const status = (await call(wb, 'backup:status')) as BackupStatus;
    expect(status.lastRestore).toMatchObject({ keptAs });
  });
});
