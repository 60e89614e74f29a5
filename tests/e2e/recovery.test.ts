/**
 * The forgotten-passphrase path: the recovery key shown at first run sets a new passphrase
 * and opens the vault; the old passphrase no longer works, the new one does. Mistakes in the
 * recovery form are shown next to the field they are about.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import {
  NEW_PASSPHRASE,
  PASSPHRASE,
  button,
  createVault,
  expectCleanRun,
  field,
  heading,
  lockWithButton,
  shellVisible,
  unlock,
  unlockScreenVisible,
  visible,
} from './support/flows';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close({ removeVault: true }));

it('uses the recovery key to set a new passphrase; the old one then fails', async () => {
  const { page } = app;
  const key = await createVault(page, PASSPHRASE);
  await lockWithButton(page);

  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click();
  await visible(heading(page, 'Use your recovery key'));

  // A key that is not this vault's is refused next to the key field; nothing changes.
  const wrongKey = key.startsWith('0') ? `1${key.slice(1)}` : `0${key.slice(1)}`;
  await field(page, 'Recovery key').fill(wrongKey);
  await field(page, 'New passphrase').fill(NEW_PASSPHRASE);
  await field(page, 'Repeat new passphrase').fill(NEW_PASSPHRASE);
  await button(page, 'Set new passphrase and unlock').click();
  await visible(page.getByText('That recovery key does not open this vault.'));
  expect(await field(page, 'Recovery key').getAttribute('aria-invalid')).toBe('true');

  // Two different new passphrases are caught before anything is sent.
  await field(page, 'Recovery key').fill(key.toLowerCase().replace(/-/g, ' '));
  await field(page, 'Repeat new passphrase').fill(`${NEW_PASSPHRASE}s`);
  await button(page, 'Set new passphrase and unlock').click();
  await visible(page.getByText('The two passphrases are not the same.'));
  await app.screenshot('06-recover');

  // Typed the way it might be copied from paper (lower case, spaces): it still works.
  await field(page, 'Repeat new passphrase').fill(NEW_PASSPHRASE);
  await button(page, 'Set new passphrase and unlock').click();
  await shellVisible(page);

  await lockWithButton(page);
  await field(page, 'Passphrase').fill(PASSPHRASE);
  await button(page, 'Unlock').click();
  await visible(page.getByText('That passphrase is not right.'));
  await unlock(page, NEW_PASSPHRASE);

  // "Back" returns to the passphrase form.
  await lockWithButton(page);
  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click();
  await button(page, 'Back to unlock with your passphrase').click();
  await unlockScreenVisible(page);
  expectCleanRun(app);
});
