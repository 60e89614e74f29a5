/**
 * The steps most browser tests share, written the way a facilitator works: by labels and
 * button names (accessible locators), never CSS selectors. playwright-core has no auto-waiting
 * `expect`, so waits are explicit: `visible()` and vitest's expect.poll.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningApp } from './harness';

export const PASSPHRASE = 'kitchen table circle morning';
export const NEW_PASSPHRASE = 'harbour lantern willow seventeen';
const WAIT_MS = 15_000;

export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout: WAIT_MS });
  return locator;
}

export async function hidden(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'hidden', timeout: WAIT_MS });
}

export function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

export function button(page: Page, name: string): Locator {
  return page.getByRole('button', { name, exact: true });
}

export function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { name, level: 1 });
}

/** The shell is up: main navigation and the Lock button. */
export async function shellVisible(page: Page): Promise<void> {
  await visible(page.getByRole('navigation', { name: 'Main' }));
  await visible(button(page, 'Lock'));
}

export async function unlockScreenVisible(page: Page): Promise<void> {
  await visible(heading(page, 'Unlock'));
}

/** First run through the real screens; returns the recovery key that was shown. */
export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await visible(heading(page, 'Welcome'));
  await field(page, 'Passphrase').fill(passphrase);
  await field(page, 'Repeat passphrase').fill(passphrase);
  await button(page, 'Set passphrase').click();
  const key = await recoveryKeyShown(page);
  await page.getByRole('checkbox', { name: 'I have saved my recovery key' }).check();
  await button(page, 'Continue').click();
  await shellVisible(page);
  return key;
}

export async function recoveryKeyShown(page: Page): Promise<string> {
  const group = await visible(page.getByRole('group', { name: 'Recovery key' }));
  const text = (await group.textContent()) ?? '';
  expect(text).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  return text;
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await unlockScreenVisible(page);
  await field(page, 'Passphrase').fill(passphrase);
  await button(page, 'Unlock').click();
  await shellVisible(page);
}

export async function lockWithButton(page: Page): Promise<void> {
  await button(page, 'Lock').click();
  await unlockScreenVisible(page);
}

/** A vault created and locked directly through the real handlers, then the page reloaded. */
export async function startLocked(app: RunningApp, passphrase = PASSPHRASE): Promise<void> {
  const created = await app.workbench.dispatch('vault:create', { passphrase });
  expect(created.ok).toBe(true);
  await app.workbench.dispatch('vault:lock', { reason: 'user' });
  await app.page.reload();
  await unlockScreenVisible(app.page);
}

/** The two promises every test ends with: no page errors, nothing left 127.0.0.1. */
export function expectCleanRun(app: RunningApp): void {
  expect(app.pageErrors).toEqual([]);
  expect(app.offlineViolations).toEqual([]);
}

export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}
