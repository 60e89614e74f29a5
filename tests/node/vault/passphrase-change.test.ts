import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbenchOptions } from '../../../src/main/workbench';
import { VAULT_ORIGINS, type VaultOrigin } from '../support/legacy-vault';
import {
  call,
  callError,
  createVault,
  openTempWorkbench,
  tempDir,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { hashFolder } from '../support/vault-files';

const OLD = TEST_PASSPHRASE;
const NEW = 'lantern harbour seven willows';
const AFTER_RECOVERY = 'quiet orchard under snow';
const BODY = 'Agreed next steps with the school.';

let dir: string;
const open: TempWorkbench[] = [];

function workbench(options: Partial<WorkbenchOptions> = {}): TempWorkbench {
  const wb = openTempWorkbench({ ...options, dir });
  open.push(wb);
  return wb;
}

afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
  rmSync(dir, { recursive: true, force: true });
});

async function newVaultWithNote(origin: VaultOrigin, options: Partial<WorkbenchOptions> = {}) {
  dir = tempDir();
  const wb = workbench(options);
  const recoveryKey = await createVault(wb, OLD, origin);
  const { id } = (await call(wb, 'note:save', { body: BODY })) as { id: string };
  return { wb, recoveryKey, noteId: id };
}

/** Opens a brand-new workbench on the folder (as after a restart) and tries a passphrase. */
async function opensWith(passphrase: string, noteId: string): Promise<boolean> {
  const wb = workbench();
  const envelope = await wb.dispatch('vault:unlock', { passphrase });
  if (!envelope.ok) {
    expect(envelope.error.code).toBe('wrong_passphrase');
    return false;
  }
  expect(await call(wb, 'note:get', { id: noteId })).toMatchObject({ body: BODY });
  wb.close();
  return true;
}

const tempFiles = () => readdirSync(dir).filter((name) => name.endsWith('.tmp-write'));

describe.each(VAULT_ORIGINS)('changing the passphrase (%s vault)', (origin) => {
  it('after a change and a restart the new passphrase opens the vault, the old does not, and the recovery key still does', async () => {
    const { wb, recoveryKey, noteId } = await newVaultWithNote(origin);
    const keyFileBefore = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as Record<string, unknown>;
    expect(await call(wb, 'vault:changePassphrase', { currentPassphrase: OLD, newPassphrase: NEW })).toEqual({
      changed: true,
    });
    await call(wb, 'vault:lock', {});
    wb.close();

    expect(await opensWith(OLD, noteId)).toBe(false);
    expect(await opensWith(NEW, noteId)).toBe(true);
    // Only the passphrase wrap was replaced; the recovery wrap is the very same.
    const keyFileAfter = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as Record<string, unknown>;
    expect(keyFileAfter['recovery']).toEqual(keyFileBefore['recovery']);
    expect(keyFileAfter['passphrase']).not.toEqual(keyFileBefore['passphrase']);

    const recovering = workbench();
    expect(
      await call(recovering, 'vault:recover', { recoveryKey, newPassphrase: AFTER_RECOVERY }),
    ).toMatchObject({ state: 'unlocked' });
    expect(await call(recovering, 'note:get', { id: noteId })).toMatchObject({ body: BODY });
    recovering.close();
    expect(await opensWith(AFTER_RECOVERY, noteId)).toBe(true);
    expect(await opensWith(NEW, noteId)).toBe(false);
  });

  it('rewraps the key only: the database file is not touched', async () => {
    const { wb } = await newVaultWithNote(origin);
    await call(wb, 'vault:lock', {});
    const before = hashFolder(dir);
    await call(wb, 'vault:changePassphrase', { currentPassphrase: OLD, newPassphrase: NEW });
    const after = hashFolder(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after['vault.db']).toBe(before['vault.db']);
    expect(after['vault.key']).not.toBe(before['vault.key']);
  });

  it('a crash between writing and renaming the key file leaves the old passphrase working and the new one not', async () => {
    let crash = false;
    const { wb, noteId } = await newVaultWithNote(origin, {
      keyFileHooks: {
        beforeRename: () => {
          if (crash) throw new Error('simulated crash before rename');
        },
      },
    });
    await call(wb, 'vault:lock', {});
    const keyBytes = readFileSync(join(dir, 'vault.key'));

    crash = true;
    const error = await callError(wb, 'vault:changePassphrase', {
      currentPassphrase: OLD,
      newPassphrase: NEW,
    });
    // A real crash ends the process; here the caller sees a generic failure, never a stack.
    expect(error.code).toBe('internal');
    expect(error.message).not.toMatch(/simulated|rename|vault\.key/);
    expect(readFileSync(join(dir, 'vault.key')).equals(keyBytes)).toBe(true);
    expect(tempFiles()).toHaveLength(1);
    wb.close();

    // The next start cleans up the half-written file and the old passphrase still opens.
    const restarted = workbench();
    expect(tempFiles()).toEqual([]);
    await expect(call(restarted, 'vault:unlock', { passphrase: NEW })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await call(restarted, 'vault:unlock', { passphrase: OLD });
    expect(await call(restarted, 'note:get', { id: noteId })).toMatchObject({ body: BODY });
    expect(readFileSync(join(dir, 'vault.key')).equals(keyBytes)).toBe(true);
  });

  it('a crash just after the rename (no clean shutdown) leaves the new passphrase working and the old one not', async () => {
    const { wb, noteId } = await newVaultWithNote(origin);
    await call(wb, 'vault:changePassphrase', { currentPassphrase: OLD, newPassphrase: NEW });
    // No lock, no close: the first workbench just stops, as if the process died here.
    expect(tempFiles()).toEqual([]);
    expect(await opensWith(OLD, noteId)).toBe(false);
    expect(await opensWith(NEW, noteId)).toBe(true);
  });
});
