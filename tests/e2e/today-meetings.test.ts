/**
 * Today on the real renderer: honest when empty, then a meeting added on a case's Overview
 * appears under its day with the case reference and title, and opens the case.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { button, expectCleanRun, field, heading, textOf, visible } from './support/flows';
import { call, localMinuteIn, startWith } from './cases-seed';

let app: RunningApp;
beforeEach(async () => {
  app = await startApp({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => app?.close({ removeVault: true }));

const nav = (app: RunningApp, name: string) =>
  app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });

it('adds a meeting on a case and shows it on Today, grouped by day', async () => {
  const { page } = app;
  const other = await startWith(app, async () => {
    await call(app, 'case:create', {
      title: 'Okafor family plan',
      processType: 'family_group_conference',
      setting: 'family',
    });
    const circle = await call(app, 'case:create', {
      title: 'Form 8C circle',
      processType: 'circle',
      setting: 'school',
    });
    await call(app, 'meeting:save', {
      caseId: circle.id,
      kind: 'circle',
      startsAt: localMinuteIn(0, '23:50'),
      place: 'Room 12',
    });
    return circle;
  });

  await nav(app, 'Today').click();
  await visible(heading(page, 'Today'));
  await visible(page.getByText('Actions from agreed agreements appear here a week before they are due.'));
  await visible(page.getByRole('heading', { name: /^Today, / }));

  // A meeting added through the form on the case's Overview.
  await nav(app, 'Cases').click();
  await (await visible(page.getByRole('button', { name: 'Okafor family plan', exact: true }))).click();
  await visible(heading(page, 'Okafor family plan'));
  await visible(page.getByText('No meetings yet.', { exact: false }));
  await button(page, 'Add meeting').click();
  await field(page, 'Kind of meeting').selectOption({ label: 'Preparation meeting' });
  await button(page, 'Save meeting').click();
  await visible(page.getByText('Choose the date and time of the meeting.'));
  const when = localMinuteIn(1, '14:30');
  await field(page, 'Date and time').fill(when);
  await field(page, 'Place').fill('Family home, kitchen table');
  await button(page, 'Save meeting').click();
  await visible(page.getByText(/^Preparation meeting added for \d{1,2} [A-Z][a-z]+ \d{4}, 14:30\.$/));
  await visible(page.locator('.meeting-list').getByText('Family home, kitchen table'));
  await expect
    .poll(() => page.locator('.timeline .timeline-what').allTextContents())
    .toContain('Preparation meeting at Family home, kitchen table');

  await nav(app, 'Today').click();
  await visible(heading(page, 'Today'));
  const tomorrow = await visible(page.getByRole('heading', { name: /^Tomorrow, / }));
  expect(await textOf(tomorrow)).toMatch(/^Tomorrow, [A-Z][a-z]+ \d{1,2} [A-Z][a-z]+ \d{4}$/);
  const item = page.getByRole('button', { name: /Preparation meeting/ });
  expect(await textOf(item)).toMatch(
    /^14:30 Preparation meeting · Family home, kitchen table RW-\d{4}-0001 Okafor family plan$/,
  );
  await visible(page.getByRole('button', { name: /Form 8C circle/ }));
  await app.screenshot('today-01-meetings');

  await item.click();
  await visible(heading(page, 'Okafor family plan'));
  expect(other.title).toBe('Form 8C circle');
  expectCleanRun(app);
});
