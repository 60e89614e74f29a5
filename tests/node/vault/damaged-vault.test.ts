import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/vault/migrations';
import {
  call,
  callError,
  createVault,
  noteCount,
  openTempWorkbench,
  tempDir,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { hashFolder, listFolder } from '../support/vault-files';

const open: TempWorkbench[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workbench(dir: string, now?: () => number): TempWorkbench {
  const wb = openTempWorkbench(now ? { dir, now } : { dir });
  open.push(wb);
  return wb;
}

async function vaultWithNotes(count: number): Promise<{ wb: TempWorkbench; dir: string; ids: string[] }> {
  const dir = tempDir();
  dirs.push(dir);
  const wb = workbench(dir);
  await createVault(wb);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      ((await call(wb, 'note:save', { body: `Note ${i}: ${'detail '.repeat(300)}` })) as { id: string }).id,
    );
  }
  return { wb, dir, ids };
}

describe('a vault written by a newer version of the app', () => {
  it('is refused with newer_schema and not a byte of the closed vault changes', async () => {
    const { wb, dir } = await vaultWithNotes(3);
    wb.vault.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await call(wb, 'vault:lock', {});
    const before = hashFolder(dir);
    expect(Object.keys(before)).toEqual(['vault.db', 'vault.key']);

    const next = workbench(dir);
    const error = await callError(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(error.code).toBe('newer_schema');
    expect(error.message).toMatch(/newer version/);
    expect(await call(next, 'vault:status')).toMatchObject({
      state: 'locked',
      problem: { code: 'newer_schema' },
    });
    expect(hashFolder(dir)).toEqual(before);
  });

  it('is refused without checkpointing its WAL (crash image: vault.db + -wal + -shm)', async () => {
    const { wb, dir } = await vaultWithNotes(3);
    wb.vault.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    // Copy the folder while the writer is still open: the schema bump lives only in the WAL.
    const image = tempDir();
    dirs.push(image);
    for (const name of ['vault.key', 'vault.db', 'vault.db-wal', 'vault.db-shm']) {
      copyFileSync(join(dir, name), join(image, name));
    }
    const before = hashFolder(image);
    expect(readFileSync(join(image, 'vault.db-wal')).length).toBeGreaterThan(0);

    const next = workbench(image);
    expect((await callError(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).code).toBe(
      'newer_schema',
    );
    const after = hashFolder(image);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after['vault.db']).toBe(before['vault.db']);
    expect(after['vault.db-wal']).toBe(before['vault.db-wal']);
    expect(after['vault.key']).toBe(before['vault.key']);
  });
});

describe('a damaged database file', () => {
  const PAGE = 4096;
  const fixedNow = Date.parse('2026-03-01T10:00:00.000Z');
  const movedName = 'vault.db.unreadable-2026-03-01T10-00-00-000Z';

  it.each([
    ['its first page', 40],
    ['a later page', PAGE * 3 + 100],
    ['its last page', -PAGE + 64],
  ])(
    'damaged in %s: unlock starts a fresh database, reports corrupt_vault and keeps the damaged file byte-identical',
    async (_label, offset) => {
      const { wb, dir, ids } = await vaultWithNotes(12);
      await call(wb, 'vault:lock', {});
      const dbPath = join(dir, 'vault.db');
      const damaged = readFileSync(dbPath);
      const at = offset >= 0 ? offset : damaged.length + offset;
      expect(at + 512).toBeLessThanOrEqual(damaged.length);
      randomBytes(512).copy(damaged, at);
      writeFileSync(dbPath, damaged);
      const keyBefore = hashFolder(dir)['vault.key'];

      const next = workbench(dir, () => fixedNow);
      const state = await call(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
      expect(state).toMatchObject({ state: 'unlocked', problem: { code: 'corrupt_vault' } });
      expect(next.vault.status().problem?.code).toBe('corrupt_vault');
      expect(next.vault.status().problem?.message).toContain(movedName);
      expect(next.vault.status().problem?.message).toMatch(/Nothing was deleted/);

      // Kept under its new name, exactly as it was; the key file is untouched.
      expect(readFileSync(join(dir, movedName)).equals(damaged)).toBe(true);
      expect(hashFolder(dir)['vault.key']).toBe(keyBefore);
      expect(listFolder(dir)).toEqual(expect.arrayContaining(['vault.db', 'vault.key', movedName]));

      // The facilitator can keep working in the fresh database.
      expect(noteCount(next)).toBe(0);
      expect((await callError(next, 'note:get', { id: ids[0] })).code).toBe('not_found');
      const { id } = (await call(next, 'note:save', { body: 'Written after the damage.' })) as { id: string };
      await call(next, 'vault:lock', {});
      await call(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
      expect(await call(next, 'note:get', { id })).toMatchObject({ body: 'Written after the damage.' });
      expect(readFileSync(join(dir, movedName)).equals(damaged)).toBe(true);
      expect(existsSync(join(dir, movedName))).toBe(true);
    },
  );
});
