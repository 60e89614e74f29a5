/**
 * Run mode in the real renderer over a real vault: the school-incident case (two people
 * harmed, one responsible, three supporters) run phase by phase with the keyboard, notes
 * attributed to speakers, three draft actions captured, a lock in the middle resumed at the
 * same phase with every note intact; and a family group conference's private family time timer.
 */
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, expectCleanRun, unlock, unlockScreenVisible, visible } from './support/flows';
import { savedShown } from './notes-flows';
import {
  SCHOOL_PEOPLE,
  call,
  createVault,
  openRunMode,
  phaseHeading,
  reopen,
  seedCase,
} from './run-mode-flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

const TITLE = 'Year 9 corridor incident';

for (const scheme of ['light', 'dark'] as const) {
  it(`runs the school conference phase by phase, with notes and draft actions, through a lock (${scheme})`, async () => {
    app = await startApp({ colorScheme: scheme });
    const { page } = app;
    await createVault(app);
    const { caseId, plan } = await seedCase(app, TITLE, 'restorative_conference', SCHOOL_PEOPLE);
    const titles = plan.runSheet.map((p) => p.title);
    expect(titles.length).toBeGreaterThan(4);
    await reopen(app);
    await openRunMode(page, TITLE);

    // Phase 1, its speakers and questions; the keys shown on screen.
    await expect.poll(() => phaseHeading(page).textContent()).toBe(titles[0]);
    await visible(page.getByText('Phase 1 of', { exact: false }));
    await visible(page.getByText(/Space or → next/));
    await page.keyboard.press('Space');
    await expect.poll(() => phaseHeading(page).textContent()).toBe(titles[1]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => phaseHeading(page).textContent()).toBe(titles[2]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => phaseHeading(page).textContent()).toBe(titles[1]);
    // The person responsible speaks in phase 2, with the questions for their role.
    const speaking = page.getByRole('list', { name: 'Who speaks' });
    await visible(speaking.getByText('Jordan Fenwick'));
    await visible(speaking.getByText('What happened?'));
    await page.keyboard.press('4');
    await expect.poll(() => phaseHeading(page).textContent()).toBe(titles[3]);

    // Notes with speakers: typing Space or digits in the notes never moves the run sheet.
    const notes = page.getByLabel('Conference notes');
    await notes.click();
    await page.keyboard.press('Alt+A');
    await page.keyboard.type('It was my bag. 1 2 3 I felt embarrassed.');
    await page.keyboard.press('Alt+J');
    await page.keyboard.type('I am sorry. I did not think.');
    await expect.poll(() => phaseHeading(page).textContent()).toBe(titles[3]);
    await savedShown(page);

    // Three actions for the agreement, one by Alt+Enter from the notes.
    const action = page.getByLabel('Action for the agreement');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => action.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.type('Jordan replaces the broken bag strap by Friday');
    await page.keyboard.press('Enter');
    for (const text of [
      'Ayla and Jordan sit apart in science for two weeks',
      'Review with Mr Okafor in a month',
    ]) {
      await action.fill(text);
      await page.getByRole('button', { name: 'Add to agreement' }).click();
    }
    const drafts = page.getByRole('list', { name: 'Draft actions' });
    await expect.poll(() => drafts.getByRole('listitem').count()).toBe(3);
    const stored = await call(app, 'run:draftActions', { caseId });
    expect(stored.map((d) => d.phaseId)).toEqual([
      plan.runSheet[3]!.id,
      plan.runSheet[3]!.id,
      plan.runSheet[3]!.id,
    ]);

    // The phase list jumps too; keep typing, then lock mid-sentence.
    await page
      .getByRole('navigation', { name: 'Phases' })
      .getByRole('button', { name: `5 ${titles[4]!}` })
      .click();
    await expect.poll(() => phaseHeading(page).textContent()).toBe(titles[4]);
    await notes.click();
    await page.keyboard.type(' And I want to');
    await app.screenshot(`run-mode-01-${scheme}`);
    await page.keyboard.press('Control+L');
    await unlockScreenVisible(page);
    await unlock(page, PASSPHRASE);

    // Resumes at the same phase with every note.
    await openRunMode(page, TITLE);
    await expect.poll(() => phaseHeading(page).textContent()).toBe(titles[4]);
    await visible(page.getByText('It was my bag. 1 2 3 I felt embarrassed.'));
    await expect
      .poll(() => page.getByLabel('Conference notes').inputValue())
      .toBe('I am sorry. I did not think. And I want to');
    const [note] = (await call(app, 'note:list', { caseId })).filter((n) => n.title === 'Conference notes');
    expect(note!.kind).toBe('meeting');
    expect(note!.body).toMatch(
      /^@a \d{2}:\d{2} — It was my bag\. 1 2 3 I felt embarrassed\.\n@j \d{2}:\d{2} — I am sorry\. I did not think\. And I want to$/,
    );
    expect((await call(app, 'note:list', { caseId })).length).toBe(1);

    // Escape leaves for the Conference tab.
    await page.locator('.run-phase-title').focus();
    await page.keyboard.press('Escape');
    await visible(page.getByRole('tab', { name: 'Conference', selected: true }));
    expectCleanRun(app);
  });
}

it('times private family time in a family group conference, and extends it', async () => {
  app = await startApp();
  const { page } = app;
  await createVault(app);
  const { plan } = await seedCase(app, 'Okafor family plan', 'family_group_conference', [
    { name: 'Grace Okafor', role: 'family_member' },
    { name: 'Samuel Okafor', role: 'family_member' },
    { name: 'Helen Marsh', role: 'professional' },
  ]);
  const timed = plan.runSheet.findIndex((p) => p.timerMinutes);
  expect(plan.runSheet[timed]!.title).toBe('Private family time');
  await reopen(app);
  await openRunMode(page, 'Okafor family plan');
  await page.keyboard.press(String(timed + 1));
  await expect.poll(() => phaseHeading(page).textContent()).toBe('Private family time');
  const timer = page.getByRole('region', { name: 'Timer' });
  await visible(timer.getByText('90 minutes left (90 minutes, not started)'));
  await timer.getByRole('button', { name: 'Start timer' }).click();
  await visible(timer.getByRole('button', { name: 'Pause timer' }));
  await expect.poll(() => timer.locator('.run-timer-clock').textContent()).toMatch(/^(1:30:00|1:29:5\d)$/);
  await timer.getByRole('button', { name: 'Add 10 minutes' }).click();
  await visible(timer.getByText('100 minutes left'));
  await expect.poll(() => timer.locator('.run-timer-clock').textContent()).toMatch(/^(1:40:00|1:39:5\d)$/);
  await app.screenshot('run-mode-02-fgc-timer');
  await timer.getByRole('button', { name: 'Pause timer' }).click();
  await visible(timer.getByText(/\(paused\)/));
  expectCleanRun(app);
});
