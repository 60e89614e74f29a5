/**
 * The dark theme (following the OS) and a keyboard-only session: unlock with Tab and Enter,
 * move through the navigation with a visible focus ring, and lock again without a mouse.
 */
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import {
  PASSPHRASE,
  createVault,
  expectCleanRun,
  heading,
  shellVisible,
  startLocked,
  unlockScreenVisible,
  visible,
} from './support/flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

/** What a screen reader would call the focused control (near enough for these controls). */
const focused = (app: RunningApp) =>
  app.page.evaluate(`(() => {
    const el = document.activeElement;
    const text = el?.getAttribute('aria-label') || el?.labels?.[0]?.textContent || el?.textContent || '';
    return text.trim();
  })()`);

it('follows a dark OS theme on every screen', async () => {
  app = await startApp({ colorScheme: 'dark' });
  const { page } = app;
  await visible(heading(page, 'Welcome'));
  const bg = (await page.evaluate('getComputedStyle(document.body).backgroundColor')) as string;
  const text = (await page.evaluate('getComputedStyle(document.body).color')) as string;
  expect(bg).toBe('rgb(22, 26, 29)');
  expect(text).toBe('rgb(231, 234, 236)');
  await app.screenshot('08-dark-first-run');
  await createVault(page);
  expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(22, 26, 29)');
  await app.screenshot('08-dark-shell');
  await page.getByRole('button', { name: 'Settings' }).click();
  await visible(heading(page, 'Settings'));
  await app.screenshot('08b-dark-settings');
  expectCleanRun(app);
});

it('unlocks, navigates and locks with the keyboard alone', async () => {
  app = await startApp();
  const { page } = app;
  await startLocked(app);

  // The passphrase field has focus from the start: type, Tab past "Show", Tab to Unlock, Enter.
  expect(await page.evaluate('document.activeElement?.getAttribute("autocomplete")')).toBe(
    'current-password',
  );
  await page.keyboard.type('wrong words typed here');
  await page.keyboard.press('Enter');
  await visible(page.getByText('That passphrase is not right.'));
  expect(await page.evaluate('document.activeElement?.getAttribute("autocomplete")')).toBe(
    'current-password',
  );
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Tab');
  expect(await focused(app)).toBe('Show what I type');
  await page.keyboard.press('Tab');
  expect(await focused(app)).toBe('Unlock');
  await page.keyboard.press('Enter');
  await shellVisible(page);

  // Focus starts on the page heading; Shift+Tab goes back through Lock to the navigation, and
  // the focused item shows a visible ring.
  expect(await focused(app)).toBe('Cases');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(app)).toMatch(/^Lock/);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(app)).toBe('Settings');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(app)).toBe('Reports');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(app)).toBe('Today');
  const outline = (await page.evaluate(
    '(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + " " + s.outlineWidth; })()',
  )) as string;
  expect(outline).toBe('solid 3px');
  await app.screenshot('09-keyboard-focus');
  await page.keyboard.press('Enter');
  await visible(heading(page, 'Today'));
  // Focus moved to the new page's heading; the Lock button is one Shift+Tab away.
  expect(await focused(app)).toBe('Today');
  expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(app)).toMatch(/^Lock/);
  await page.keyboard.press('Enter');
  await unlockScreenVisible(page);
  expectCleanRun(app);
});
