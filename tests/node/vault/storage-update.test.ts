/**
 * A vault made by the previous version (a version 1 key file, a SQLCipher 4 database, made
 * here by test code) is updated to AEGIS on its first unlock, once; the facilitator's screen
 * knows beforehand from the vault status. The copy is verified before anything is replaced,
 * and whatever goes wrong the old file is kept.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/vault/migrations';
import type { StorageUpdateStep } from '../../../src/main/vault/storage-update';
import { readNotesFromDisk, withLegacyDatabase, writeLegacyVault } from '../support/legacy-vault';
import {
  call,
  callError,
  openTempWorkbench,
  tempDir,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { findPlaintext, flipBytes, hashFolder, leafPagesOf, PAGE_SIZE } from '../support/vault-files';

const CANARY = 'CANARY-update-Quillon';
const open: TempWorkbench[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

function workbench(dir: string, options: Parameters<typeof openTempWorkbench>[0] = {}): TempWorkbench {
  const wb = openTempWorkbench({ ...options, dir });
  open.push(wb);
  return wb;
}

const bodies = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => `Note ${i} about ${CANARY}: ${'the circle met again. '.repeat(50)}`,
  );

function keyFile(dir: string): { version: number; database?: { cipher: string; reserveBytes?: number } } {
  return JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8'));
}

describe('the storage update from SQLCipher to AEGIS', () => {
  it('happens on the first unlock, keeps every note (those only in the WAL too), and only once', async () => {
    const dir = folder();
    const legacy = await writeLegacyVault(dir, { notes: bodies(60), leaveWal: true });
    expect(statSync(join(dir, 'vault.db-wal')).size).toBeGreaterThan(0);
    const wb = workbench(dir);
    // The unlock screen knows before the unlock that this one will update the storage.
    expect(await call(wb, 'vault:status')).toEqual({ state: 'locked', retryAfterMs: 0, storageUpdate: true });

    expect(await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).toEqual({
      state: 'unlocked',
      retryAfterMs: 0,
    });
    expect(keyFile(dir)).toMatchObject({ version: 2, database: { cipher: 'aegis', reserveBytes: 80 } });
    // The AEGIS header: derived salt, 4096-byte pages, WAL, SQLCipher's 80 reserved bytes kept.
    const header = readFileSync(join(dir, 'vault.db')).subarray(0, 24);
    expect(header.subarray(16).toString('hex')).toBe('1000020250402020');
    for (const [i, id] of legacy.noteIds.entries()) {
      expect(await call(wb, 'note:get', { id })).toMatchObject({
        body: bodies(60)[i],
        caseId: legacy.caseId,
      });
    }
    expect(readdirSync(dir).filter((name) => name.includes('updating'))).toEqual([]);

    await call(wb, 'vault:lock', {});
    expect(await call(wb, 'vault:status')).toEqual({ state: 'locked', retryAfterMs: 0 });
    const keyBytes = readFileSync(join(dir, 'vault.key'));
    const again = workbench(dir);
    await call(again, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(readFileSync(join(dir, 'vault.key')).equals(keyBytes)).toBe(true);
    expect(await call(again, 'note:get', { id: legacy.noteIds[59] })).toMatchObject({ body: bodies(60)[59] });
  });

  it('never puts case text on disk in clear, at any step of the update', async () => {
    const dir = folder();
    await writeLegacyVault(dir, { notes: bodies(40), leaveWal: true });
    const seen: string[] = [];
    const wb = workbench(dir, {
      storageUpdateHooks: {
        reached(step: StorageUpdateStep) {
          seen.push(step);
          expect(findPlaintext(dir, CANARY), step).toEqual([]);
          expect(findPlaintext(dir, 'SQLite format 3'), step).toEqual([]);
        },
      },
    });
    await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(seen).toEqual(['copied', 'verified', 'committed', 'swapped']);
    expect(findPlaintext(dir, CANARY)).toEqual([]);
  });

  it('a copy that does not verify is removed; the old vault opens as it was and the next unlock tries again', async () => {
    const dir = folder();
    const legacy = await writeLegacyVault(dir, { notes: bodies(80) });
    const before = hashFolder(dir);
    const wb = workbench(dir, {
      storageUpdateHooks: {
        reached(step: StorageUpdateStep) {
          // A page in the middle of the copy changes after it was written: the check must see it.
          if (step !== 'copied') return;
          const copy = join(dir, 'vault.db.updating');
          const pages = statSync(copy).size / PAGE_SIZE;
          flipBytes(copy, Math.floor(pages / 2) * PAGE_SIZE + 300);
        },
      },
    });
    expect(await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).toEqual({
      state: 'unlocked',
      retryAfterMs: 0,
    });
    expect(readdirSync(dir).filter((name) => name.includes('updating'))).toEqual([]);
    expect(hashFolder(dir)['vault.key']).toBe(before['vault.key']);
    expect(await call(wb, 'note:get', { id: legacy.noteIds[3] })).toMatchObject({ body: bodies(80)[3] });
    await call(wb, 'vault:lock', {});
    expect((await readNotesFromDisk(dir)).format).toBe('sqlcipher');
    expect(await call(wb, 'vault:status')).toMatchObject({ storageUpdate: true });

    const next = workbench(dir);
    await call(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(keyFile(dir).database?.cipher).toBe('aegis');
    expect(await call(next, 'note:get', { id: legacy.noteIds[79] })).toMatchObject({ body: bodies(80)[79] });
  });

  it('an old file that cannot be read is kept aside as it was, and a fresh AEGIS vault opens', async () => {
    const dir = folder();
    await writeLegacyVault(dir, { notes: bodies(80) });
    // A page that holds notes: a free page (left by an index a migration rebuilt) holds
    // nothing, and the update rightly copies past it.
    let leaves: number[] = [];
    await withLegacyDatabase(dir, (db) => {
      leaves = leafPagesOf(db, 'notes');
    });
    const page = leaves[Math.floor(leaves.length / 2)]!;
    const damaged = flipBytes(join(dir, 'vault.db'), (page - 1) * PAGE_SIZE + 500, 8);
    const wrapsBefore = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as Record<string, unknown>;

    const wb = workbench(dir);
    const state = await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(state).toMatchObject({ state: 'unlocked', problem: { code: 'corrupt_vault' } });
    const moved = readdirSync(dir).find((name) => name.startsWith('vault.db.unreadable-'))!;
    expect(readFileSync(join(dir, moved)).equals(damaged)).toBe(true);
    const after = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as Record<string, unknown>;
    expect(after).toMatchObject({ version: 2, database: { cipher: 'aegis', reserveBytes: 64 } });
    expect(after['passphrase']).toEqual(wrapsBefore['passphrase']);
    expect(after['recovery']).toEqual(wrapsBefore['recovery']);
    const { id } = (await call(wb, 'case:create', {
      title: 'After the damage',
      processType: 'circle',
      setting: 'other',
    })) as { id: string };
    expect(id).toBeTruthy();
    expect(existsSync(join(dir, moved))).toBe(true);
  });

  it('an old vault from a newer schema is refused without a byte changing, and not updated', async () => {
    const dir = folder();
    await writeLegacyVault(dir, { notes: bodies(5) });
    await withLegacyDatabase(dir, (db) => db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`));
    const before = hashFolder(dir);
    const wb = workbench(dir);
    expect((await callError(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).code).toBe('newer_schema');
    expect(hashFolder(dir)).toEqual(before);
    expect(await call(wb, 'vault:status')).toMatchObject({ state: 'locked', storageUpdate: true });
  });

  it('recovering an old vault with its recovery key updates it and keeps the new passphrase', async () => {
    const dir = folder();
    const legacy = await writeLegacyVault(dir, { notes: bodies(5) });
    const wb = workbench(dir);
    const fresh = 'orchard lantern seventeen willows';
    expect(
      await call(wb, 'vault:recover', { recoveryKey: legacy.recoveryKey, newPassphrase: fresh }),
    ).toMatchObject({ state: 'unlocked' });
    expect(keyFile(dir).database?.cipher).toBe('aegis');
    await call(wb, 'vault:lock', {});
    const next = workbench(dir);
    expect((await callError(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).code).toBe(
      'wrong_passphrase',
    );
    await call(next, 'vault:unlock', { passphrase: fresh });
    expect(await call(next, 'note:get', { id: legacy.noteIds[4] })).toMatchObject({ body: bodies(5)[4] });
  });
});
