/**
 * Quick capture on the real renderer: Ctrl+Shift+N from anywhere, the whole conversation by
 * keyboard, Escape asks before discarding, Save makes a "restorative conversation" case that
 * is then escalated to a restorative conference with its note intact. A lock in the middle of
 * typing keeps the text as a case.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import {
  PASSPHRASE,
  button,
  expectCleanRun,
  field,
  heading,
  hidden,
  unlock,
  unlockScreenVisible,
  visible,
} from './support/flows';
import { call, startWith } from './cases-seed';

let app: RunningApp;
beforeEach(async () => {
  app = await startApp({ viewport: { width: 1280, height: 900 } });
  await startWith(app, async () => undefined);
});
afterEach(async () => app?.close({ removeVault: true }));

const focusedLabel = (app: RunningApp) =>
  app.page.evaluate(
    `document.activeElement?.labels?.[0]?.textContent ?? document.activeElement?.textContent`,
  );

it('records a conversation by keyboard alone and escalates it to a restorative conference', async () => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today' }).click();
  await visible(heading(page, 'Today'));

  // From anywhere: the dialog opens with the cursor in "Who".
  await page.keyboard.press('Control+Shift+N');
  const dialog = await visible(page.getByRole('dialog', { name: 'Quick capture' }));
  expect(await focusedLabel(app)).toBe('Who');

  await page.keyboard.type('Kofi and Lena (Year 8)');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Science corridor after period 3');
  await page.keyboard.press('Tab');
  await page.keyboard.type(
    'Lena said the comments about her accent hurt. Kofi said he had not thought about it.',
  );
  await page.keyboard.press('Tab');
  await page.keyboard.type('Check in with Lena on Thursday.');
  await page.keyboard.press('Tab');
  expect(await focusedLabel(app)).toBe('Setting');
  await app.screenshot('cases-04-quick-capture');

  // Escape asks first; "Keep writing" keeps everything.
  await page.keyboard.press('Escape');
  await visible(dialog.getByText('Discard what you have typed? It has not been saved.'));
  expect(await focusedLabel(app)).toBe('Keep writing');
  await page.keyboard.press('Enter');
  await hidden(dialog.getByText('Discard what you have typed?'));
  expect(await dialog.getByLabel('What was said').inputValue()).toContain('accent hurt');

  // Ctrl+Enter saves from anywhere in the form.
  await page.keyboard.press('Control+Enter');
  await visible(dialog.getByText(/^Saved as RW-\d{4}-0001: Conversation with Kofi and Lena \(Year 8\)\.$/));
  expect(await focusedLabel(app)).toBe('Open the case');
  await page.keyboard.press('Enter');
  await hidden(page.getByRole('dialog'));
  await visible(heading(page, 'Conversation with Kofi and Lena (Year 8)'));
  await visible(page.locator('.case-head').getByText('Restorative conversation'));
  await visible(page.locator('.case-head').getByText('Follow-up', { exact: true }));

  // Escalate: same case, a new process, nothing lost.
  await visible(page.getByText('Nothing is lost.', { exact: false }));
  await field(page, 'Change the process to').selectOption({ label: 'Restorative conference' });
  await button(page, 'Change process').click();
  await visible(page.getByText('Now a restorative conference. Nothing was lost.'));
  await visible(page.locator('.case-head').getByText('Restorative conference'));
  // Same-minute entries sort by their stored times; what matters is that each is there and the
  // escalation comes last.
  await expect
    .poll(async () => (await page.locator('.timeline .timeline-what').allTextContents()).at(-1))
    .toBe('Process changed from restorative conversation to restorative conference');
  expect((await page.locator('.timeline .timeline-what').allTextContents()).sort()).toEqual([
    'Case opened as restorative conversation',
    'Conversation at Science corridor after period 3',
    'Note: Restorative conversation',
    'Process changed from restorative conversation to restorative conference',
    'Status: Referral → Follow-up',
  ]);

  // The note written from the conversation is still there, word for word.
  const list = await call(app, 'case:list', { query: 'Kofi' });
  expect(list.cases).toHaveLength(1);
  expect(list.cases[0]!.processType).toBe('restorative_conference');
  const notes = (await page.evaluate(
    `window.workbench.note.list({ caseId: ${JSON.stringify(list.cases[0]!.id)} })`,
  )) as { body: string }[];
  expect(notes).toHaveLength(1);
  expect(notes[0]!.body).toContain(
    'Lena said the comments about her accent hurt. Kofi said he had not thought about it.',
  );
  expect(notes[0]!.body).toContain('Check in with Lena on Thursday.');
  expectCleanRun(app);
});

it('opens from the case list, asks before discarding, and discards only when told', async () => {
  const { page } = app;
  await visible(heading(page, 'Cases'));
  await page
    .getByRole('button', { name: /^Quick capture/ })
    .first()
    .click();
  const dialog = await visible(page.getByRole('dialog', { name: 'Quick capture' }));

  // Nothing typed: Escape simply closes.
  await page.keyboard.press('Escape');
  await hidden(dialog);

  await page
    .getByRole('button', { name: /^Quick capture/ })
    .first()
    .click();
  await visible(page.getByRole('dialog', { name: 'Quick capture' }));
  await button(page, 'Save').click();
  await visible(page.getByText('Who was there is required.'));
  await visible(page.getByText('Write a line about what was said.'));
  expect(await focusedLabel(app)).toBe('Who');
  await page.keyboard.type('Sam');
  await page.keyboard.press('Escape');
  await button(page, 'Discard').click();
  await hidden(page.getByRole('dialog'));
  await visible(page.getByRole('heading', { name: 'No cases yet.' }));
  expect((await call(app, 'case:list', { archived: 'all' })).total).toBe(0);
  expectCleanRun(app);
});

it('keeps what was typed when the workbench locks before Save', async () => {
  const { page } = app;
  await visible(heading(page, 'Cases'));
  await page.keyboard.press('Control+Shift+N');
  await visible(page.getByRole('dialog', { name: 'Quick capture' }));
  await page.keyboard.type('Priya and her foster carer');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Talked about the broken window; Priya offered to help fix it.');

  await page.keyboard.press('Control+L');
  await unlockScreenVisible(page);
  await unlock(page, PASSPHRASE);

  await visible(
    page.getByText(
      /^An unfinished quick capture was saved as RW-\d{4}-0001\. Check it and finish it there\.$/,
    ),
  );
  const list = await call(app, 'case:list', {});
  expect(list.cases.map((c) => [c.title, c.status])).toEqual([
    ['Conversation with Priya and her foster carer', 'follow_up'],
  ]);
  const notes = await call(app, 'note:list', { caseId: list.cases[0]!.id });
  expect(notes[0]!.body).toContain('Talked about the broken window; Priya offered to help fix it.');
  expect(notes[0]!.body).toContain('Saved when the workbench locked');

  await page.getByRole('button', { name: /^RW-\d{4}-0001$/ }).click();
  await visible(heading(page, 'Conversation with Priya and her foster carer'));
  expectCleanRun(app);
});
