/**
 * Search (Ctrl/Cmd+K) in the real renderer over a real vault: results as you type, grouped,
 * with the matching words marked; arrow keys and Enter open a note in its case, a case at its
 * overview, a person at their page; one Escape closes and gives focus back, even with words
 * typed; "More results" adds the next page; meeting notes show who spoke, by name.
 */
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { button, expectCleanRun, field, heading, hidden, visible } from './support/flows';
import { CASE_TITLE, call, startWithCase } from './notes-flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

it('finds a note with a highlighted snippet and opens it with the keyboard', async () => {
  app = await startApp();
  const { page } = app;
  const { caseId } = await startWithCase(app);
  await call(app, 'note:save', {
    caseId,
    title: 'Call with the head of year',
    body: 'The head of year says the broken lantern in the art room was a separate matter.',
  });
  await call(app, 'note:save', {
    caseId,
    title: 'Preparation meeting with Jordan',
    body: 'Jordan brought a paper <b>lantern</b> he made as a way to say sorry. <script>x()</script>',
  });

  // Escape closes and puts focus back where it was.
  const settings = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' });
  await settings.focus();
  await page.keyboard.press('Control+K');
  const dialog = await visible(page.getByRole('dialog', { name: 'Search' }));
  await page.keyboard.press('Escape');
  await hidden(dialog);
  expect(await settings.evaluate((el) => el.matches(':focus'))).toBe(true);

  await page.keyboard.press('Control+K');
  await visible(dialog);
  const box = dialog.getByRole('combobox', { name: 'Search cases, people and notes' });
  await expect.poll(() => box.evaluate((el) => el.matches(':focus'))).toBe(true);
  await page.keyboard.type('lanter');
  const results = dialog.getByRole('listbox', { name: 'Results' });
  await expect.poll(() => results.getByRole('option').count()).toBe(2);
  await visible(results.getByRole('group', { name: 'Notes' }));
  // Matches are <mark> elements; what was typed in the note stays text.
  expect(await results.locator('mark').allTextContents()).toEqual(['lantern', 'lantern']);
  expect(await results.locator('b, script').count()).toBe(0);
  await visible(results.getByText(/<b>/));
  await visible(dialog.getByText('2 results. Arrow keys move, Enter opens.'));
  await app.screenshot('search-01-results');

  // One Escape closes the dialog with words typed (a search field's Escape would only clear it).
  await page.keyboard.press('Escape');
  await hidden(dialog);
  await page.keyboard.press('Control+K');
  await visible(dialog);
  expect(await box.inputValue()).toBe('');
  await page.keyboard.type('lanter');
  await expect.poll(() => results.getByRole('option').count()).toBe(2);

  // The first option is active; Down moves to the second, Up wraps back, Down again, Enter opens it.
  const second = results.getByRole('option').nth(1);
  const secondTitle = (await second.locator('.search-hit-title').textContent()) ?? '';
  await page.keyboard.press('ArrowDown');
  expect(await second.getAttribute('aria-selected')).toBe('true');
  expect(await box.getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await second.getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
  await hidden(dialog);
  await visible(heading(page, CASE_TITLE));
  expect(await page.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => field(page, 'Title').inputValue()).toBe(secondTitle);
  expectCleanRun(app);
});

it('opens a case at its overview and a person at their page', async () => {
  app = await startApp();
  const { page } = app;
  await startWithCase(app);

  await page.keyboard.press('Control+K');
  const dialog = await visible(page.getByRole('dialog', { name: 'Search' }));
  await page.keyboard.type('lunch queue');
  const caseHit = await visible(dialog.getByRole('option', { name: new RegExp(CASE_TITLE) }));
  expect(await caseHit.locator('mark').count()).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await visible(heading(page, CASE_TITLE));
  expect(await page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');

  await page.keyboard.press('Control+K');
  await visible(dialog);
  await page.keyboard.type('marisol');
  await visible(dialog.getByRole('group', { name: 'People' }));
  await app.screenshot('search-02-person');
  await dialog.getByRole('option', { name: /Marisol Brightwater/ }).click();
  await visible(heading(page, 'Marisol Brightwater'));

  // Nothing found says so calmly; the Close button closes.
  await page.keyboard.press('Control+K');
  await visible(dialog);
  await page.keyboard.type('zzyzx');
  await visible(dialog.getByText('Nothing found for “zzyzx”.'));
  await button(page, 'Close').click();
  await hidden(dialog);
  expectCleanRun(app);
});

it('shows that more results exist and adds the next page, keeping the keyboard in the list', async () => {
  app = await startApp();
  const { page } = app;
  const { caseId } = await startWithCase(app);
  for (let i = 1; i <= 24; i++) {
    await call(app, 'note:save', {
      caseId,
      title: `Visit ${i}`,
      body: `The paper lantern came up again (${i}).`,
    });
  }
  await page.keyboard.press('Control+K');
  const dialog = await visible(page.getByRole('dialog', { name: 'Search' }));
  await page.keyboard.type('lantern');
  const options = dialog.getByRole('listbox', { name: 'Results' }).getByRole('option');
  await expect.poll(() => options.count()).toBe(20);
  await visible(
    dialog.getByText(
      'Showing 20 of 24 results. Arrow keys move, Enter opens. More results shows the next ones.',
    ),
  );
  await app.screenshot('search-03-more');
  // On a small window the dialog still fits, with its buttons in reach.
  await page.setViewportSize({ width: 640, height: 400 });
  await visible(button(page, 'More results'));
  const fits = await dialog.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const view = el.ownerDocument.documentElement;
    return (
      box.right <= view.clientWidth && box.bottom <= view.clientHeight && el.scrollWidth <= el.clientWidth
    );
  });
  expect(fits).toBe(true);
  await app.screenshot('search-03-more-small');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.keyboard.press('Tab');
  const more = button(page, 'More results');
  expect(await more.evaluate((el) => el.matches(':focus'))).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => options.count()).toBe(24);
  await visible(dialog.getByText('24 results. Arrow keys move, Enter opens.'));
  expect(await more.count()).toBe(0);
  // Focus is back in the field, on the first of the new results.
  const box = dialog.getByRole('combobox', { name: 'Search cases, people and notes' });
  await expect.poll(() => box.evaluate((el) => el.matches(':focus'))).toBe(true);
  expect(await options.nth(20).getAttribute('aria-selected')).toBe('true');
  const titles = await dialog.locator('.search-hit-title').allTextContents();
  expect(new Set(titles).size).toBe(24);
  expectCleanRun(app);
});

it("shows who spoke by name in a meeting note's snippet, never the letter code", async () => {
  app = await startApp();
  const { page } = app;
  const { caseId, ayla } = await startWithCase(app);
  await call(app, 'note:save', {
    caseId,
    kind: 'meeting',
    title: 'Conference',
    body: '@a 07:35 — The broken lantern still upsets me.\n@f 07:36 — Thank you.',
    speakers: [
      { key: 'a', personId: ayla, name: 'Ayla Brightwater', colour: '#1d6fb8' },
      { key: 'f', personId: null, name: 'Facilitator', colour: '#b34a00' },
    ],
  });
  await page.keyboard.press('Control+K');
  const dialog = await visible(page.getByRole('dialog', { name: 'Search' }));
  await page.keyboard.type('lantern');
  const snippet = await visible(dialog.locator('.search-hit-snippet'));
  await expect
    .poll(() => snippet.textContent())
    .toBe('Ayla Brightwater 07:35 — The broken lantern still upsets me. Facilitator 07:36 — Thank you.');
  expect(await snippet.locator('mark').allTextContents()).toEqual(['lantern']);
  await app.screenshot('search-04-speakers');
  expectCleanRun(app);
});
