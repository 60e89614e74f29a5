import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT } from '../../../src/main/vault/crypto';
import { VAULT_ORIGINS } from '../support/legacy-vault';
import {
  call,
  callError,
  createVault,
  openTempWorkbench,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { findPlaintext } from '../support/vault-files';

const open: TempWorkbench[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.cleanup();
});

function keyFile(dir: string): {
  version: number;
  database: Record<string, unknown>;
  passphrase: { kdf: Record<string, unknown> };
  recovery: { kdf: Record<string, unknown> };
} {
  return JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8'));
}

describe.each(VAULT_ORIGINS)('key derivation and the key file (%s vault)', (origin) => {
  it('the production scrypt cost (N = 2^17, r = 8, p = 1) creates and unlocks a vault', async () => {
    const wb = openTempWorkbench({ scryptCost: { ...DEFAULT_SCRYPT } });
    open.push(wb);
    await createVault(wb, TEST_PASSPHRASE, origin);
    const { id } = (await call(wb, 'note:save', { body: 'Saved under the real parameters.' })) as {
      id: string;
    };
    await call(wb, 'vault:lock', {});

    expect(DEFAULT_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(keyFile(wb.dir).passphrase.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    // Version 2 records how the database is encrypted beside the wrapped keys.
    expect(keyFile(wb.dir).version).toBe(2);
    expect(keyFile(wb.dir).database).toEqual({
      cipher: 'aegis',
      algorithm: 'aegis-256',
      pageSize: 4096,
      // A migrated file keeps SQLCipher's reserved bytes per page.
      reserveBytes: origin === 'new' ? 64 : 80,
      key: 'raw-data-key',
      headerSalt: 'hmac-sha256',
    });

    // A restart: a new workbench without any cost override reads the parameters from the key file.
    const restarted = openTempWorkbench({ dir: wb.dir, scryptCost: undefined });
    await call(restarted, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await call(restarted, 'note:get', { id })).toMatchObject({
      body: 'Saved under the real parameters.',
    });
    restarted.close();
  }, 60_000);

  it('the key file holds neither the passphrase nor the recovery key', async () => {
    const wb = openTempWorkbench();
    open.push(wb);
    const recoveryKey = await createVault(wb, TEST_PASSPHRASE, origin);
    await call(wb, 'vault:lock', {});
    expect(findPlaintext(wb.dir, TEST_PASSPHRASE)).toEqual([]);
    expect(findPlaintext(wb.dir, recoveryKey)).toEqual([]);
    expect(findPlaintext(wb.dir, recoveryKey.replace(/-/g, ''))).toEqual([]);
  });

  it('a key file whose KDF parameters were tampered with refuses the right passphrase', async () => {
    const wb = openTempWorkbench();
    open.push(wb);
    await createVault(wb, TEST_PASSPHRASE, origin);
    await call(wb, 'vault:lock', {});
    const file = keyFile(wb.dir);
    // Weakening the cost would make guessing cheaper; the wrapped key is bound to it, so it fails.
    file.passphrase.kdf['N'] = 2 ** 10;
    writeFileSync(join(wb.dir, 'vault.key'), JSON.stringify(file));
    const restarted = openTempWorkbench({ dir: wb.dir });
    expect((await callError(restarted, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).code).toBe(
      'wrong_passphrase',
    );
    restarted.close();
  });

  it('an unreadable key file gives corrupt_vault, and a missing one no_vault', async () => {
    const wb = openTempWorkbench();
    open.push(wb);
    await createVault(wb, TEST_PASSPHRASE, origin);
    await call(wb, 'vault:lock', {});
    writeFileSync(join(wb.dir, 'vault.key'), '{"format":"something else"}');
    expect((await callError(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).code).toBe('corrupt_vault');

    const empty = openTempWorkbench();
    open.push(empty);
    expect((await callError(empty, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).code).toBe('no_vault');
  });
});
