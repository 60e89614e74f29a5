import { afterEach, describe, expect, it } from 'vitest';
import { VAULT_ORIGINS } from '../support/legacy-vault';
import {
  call,
  createVault,
  openTempWorkbench,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';

let wb: TempWorkbench;
afterEach(() => wb?.cleanup());

describe.each(VAULT_ORIGINS)('vault lifecycle (%s vault)', (origin) => {
  it('creates, locks, refuses a wrong passphrase, unlocks and keeps a note', async () => {
    wb = openTempWorkbench();
    expect(await call(wb, 'vault:status')).toMatchObject({ state: 'absent' });
    const recoveryKey = await createVault(wb, TEST_PASSPHRASE, origin);
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    const note = (await call(wb, 'note:save', { body: 'Met with Robin at the school.' })) as { id: string };
    await call(wb, 'vault:lock', {});
    expect(await call(wb, 'vault:status')).toMatchObject({ state: 'locked' });
    await expect(call(wb, 'note:get', { id: note.id })).rejects.toMatchObject({ code: 'locked' });
    await expect(call(wb, 'vault:unlock', { passphrase: 'not the right one at all' })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await call(wb, 'note:get', { id: note.id })).toMatchObject({
      body: 'Met with Robin at the school.',
    });
  });
});
