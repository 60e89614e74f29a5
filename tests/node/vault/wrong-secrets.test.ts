import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeRecoveryKey } from '../../../src/shared/domain/recovery-key';
import {
  call,
  callError,
  createVault,
  openTempWorkbench,
  tempDir,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { VAULT_ORIGINS } from '../support/legacy-vault';
import { hashFolder } from '../support/vault-files';

const NEW_PASSPHRASE = 'another quite long passphrase';

let dir: string;
let recoveryKey: string;
let noteId: string;
const open: TempWorkbench[] = [];

/** A fresh workbench (own unlock throttle) on the shared vault folder. */
function workbench(): TempWorkbench {
  const wb = openTempWorkbench({ dir });
  open.push(wb);
  return wb;
}

/** Flips one character of a valid recovery key so it is well formed but wrong. */
function alterOneDigit(key: string): string {
  const last = key.at(-1)!;
  return key.slice(0, -1) + (last === '0' ? '1' : '0');
}

describe.each(VAULT_ORIGINS)(
  'wrong secrets are refused with a typed error and change nothing on disk (%s vault)',
  (origin) => {
    beforeEach(async () => {
      dir = tempDir();
      const wb = workbench();
      recoveryKey = await createVault(wb, TEST_PASSPHRASE, origin);
      noteId = ((await call(wb, 'note:save', { body: 'Preparation call with Sam.' })) as { id: string }).id;
      await call(wb, 'vault:lock', {});
    });

    afterEach(() => {
      for (const wb of open.splice(0)) wb.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('a wrong passphrase gives wrong_passphrase and leaves every file byte-identical', async () => {
      const wb = workbench();
      const before = hashFolder(dir);
      const error = await callError(wb, 'vault:unlock', { passphrase: 'kitchen table circle evening' });
      expect(error.code).toBe('wrong_passphrase');
      expect(error.message).toMatch(/passphrase is not right/);
      expect(hashFolder(dir)).toEqual(before);
      expect(await call(wb, 'vault:status')).toMatchObject({ state: 'locked' });

      await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
      expect(await call(wb, 'note:get', { id: noteId })).toMatchObject({
        body: 'Preparation call with Sam.',
      });
    });

    it('a well-formed but wrong recovery key gives wrong_recovery_key and changes nothing', async () => {
      const wb = workbench();
      const before = hashFolder(dir);
      for (const wrong of [encodeRecoveryKey(randomBytes(20)), alterOneDigit(recoveryKey)]) {
        const error = await callError(wb, 'vault:recover', {
          recoveryKey: wrong,
          newPassphrase: NEW_PASSPHRASE,
        });
        expect(error.code).toBe('wrong_recovery_key');
        expect(error.message).toBe('That recovery key does not open this vault.');
      }
      expect(hashFolder(dir)).toEqual(before);
      // The passphrase was not replaced by the failed recovery.
      await call(workbench(), 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    });

    it.each([
      ['plain words', 'my recovery key please'],
      ['too short', 'ABCD-EFGH'],
      ['a group too many', `${'ABCD-'.repeat(8)}ABCD`],
      ['letters outside the alphabet', 'UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU'],
    ])(
      'malformed recovery key text (%s) gives wrong_recovery_key with a helpful message',
      async (_label, text) => {
        const wb = workbench();
        const before = hashFolder(dir);
        const error = await callError(wb, 'vault:recover', {
          recoveryKey: text,
          newPassphrase: NEW_PASSPHRASE,
        });
        expect(error.code).toBe('wrong_recovery_key');
        expect(error.message).toMatch(/32 letters and digits in groups of four/);
        expect(hashFolder(dir)).toEqual(before);
      },
    );

    it('the real recovery key still works afterwards, typed in lower case with spaces', async () => {
      const wb = workbench();
      await callError(wb, 'vault:recover', { recoveryKey: 'nonsense', newPassphrase: NEW_PASSPHRASE });
      const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
      expect(
        await call(wb, 'vault:recover', { recoveryKey: typed, newPassphrase: NEW_PASSPHRASE }),
      ).toMatchObject({
        state: 'unlocked',
      });
      expect(await call(wb, 'note:get', { id: noteId })).toMatchObject({
        body: 'Preparation call with Sam.',
      });
    });

    it('changing the passphrase with a wrong current one gives wrong_passphrase and keeps the key file', async () => {
      const wb = workbench();
      await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
      const keyBefore = hashFolder(dir)['vault.key'];
      const error = await callError(wb, 'vault:changePassphrase', {
        currentPassphrase: 'not my passphrase at all',
        newPassphrase: NEW_PASSPHRASE,
      });
      expect(error.code).toBe('wrong_passphrase');
      expect(error.fields).toEqual({ currentPassphrase: 'This is not your current passphrase.' });
      expect(hashFolder(dir)['vault.key']).toBe(keyBefore);
      await call(wb, 'vault:lock', {});

      const again = workbench();
      await expect(call(again, 'vault:unlock', { passphrase: NEW_PASSPHRASE })).rejects.toMatchObject({
        code: 'wrong_passphrase',
      });
      await call(again, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    });
  },
);
