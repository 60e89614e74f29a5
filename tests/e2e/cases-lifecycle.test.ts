/**
 * One case through its life on the real screens: moved along the status pipeline (each
 * change on the timeline), closed with a reason ("Other" needs words), reopened, edited,
 * archived and restored with a calm question, and the tabs driven by the keyboard.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { button, expectCleanRun, field, heading, textOf, visible } from './support/flows';
import { MovableClock, call, startWith } from './cases-seed';

let app: RunningApp;
const clock = new MovableClock();
beforeEach(async () => {
  clock.reset();
  app = await startApp({ workbench: { clock }, viewport: { width: 1360, height: 900 } });
});
afterEach(async () => app?.close({ removeVault: true }));

const timeline = (app: RunningApp) => app.page.locator('.timeline .timeline-what').allTextContents();
const currentStep = (app: RunningApp) =>
  textOf(app.page.locator('.status-step[aria-current="step"] .step-label'));

async function openCase(app: RunningApp, title: string) {
  await (await visible(app.page.getByRole('button', { name: title, exact: true }))).click();
  await visible(heading(app.page, title));
}

it('moves a case through its stages and closes it with a reason; the timeline keeps each change', async () => {
  const { page } = app;
  await startWith(app, async () => {
    clock.daysAgo(3);
    await call(app, 'case:create', {
      title: 'Year 10 changing-room photos',
      processType: 'restorative_conference',
      setting: 'school',
      referral: {
        date: '2026-11-20',
        referrer: 'Safeguarding lead',
        source: 'referral_form',
        summary: 'Photos were taken in the changing room and shared in a group chat.',
        acknowledged: 'partly',
      },
    });
    clock.reset();
  });
  await openCase(app, 'Year 10 changing-room photos');
  await visible(page.getByText('Case opened as restorative conference'));
  expect(await currentStep(app)).toBe('Referral');
  await visible(page.getByText('20 November 2026'));
  await visible(page.getByText('Referral form'));

  // The next stage is offered first; each move shows on the steps and the timeline.
  const moveTo = field(page, 'Move the case to');
  expect(await moveTo.inputValue()).toBe('assessment');
  for (const [stage, button_] of [
    ['Assessment', 'Move to assessment'],
    ['Preparation', 'Move to preparation'],
    ['Conference', 'Move to conference'],
  ] as const) {
    await button(page, button_).click();
    await expect.poll(() => currentStep(app)).toBe(stage);
  }
  await expect
    .poll(() => timeline(app))
    .toEqual([
      'Case opened as restorative conference',
      'Status: Referral → Assessment',
      'Status: Assessment → Preparation',
      'Status: Preparation → Conference',
    ]);
  await app.screenshot('cases-03-overview');

  // Closing asks why; "Other" needs a few words.
  await moveTo.selectOption({ label: 'Closed' });
  await button(page, 'Close the case').click();
  await visible(page.getByText('Say why the case is closing.'));
  await field(page, 'Reason for closing').selectOption({ label: 'Other' });
  await button(page, 'Close the case').click();
  await visible(page.getByText('Describe the reason in a few words.'));
  await field(page, 'Describe the reason').fill('The family moved out of the area');
  await button(page, 'Close the case').click();
  await expect.poll(() => currentStep(app)).toBe('Closed');
  await visible(page.getByText('Closed: The family moved out of the area'));
  expect(await textOf(page.locator('.case-head .badge-status'))).toBe('Closed');
  // Closed early: the stages before are not shown as done.
  expect(await page.locator('.status-step.is-done').count()).toBe(0);
  await expect.poll(async () => (await timeline(app)).at(-1)).toBe('Closed (other)');

  // Reopening is a move like any other.
  await field(page, 'Move the case to').selectOption({ label: 'Follow-up' });
  await button(page, 'Move to follow-up').click();
  await expect.poll(() => currentStep(app)).toBe('Follow-up');
  await expect.poll(async () => (await timeline(app)).at(-1)).toBe('Status: Closed → Follow-up');

  // Each timeline line carries an en-GB date and time.
  const when = await page.locator('.timeline .timeline-when').allTextContents();
  for (const w of when) expect(w).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);
  expectCleanRun(app);
});

it('edits the referral, archives and restores with a calm question, and drives tabs by keyboard', async () => {
  const { page } = app;
  await startWith(app, () =>
    call(app, 'case:create', {
      title: 'Allotment shed break-in',
      processType: 'circle',
      setting: 'community',
    }),
  );
  await openCase(app, 'Allotment shed break-in');

  await button(page, 'Edit referral').click();
  await field(page, 'Referrer').fill('Allotment society secretary');
  await field(page, 'Summary').fill('A shed was forced open and tools were taken.');
  await field(page, 'Title').fill('');
  await button(page, 'Save referral').click();
  await visible(page.getByText('A case title is required.'));
  await field(page, 'Title').fill('Allotment shed break-in (spring)');
  await button(page, 'Save referral').click();
  await visible(page.getByText('Referral saved.'));
  await visible(heading(page, 'Allotment shed break-in (spring)'));
  await visible(page.getByText('Allotment society secretary'));

  // Archive: asked first, calmly; nothing is deleted.
  await button(page, 'Archive case…').click();
  await visible(
    page.getByText(/It leaves the active list\. Nothing is deleted, and you can restore it at any time\./),
  );
  await button(page, 'Keep it active').click();
  await button(page, 'Archive case…').click();
  await button(page, 'Archive case').click();
  await visible(page.getByText('Archived. It is kept in full; restore it whenever you need it.'));
  await visible(page.locator('.case-head').getByText('Archived', { exact: true }));
  await expect.poll(() => call(app, 'case:list', {}).then((r) => r.total)).toBe(0);

  await button(page, 'Restore case').click();
  await visible(page.getByText('Restored. The case is back in the active list.'));
  await expect.poll(() => call(app, 'case:list', {}).then((r) => r.total)).toBe(1);
  await expect
    .poll(() => timeline(app))
    .toEqual(['Case opened as circle', 'Case archived', 'Case restored from the archive']);

  // Tabs: arrow keys move and show; the route keeps the tab.
  const overview = page.getByRole('tab', { name: 'Overview' });
  await overview.focus();
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.getByRole('tab', { name: 'People' }).getAttribute('aria-selected'))
    .toBe('true');
  expect(await page.evaluate('document.activeElement?.textContent')).toBe('People');
  await page.keyboard.press('End');
  await expect
    .poll(() => page.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected'))
    .toBe('true');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => overview.getAttribute('aria-selected')).toBe('true');
  expect(await page.getByRole('tabpanel').count()).toBe(1);
  expectCleanRun(app);
});
