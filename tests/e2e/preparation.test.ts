/**
 * The Preparation tab's override over a real vault: a case whose gate still lists what is
 * missing is confirmed only with a written reason, which is recorded. (Preparing all six of
 * the school-incident case and emptying the gate is school-incident.test.ts.) Invented names.
 */
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, expectCleanRun, unlock, visible } from './support/flows';
import { call, seedInvitedCase } from './run-mode-flows';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close({ removeVault: true });
});

it('confirms a conference that is not ready only with a written reason, which is recorded', async () => {
  app = await startApp();
  const { page } = app;
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const second = await seedInvitedCase(app, 'Bus stop argument');
  await call(app, 'vault:lock', { reason: 'user' });
  await page.reload();
  await unlock(page, PASSPHRASE);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: 'Bus stop argument', exact: true }))).click();
  await page.getByRole('tab', { name: 'Preparation' }).click();
  const missing = page.getByRole('list', { name: 'Still missing' }).getByRole('listitem');
  await expect.poll(() => missing.count()).toBe(6 + 1 + 3);
  const confirm = page.getByRole('button', { name: 'Confirm the conference' });
  // Without a reason the button stays unavailable.
  expect(await confirm.isDisabled()).toBe(true);
  // A gate item's link goes to where it is fixed.
  await missing.filter({ hasText: 'Jordan Fenwick' }).first().getByRole('button').click();
  await expect
    .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")'))
    .toBe('Jordan Fenwick');
  await page
    .getByLabel('Reason for confirming anyway (recorded)')
    .fill('Families asked to meet before the holidays.');
  await confirm.click();
  await visible(page.getByText(/Families asked to meet before the holidays/));
  const plan = await call(app, 'conference:get', { caseId: second });
  expect(plan.status).toBe('confirmed');
  expect(plan.overrideReason).toBe('Families asked to meet before the holidays.');
  expectCleanRun(app);
});
