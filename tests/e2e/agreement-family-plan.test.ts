/**
 * A family group conference's plan in the real renderer: the tab says "Family plan", the
 * family lead is shown, each bottom line is met by the actions ticked against it or not met.
 * Settings give the organisation's name, logo and wording to the print view (and the wording
 * can go back to its default). The report's CSV uses the column names typed in. Dark theme.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { defaultStatements } from '../../src/shared/domain/agreement';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, expectCleanRun, unlock, unlockScreenVisible, visible } from './support/flows';
import { call, createVault, reopen, seedCase } from './run-mode-flows';
import { actionCard, openAgreementTab } from './agreement-flows';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close({ removeVault: true });
  app = undefined;
});

const TITLE = 'Okafor family plan';
/** A 1x1 PNG: the smallest picture with a real PNG signature. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhgG/ScBRRwAAAABJRU5ErkJggg==',
  'base64',
);

it('writes a family plan against the bottom lines, with the organisation from Settings on the print view', async () => {
  app = await startApp({ colorScheme: 'dark' });
  const { page, dir } = app;
  await createVault(app);
  const { caseId, ids } = await seedCase(app, TITLE, 'family_group_conference', [
    { name: 'Grace Okafor', role: 'family_member' },
    { name: 'Samuel Okafor', role: 'family_member' },
    { name: 'Helen Marsh', role: 'professional' },
  ]);
  await call(app, 'conference:update', {
    caseId,
    fgc: {
      bottomLines: ['Samuel is never left alone with the baby', 'Someone takes Samuel to school every day'],
      preAgreedQuestions: [],
      familyLeadParticipantId: ids['Grace Okafor']!.participantId,
    },
  });
  await reopen(app);

  // Settings: the organisation's name, logo and wording.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Organisation name').fill('Northfield Restorative Service');
  await page.getByLabel('Organisation name').blur();
  await page.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await visible(page.getByRole('img', { name: "The organisation's logo as it is now" }));
  const confidentiality = page.getByRole('textbox', { name: 'Confidentiality statement' });
  await confidentiality.fill('Only the family and the service see this plan.');
  await confidentiality.blur();
  await expect
    .poll(async () => (await call(app!, 'settings:get', {})).confidentialityStatement)
    .toBe('Only the family and the service see this plan.');
  const settings = await call(app, 'settings:get', {});
  expect(settings.organisationName).toBe('Northfield Restorative Service');
  expect(settings.organisationLogo?.type).toBe('png');
  // A file that is not a picture is refused with a clear message, and the logo stays.
  await page
    .getByLabel('Logo')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await visible(page.getByText('The logo must be a PNG or JPEG picture.'));
  await visible(page.getByRole('img', { name: "The organisation's logo as it is now" }));
  await app.screenshot('agreement-05-settings-dark');

  // The family plan: tab name, family lead, bottom lines met or not met.
  await openAgreementTab(page, TITLE);
  await visible(page.getByRole('tab', { name: 'Family plan', selected: true }));
  await page.getByRole('button', { name: 'Start the family plan' }).click();
  await visible(page.getByRole('heading', { name: 'Family plan, version 1' }));
  await visible(page.getByText('Family lead:'));
  await visible(page.getByText('Grace Okafor', { exact: true }).first());
  await page.getByRole('button', { name: 'Add an action' }).click();
  const first = actionCard(page, 1);
  // The new card takes the focus, so the action can be typed straight away.
  await expect
    .poll(() => first.getByLabel('What will be done').evaluate((el) => el === document.activeElement))
    .toBe(true);
  await page.keyboard.type('Grandma Grace walks Samuel to school each morning');
  await first.getByLabel('Who does it').selectOption({ label: 'Grace Okafor (Family member)' });
  await first.getByRole('checkbox', { name: 'Someone takes Samuel to school every day' }).check();
  const lines = page.getByRole('region', { name: 'Bottom lines' });
  await visible(lines.getByText('Met by action 1'));
  await visible(lines.getByText('Not met'));
  await page.getByLabel('Grace Okafor: written agreement').selectOption('signs');
  await visible(page.getByText(/^Saved \d/));
  const stored = (await call(app, 'agreement:get', { caseId })).agreement!;
  expect(stored.bottomLines.map((b) => b.met)).toEqual([false, true]);

  // Locking straight after typing saves the words first (the pending-writes flush).
  await page.getByLabel('What this plan is about').fill('How the family keeps Samuel safe and at school');
  await page.keyboard.press('Control+L');
  await unlockScreenVisible(page);
  await unlock(page, PASSPHRASE);
  expect((await call(app, 'agreement:get', { caseId })).agreement!.statement).toBe(
    'How the family keeps Samuel safe and at school',
  );
  await openAgreementTab(page, TITLE);
  await expect
    .poll(() => page.getByLabel('What this plan is about').inputValue())
    .toBe('How the family keeps Samuel safe and at school');

  // A control character cannot be stored: said plainly, the text stays, and fixing it saves.
  const statement = page.getByLabel('What this plan is about');
  await statement.fill('Keeps Samuel safe\u0007 and at school');
  await visible(
    page.getByRole('alert').filter({ hasText: 'The statement contains characters that cannot be stored.' }),
  );
  expect(await statement.inputValue()).toBe('Keeps Samuel safe\u0007 and at school');
  await statement.fill('Keeps Samuel safe and at school');
  // The retry waits a couple of seconds after a failed save, so a broken disk is not hammered.
  await expect
    .poll(async () => (await call(app!, 'agreement:get', { caseId })).agreement!.statement, {
      timeout: 10_000,
    })
    .toBe('Keeps Samuel safe and at school');
  await expect.poll(() => page.getByText('What you typed is still here').count()).toBe(0);

  // The print view carries the organisation and the wording from Settings.
  await page.getByRole('button', { name: 'Show print view' }).click();
  const view = await visible(page.getByRole('article', { name: 'Print view' }));
  await visible(view.getByText('Northfield Restorative Service'));
  await visible(view.getByText('Only the family and the service see this plan.'));
  await visible(view.getByText('Someone takes Samuel to school every day: met by action 1'));
  expect(await view.locator('img.print-logo').getAttribute('src')).toMatch(/^data:image\/png;base64,iVBOR/);
  await view.scrollIntoViewIfNeeded();
  await app.screenshot('agreement-06-family-plan-dark');

  // The wording goes back to its default.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page
    .getByRole('button', { name: 'Reset the confidentiality statement to the default wording' })
    .click();
  await expect
    .poll(async () => (await call(app!, 'settings:get', {})).confidentialityStatement)
    .toBe(defaultStatements.confidentiality);

  // CSV with the column names the funder wants.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Reports' }).click();
  await page.getByLabel('Column name for: The number').fill('Number of cases');
  await page.getByLabel('Column name for: What is counted (e.g. referrals by setting)').fill('');
  await visible(page.getByText('Give every column a name.'));
  await page.getByLabel('Column name for: What is counted (e.g. referrals by setting)').fill('Indicator');
  await page.getByRole('button', { name: 'Save CSV' }).click();
  await visible(page.getByRole('status').filter({ hasText: /^Saved the CSV file/ }));
  const [csv] = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  const text = readFileSync(join(dir, csv!), 'utf8');
  expect(text.split('\r\n')[0]).toBe('Indicator,group,Number of cases');
  expect(text).not.toContain('Okafor');
  expectCleanRun(app);
});
