/**
 * Every way the workbench locks: Ctrl+L, the menu, and main's own requests (idle, suspend,
 * screen lock), where the renderer saves first and then calls vault:lock itself. Also the
 * calm pause after repeated wrong passphrases, and activity reaching main's idle timer.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import {
  PASSPHRASE,
  button,
  expectCleanRun,
  field,
  heading,
  shellVisible,
  startLocked,
  textOf,
  unlock,
  unlockScreenVisible,
  visible,
} from './support/flows';

let app: RunningApp;
/** Main's fallback lock (after its grace period) is stubbed out, so only the page can lock. */
let fallbacksScheduled = 0;

beforeEach(async () => {
  fallbacksScheduled = 0;
  app = await startApp({
    workbench: {
      timers: {
        setTimeout: () => {
          fallbacksScheduled += 1;
          return null;
        },
        clearTimeout: () => undefined,
      },
    },
  });
  await startLocked(app);
  await unlock(app.page, PASSPHRASE);
});
afterEach(async () => app?.close({ removeVault: true }));

it('Ctrl+L locks from anywhere, even while typing in a field', async () => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings' }).click();
  await visible(heading(page, 'Settings'));
  await field(page, 'Current passphrase').click();
  await page.keyboard.type('half typed');
  await page.keyboard.press('Control+L');
  await unlockScreenVisible(page);
  expect(app.workbench.vault.isUnlocked).toBe(false);
  // Nothing from the open vault is left on screen.
  expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
  expectCleanRun(app);
});

it('answers the menu: Today, Settings, Cases and Lock now', async () => {
  const { page } = app;
  app.workbench.events.emit('menu:command', { command: 'today' });
  await visible(heading(page, 'Today'));
  await visible(page.getByText('Nothing scheduled.'));
  await visible(page.getByText('No actions due.'));
  await app.screenshot('05-today');
  app.workbench.events.emit('menu:command', { command: 'settings' });
  await visible(heading(page, 'Settings'));
  app.workbench.events.emit('menu:command', { command: 'cases' });
  await visible(heading(page, 'Cases'));
  expect(await page.getByRole('button', { name: 'Cases' }).getAttribute('aria-current')).toBe('page');
  app.workbench.events.emit('menu:command', { command: 'lock' });
  await unlockScreenVisible(page);
  expect(app.workbench.vault.isUnlocked).toBe(false);
  expectCleanRun(app);
});

it.each(['idle', 'suspend', 'screen-lock'] as const)(
  'on a %s lock request the page saves and locks the vault itself',
  async (reason) => {
    const locks: string[] = [];
    app.workbench.vault.onLocked((r) => locks.push(r));
    app.workbench.session.requestLock(reason);
    await unlockScreenVisible(app.page);
    // The renderer called vault:lock with main's reason; main's fallback never had to fire.
    expect(locks).toEqual([reason]);
    expect(fallbacksScheduled).toBe(1); // scheduled by main, never run by the stub
    expect(app.workbench.vault.isUnlocked).toBe(false);
    expectCleanRun(app);
  },
);

it('after repeated wrong passphrases it counts down calmly, then lets the person try again', async () => {
  const { page } = app;
  await button(page, 'Lock').click();
  await unlockScreenVisible(page);
  // Two free mistakes, then the third earns a short pause (2 s).
  for (let i = 0; i < 3; i++) {
    await field(page, 'Passphrase').fill(`not the passphrase ${i}`);
    await button(page, 'Unlock').click();
    // The field is emptied once the answer is back: one attempt at a time.
    await expect.poll(() => field(page, 'Passphrase').inputValue()).toBe('');
    await visible(page.getByText('That passphrase is not right.'));
  }
  const timer = page.getByRole('timer');
  await expect.poll(() => textOf(timer)).toMatch(/^You can try again in [12] seconds?\.$/);
  expect(await button(page, 'Unlock').isDisabled()).toBe(true);
  await app.screenshot('03b-unlock-countdown');
  await expect.poll(() => button(page, 'Unlock').isDisabled(), { timeout: 5_000 }).toBe(false);
  expect(await textOf(timer)).toBe('');
  await visible(page.getByText('You can try again now.'));
  await field(page, 'Passphrase').fill(PASSPHRASE);
  await button(page, 'Unlock').click();
  await shellVisible(page);
  expectCleanRun(app);
});

it('tells main the facilitator is active, so the idle timer restarts', async () => {
  const { page } = app;
  const before = app.workbench.session.idleLockAt();
  expect(before).not.toBeNull();
  await page.waitForTimeout(50);
  await page.keyboard.press('Tab');
  await expect.poll(() => app.workbench.session.idleLockAt()).toBeGreaterThan(before ?? 0);
  expectCleanRun(app);
});
