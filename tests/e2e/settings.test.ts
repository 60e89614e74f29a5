/**
 * Settings on the real vault: automatic lock and theme persist across lock and unlock (they
 * live inside the encrypted database), and changing the passphrase means the next unlock
 * needs the new one; About you (who signs the letters) is kept, with a refused value kept as a
 * draft until put right. Field errors sit next to the field they are about.
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
import { call } from './notes-flows';

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

it('keeps About you (name, role, contact): a tab pasted into the name is pointed out and kept until put right', async () => {
  const { page } = app;
  const about = page.getByRole('region', { name: 'About you' });
  await visible(about);
  await app.screenshot('07d-settings-about-you-empty');
  await about.getByLabel('Your role').fill('Restorative practitioner');
  await about.getByLabel('Contact details').fill('01632 960000');
  // A tab pasted with the name: refused beside the field, never saved, never lost.
  await about.getByLabel('Your name').fill('Sam\tOkafor');
  await visible(about.getByText('Your name must be one line, without tabs or line breaks.'));
  expect(await about.getByLabel('Your name').getAttribute('aria-invalid')).toBe('true');
  await expect.poll(async () => (await call(app, 'settings:get', {})).aboutYou.role).toBe('');
  // Leaving Settings and coming back finds what was typed, and the message, still there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await visible(heading(page, 'Settings'));
  expect(await about.getByLabel('Your name').inputValue()).toBe('Sam\tOkafor');
  expect(await about.getByLabel('Your role').inputValue()).toBe('Restorative practitioner');
  await about.getByLabel('Your name').fill('Sam Okafor');
  await visible(about.getByText('Saved.'));
  await expect
    .poll(async () => (await call(app, 'settings:get', {})).aboutYou)
    .toEqual({ name: 'Sam Okafor', role: 'Restorative practitioner', contact: '01632 960000' });
  await app.screenshot('07e-settings-about-you');

  await lockWithButton(page);
  await unlock(page, PASSPHRASE);
  await page.getByRole('button', { name: 'Settings' }).click();
  expect(await about.getByLabel('Your name').inputValue()).toBe('Sam Okafor');
  expect(await about.getByLabel('Contact details').inputValue()).toBe('01632 960000');
  expectCleanRun(app);
});
