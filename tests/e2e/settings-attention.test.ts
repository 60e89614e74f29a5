/**
 * "Needs attention" follows the facilitator's own setting: a case quiet for 30 days is
 * flagged at the default 14 days, and no longer once the setting is 60 days.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, expectCleanRun, heading, startLocked, unlock, visible } from './support/flows';

let app: RunningApp;
// The case is created 30 days ago by the vault's clock; then the clock is today's again.
const DAY = 86_400_000;
let now = new Date(Date.now() - 30 * DAY);
beforeEach(async () => {
  now = new Date(Date.now() - 30 * DAY);
  app = await startApp({ workbench: { clock: { now: () => now } } });
  await startLocked(app);
  await unlock(app.page, PASSPHRASE);
});
afterEach(async () => app?.close({ removeVault: true }));

it('flags quiet cases after the number of days chosen in Settings', async () => {
  const { page } = app;
  await page.evaluate(() =>
    window.workbench.case.create({
      title: 'Bus stop disagreement',
      processType: 'impromptu_conference',
      setting: 'community',
    }),
  );
  now = new Date();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Cases' }).click();
  await visible(page.getByText('No activity for 30 days'));

  await page.getByRole('button', { name: 'Settings' }).click();
  await visible(heading(page, 'Settings'));
  const select = page.getByLabel('Flag an open case with no activity for');
  expect(await select.inputValue()).toBe('14');
  await select.selectOption('60');
  await visible(page.getByText('Saved.').first());
  expect(await page.evaluate(() => window.workbench.settings.get())).toMatchObject({ attentionDays: 60 });

  await page.getByRole('button', { name: 'Cases' }).click();
  await visible(
    page
      .getByRole('link', { name: 'Bus stop disagreement' })
      .or(page.getByText('Bus stop disagreement'))
      .first(),
  );
  expect(await page.getByText('No activity for 30 days').count()).toBe(0);
  expectCleanRun(app);
});
