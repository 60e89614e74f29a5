/**
 * The foundation's main path, end to end on the real vault: first run (the weak passphrase
 * refused first, then a good one), the recovery key shown once, lock with the button, a wrong
 * passphrase said plainly, unlock, and the shell. Screenshots of each screen for review.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import {
  PASSPHRASE,
  button,
  expectCleanRun,
  field,
  heading,
  recoveryKeyShown,
  shellVisible,
  textOf,
  unlockScreenVisible,
  visible,
} from './support/flows';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close({ removeVault: true }));

it('creates a vault, shows the recovery key once, locks, refuses a wrong passphrase and unlocks', async () => {
  const { page } = app;

  // First run explains itself and asks for the passphrase twice, with the rule on show.
  await visible(heading(page, 'Welcome'));
  await visible(page.getByText('stays on this computer, encrypted'));
  await visible(page.getByText('At least 12 characters, or at least 4 words'));
  await visible(page.getByText('unless you have saved the recovery key'));
  expect(await page.evaluate('document.activeElement?.getAttribute("autocomplete")')).toBe('new-password');
  await app.screenshot('01-first-run');

  // A weak passphrase is refused next to the field, with the shared rule's own words.
  await field(page, 'Passphrase').fill('short one');
  await field(page, 'Repeat passphrase').fill('short one');
  await button(page, 'Set passphrase').click();
  const passphraseError = page.getByText('Use at least 12 characters, or at least 4 words.');
  await visible(passphraseError);
  expect(await field(page, 'Passphrase').getAttribute('aria-invalid')).toBe('true');
  expect(await app.workbench.dispatch('vault:status', {})).toMatchObject({
    ok: true,
    value: { state: 'absent' },
  });
  await app.screenshot('01b-first-run-weak');

  // The strength meter speaks up for a good one.
  await field(page, 'Passphrase').fill(PASSPHRASE);
  await visible(page.getByText(/Strength: (Strong|Very strong)\./));
  await field(page, 'Repeat passphrase').fill(PASSPHRASE);
  await button(page, 'Set passphrase').click();

  // The recovery key, once: grouped, with Copy, Print and the "saved" checkbox.
  const key = await recoveryKeyShown(page);
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await button(page, 'Copy').click();
  await visible(page.getByText('Copied.'));
  expect((await page.evaluate('navigator.clipboard.readText()')) as string).toBe(key);
  expect(await button(page, 'Continue').isDisabled()).toBe(true);
  await app.screenshot('02-recovery-key');
  await page.getByRole('checkbox', { name: 'I have saved my recovery key' }).check();
  await button(page, 'Continue').click();
  await shellVisible(page);
  await visible(heading(page, 'Cases'));
  await visible(page.getByText('No cases yet.'));
  // Gone for good: nothing on the page, in storage or in the vault folder's key file says it.
  expect(await page.content()).not.toContain(key);
  expect(await page.evaluate('JSON.stringify(localStorage) + JSON.stringify(sessionStorage)')).not.toContain(
    key,
  );
  await app.screenshot('04-shell');

  // Lock with the button: the unlock screen, passphrase field focused.
  await button(page, 'Lock').click();
  await unlockScreenVisible(page);
  expect(app.workbench.vault.isUnlocked).toBe(false);
  expect(await page.evaluate('document.activeElement?.getAttribute("autocomplete")')).toBe(
    'current-password',
  );

  // A wrong passphrase is said plainly, next to the field, in a live region.
  await field(page, 'Passphrase').fill('kitchen table circle evening');
  await button(page, 'Unlock').click();
  const wrong = page.getByText('That passphrase is not right.');
  await visible(wrong);
  expect(await wrong.getAttribute('aria-live')).toBe('polite');
  expect(await field(page, 'Passphrase').getAttribute('aria-invalid')).toBe('true');
  expect(await field(page, 'Passphrase').inputValue()).toBe('');
  await app.screenshot('03-unlock-wrong-passphrase');

  // The right one opens the shell.
  await field(page, 'Passphrase').fill(PASSPHRASE);
  await button(page, 'Unlock').click();
  await shellVisible(page);
  expect(await textOf(page.getByRole('button', { name: 'Cases' }))).toBe('Cases');
  expect(await page.getByRole('button', { name: 'Cases' }).getAttribute('aria-current')).toBe('page');
  expectCleanRun(app);
});

it('copies without the async clipboard, and prints only the recovery key and its explanation', async () => {
  // A second vault folder: first run again, for the clipboard fallback and the print layout.
  const other = await startApp();
  try {
    const { page } = other;
    await visible(heading(page, 'Welcome'));
    await field(page, 'Passphrase').fill(PASSPHRASE);
    await field(page, 'Repeat passphrase').fill(PASSPHRASE);
    await button(page, 'Set passphrase').click();
    const key = await recoveryKeyShown(page);

    // When the async clipboard is refused (Electron's permission policy may do that), Copy
    // falls back to the copy command and still gives the key as one clean line.
    await other.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate('navigator.clipboard.writeText = () => Promise.reject(new Error("denied"))');
    await button(page, 'Copy').click();
    await visible(page.getByText('Copied.'));
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(key);

    // Record print requests instead of opening a dialog the headless browser cannot show.
    await page.evaluate('window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }');
    await button(page, 'Print').click();
    expect(await page.evaluate('window.__printed')).toBe(1);

    await page.emulateMedia({ media: 'print' });
    await visible(page.getByText('Restorative Workbench recovery key, created on'));
    expect(await button(page, 'Copy').isVisible()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'I have saved my recovery key' }).isVisible()).toBe(
      false,
    );
    expect(await page.getByText('If you ever forget your passphrase').isVisible()).toBe(false);
    expect(await textOf(page.getByRole('group', { name: 'Recovery key' }))).toBe(key);
    await other.screenshot('02b-recovery-key-print');
    await page.emulateMedia({ media: 'screen' });
    expectCleanRun(other);
  } finally {
    await other.close({ removeVault: true });
  }
});
