/**
 * Settings on the real vault: automatic lock and theme persist across lock and unlock (they
 * live inside the encrypted database), and changing the passphrase means the next unlock
 * needs the new one. Field errors sit next to the field they are about.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import {
  NEW_PASSPHRASE,
  PASSPHRASE,
  button,
  expectCleanRun,
  field,
  heading,
  lockWithButton,
  startLocked,
  unlock,
  visible,
} from './support/flows';

let app: RunningApp;
beforeEach(async () => {
  app = await startApp();
  await startLocked(app);
  await unlock(app.page, PASSPHRASE);
  await app.page.getByRole('button', { name: 'Settings' }).click();
  await visible(heading(app.page, 'Settings'));
});
afterEach(async () => app?.close({ removeVault: true }));

const background = (app: RunningApp) => app.page.evaluate('getComputedStyle(document.body).backgroundColor');

it('saves automatic lock and theme, and they are still set after lock and unlock', async () => {
  const { page } = app;
  const autoLock = page.getByLabel('Lock automatically after');
  expect(await autoLock.inputValue()).toBe('10');
  expect(await autoLock.locator('option').allTextContents()).toEqual([
    'Never',
    '1 minute',
    '5 minutes',
    '10 minutes',
    '15 minutes',
    '30 minutes',
    '1 hour',
  ]);
  expect(await page.getByRole('radio', { name: 'System', exact: true }).isChecked()).toBe(true);
  await app.screenshot('07-settings');

  await autoLock.selectOption({ label: 'Never' });
  await visible(page.getByText('Saved.'));
  await expect.poll(() => app.workbench.session.idleLockAt()).toBeNull();

  const light = await background(app);
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await expect.poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
  await expect.poll(() => background(app)).not.toBe(light);
  await expect.poll(() => page.getByText('Saved.').count()).toBe(2);

  await lockWithButton(page);
  await unlock(page, PASSPHRASE);
  await page.getByRole('button', { name: 'Settings' }).click();
  expect(await page.getByLabel('Lock automatically after').inputValue()).toBe('0');
  expect(await page.getByRole('radio', { name: 'Dark', exact: true }).isChecked()).toBe(true);
  expect(await page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
  await app.screenshot('07b-settings-dark');

  await page.getByRole('radio', { name: 'System', exact: true }).check();
  await expect.poll(() => page.evaluate('document.documentElement.dataset.theme ?? "none"')).toBe('none');
  await expect.poll(() => background(app)).toBe(light);
  expectCleanRun(app);
});

it('changes the passphrase; the next unlock needs the new one', async () => {
  const { page } = app;
  const change = button(page, 'Change passphrase');

  // A wrong current passphrase: main's field message sits next to "Current passphrase".
  await field(page, 'Current passphrase').fill('not my passphrase at all');
  await field(page, 'New passphrase').fill(NEW_PASSPHRASE);
  await field(page, 'Repeat new passphrase').fill(NEW_PASSPHRASE);
  await change.click();
  await visible(page.getByText('This is not your current passphrase.'));
  expect(await field(page, 'Current passphrase').getAttribute('aria-invalid')).toBe('true');

  // A new passphrase that breaks the rule is caught with the rule's own words.
  await field(page, 'Current passphrase').fill(PASSPHRASE);
  await field(page, 'New passphrase').fill('too short');
  await change.click();
  await visible(page.getByText('Use at least 12 characters, or at least 4 words.'));
  await app.screenshot('07c-settings-change-passphrase-errors');

  await field(page, 'New passphrase').fill(NEW_PASSPHRASE);
  await change.click();
  await visible(page.getByText('Passphrase changed'));
  expect(await field(page, 'Current passphrase').inputValue()).toBe('');
  expect(await field(page, 'New passphrase').inputValue()).toBe('');

  await lockWithButton(page);
  await field(page, 'Passphrase').fill(PASSPHRASE);
  await button(page, 'Unlock').click();
  await visible(page.getByText('That passphrase is not right.'));
  await unlock(page, NEW_PASSPHRASE);
  expectCleanRun(app);
});
