import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/vault/migrations';
import { VAULT_ORIGINS, type VaultOrigin } from '../support/legacy-vault';
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
import { hashFolder, listFolder, PAGE_SIZE } from '../support/vault-files';

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

async function vaultWithNotes(
  count: number,
  origin: VaultOrigin,
): Promise<{ wb: TempWorkbench; dir: string; ids: string[] }> {
  const dir = tempDir();
  dirs.push(dir);
  const wb = workbench(dir);
  await createVault(wb, TEST_PASSPHRASE, origin);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      ((await call(wb, 'note:save', { body: `Note ${i}: ${'detail '.repeat(300)}` })) as { id: string }).id,
    );
  }
  return { wb, dir, ids };
}

describe.each(VAULT_ORIGINS)('a vault written by a newer version of the app (%s vault)', (origin) => {
  it('is refused with newer_schema and not a byte of the closed vault changes', async () => {
    const { wb, dir } = await vaultWithNotes(3, origin);
    wb.vault.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await call(wb, 'vault:lock', {});
    const before = hashFolder(dir);
    expect(Object.keys(before)).toEqual(['vault.db', 'vault.key', 'vault.state']);

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

  it('refuses recovery with the recovery key too, changing no file (the old passphrase still opens it later)', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const wb = workbench(dir);
    const recoveryKey = await createVault(wb, TEST_PASSPHRASE, origin);
    wb.vault.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    await call(wb, 'vault:lock', {});
    const before = hashFolder(dir);
    const next = workbench(dir);
    const error = await callError(next, 'vault:recover', {
      recoveryKey,
      newPassphrase: 'a brand new passphrase for later',
    });
    expect(error.code).toBe('newer_schema');
    // Refused means refused: the key file still opens with the old passphrase, nothing moved.
    expect(hashFolder(dir)).toEqual(before);
    expect((await callError(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).code).toBe(
      'newer_schema',
    );
  });

  it('is refused without checkpointing its WAL (crash image: vault.db + -wal + -shm)', async () => {
    const { wb, dir } = await vaultWithNotes(3, origin);
    wb.vault.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    // Copy the folder while the writer is still open: the schema bump lives only in the WAL.
    const image = tempDir();
    dirs.push(image);
    for (const name of ['vault.key', 'vault.state', 'vault.db', 'vault.db-wal', 'vault.db-shm']) {
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

describe.each(VAULT_ORIGINS)('a damaged database file (%s vault)', (origin) => {
  // A day and a bit after the vault was made, so the full check after unlock is due (a
  // migrated vault was verified whole when it was migrated).
  const laterNow = Math.floor((Date.now() + 25 * 3_600_000) / 1000) * 1000;
  const movedName = `vault.db.unreadable-${new Date(laterNow).toISOString().replace(/[:.]/g, '-')}`;

  it.each([
    ['its first page', 40],
    ['a later page', PAGE_SIZE * 3 + 100],
    ['its last page', -PAGE_SIZE + 64],
  ])(
    'damaged in %s: found at unlock or by the check after it; a fresh database, corrupt_vault, the damaged file kept byte-identical',
    async (_label, offset) => {
      const { wb, dir, ids } = await vaultWithNotes(12, origin);
      await call(wb, 'vault:lock', {});
      const dbPath = join(dir, 'vault.db');
      const damaged = readFileSync(dbPath);
      const at = offset >= 0 ? offset : damaged.length + offset;
      expect(at + 512).toBeLessThanOrEqual(damaged.length);
      randomBytes(512).copy(damaged, at);
      writeFileSync(dbPath, damaged);
      const keyBefore = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as Record<string, unknown>;

      const next = workbench(dir, () => laterNow);
      expect(await call(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
        state: 'unlocked',
      });
      // Whichever found it (the header and schema pages are read at unlock, the rest by the
      // full check in its worker), the outcome is the same.
      expect(['not-due', 'damaged']).toContain(await next.vault.integrityCheck);
      expect(next.vault.status().problem?.code).toBe('corrupt_vault');
      expect(next.vault.status().problem?.message).toContain(movedName);
      expect(next.vault.status().problem?.message).toMatch(/Nothing was deleted/);

      // Kept under its new name, exactly as it was; the wrapped keys are untouched.
      expect(readFileSync(join(dir, movedName)).equals(damaged)).toBe(true);
      const keyAfter = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as Record<string, unknown>;
      expect(keyAfter['passphrase']).toEqual(keyBefore['passphrase']);
      expect(keyAfter['recovery']).toEqual(keyBefore['recovery']);
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
