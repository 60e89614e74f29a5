/**
 * The case list on the real renderer and a real vault: eight invented cases of different
 * processes and stages, the calm "needs attention" badges, search as you type, the filters,
 * archived / all, honest empty states, and a new case made through the form (its validation
 * errors first).
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
  textOf,
  unlock,
  unlockScreenVisible,
  visible,
} from './support/flows';
import { MovableClock, call, seedEightCases, startWith } from './cases-seed';

let app: RunningApp;
const clock = new MovableClock();
beforeEach(async () => {
  clock.reset();
  app = await startApp({ workbench: { clock }, viewport: { width: 1360, height: 900 } });
});
afterEach(async () => app?.close({ removeVault: true }));

const rows = (app: RunningApp) => app.page.locator('tbody tr');
const rowTitles = (app: RunningApp) => app.page.locator('tbody .case-open').allTextContents();
const countLine = (app: RunningApp) => textOf(app.page.locator('.list-status'));

it('lists cases with what matters at a glance, and finds them as you type', async () => {
  const { page } = app;
  await startWith(app, () => seedEightCases(app, clock));
  await visible(heading(page, 'Cases'));
  await expect.poll(() => countLine(app)).toBe('7 cases');
  await app.screenshot('cases-01-list');

  // Most recent activity first; the archived case is not in the active list.
  const titles = await rowTitles(app);
  expect(titles[0]).toBe('Maple House kitchen damage');
  expect(titles).not.toContain('Staffroom rota dispute');

  // A row says reference, title, process, setting, status, people and next meeting.
  const lunch = page.locator('tbody tr', { hasText: 'Year 9 lunchtime incident' });
  const cells = (await lunch.locator('td').allTextContents()).map((t) => t.trim());
  expect(cells[0]).toMatch(/^RW-\d{4}-\d{4}$/);
  expect(cells.slice(2, 6)).toEqual(['Restorative conference', 'School', 'Preparation', '2']);
  expect(cells[6]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, 10:00$/);
  expect(cells[1]).toContain('Meeting soon');

  // Calm attention badges: quiet cases, a meeting soon, consent withdrawn.
  const quiet = page.locator('tbody tr', { hasText: 'Bus stop disagreement' });
  await visible(quiet.getByText('No activity for 40 days'));
  await visible(page.locator('tbody tr', { hasText: 'Maple House' }).getByText('Consent withdrawn'));

  // Search as you type: title, a person's name, the summary.
  const search = field(page, 'Search cases');
  await search.pressSequentially('lunch');
  await expect.poll(() => rowTitles(app)).toEqual(['Year 9 lunchtime incident']);
  await search.fill('Okonjo');
  await expect.poll(() => rowTitles(app)).toEqual(['Okonjo family plan']);
  await search.fill('canteen');
  await expect.poll(() => rowTitles(app)).toEqual(['Year 9 lunchtime incident']);

  // Down from the search box goes to the first result; Enter opens it.
  await search.press('ArrowDown');
  expect(await page.evaluate('document.activeElement?.textContent')).toBe('Year 9 lunchtime incident');
  await page.keyboard.press('Enter');
  await visible(heading(page, 'Year 9 lunchtime incident'));
  await page.getByRole('button', { name: 'All cases' }).click();
  await visible(heading(page, 'Cases'));

  // Nothing matching: an honest "no match", with a way back.
  await field(page, 'Search cases').fill('zebra crossing');
  await visible(page.getByRole('heading', { name: 'No cases match.' }));
  await button(page, 'Clear search and filters').click();
  await expect.poll(() => countLine(app)).toBe('7 cases');
  expectCleanRun(app);
});

it('finds a Polish name typed without its accents, in any case', async () => {
  const { page } = app;
  await startWith(app, async () => {
    const kase = await call(app, 'case:create', {
      title: 'Allotment shed damage',
      processType: 'restorative_conference',
      setting: 'community',
    });
    await call(app, 'participant:add', {
      caseId: kase.id,
      role: 'harmed',
      person: { preferredName: 'Łukasz Żółć' },
    });
    await call(app, 'case:create', {
      title: 'Bus stop argument',
      processType: 'circle',
      setting: 'community',
    });
  });
  await visible(heading(page, 'Cases'));
  const search = field(page, 'Search cases');
  for (const typed of ['lukasz zolc', 'ZOLC', 'Łukasz']) {
    await search.fill(typed);
    await expect.poll(() => rowTitles(app)).toEqual(['Allotment shed damage']);
  }
  await app.screenshot('cases-02-folded-name');
  expectCleanRun(app);
});

it('filters by status, process, setting and needs attention; shows archived and all', async () => {
  const { page } = app;
  await startWith(app, () => seedEightCases(app, clock));
  await visible(heading(page, 'Cases'));
  await expect.poll(() => countLine(app)).toBe('7 cases');

  // The filters fold away behind one button that says how many are on.
  const toggle = page.getByRole('button', { name: /^(Filters|Hide filters)/ });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await field(page, 'Status').isVisible()).toBe(false);
  await toggle.click();
  await field(page, 'Status').selectOption({ label: 'Preparation' });
  await expect.poll(() => rowTitles(app)).toEqual(['Year 9 lunchtime incident']);
  expect(await toggle.textContent()).toBe('Hide filters (1 on)');
  await toggle.click();
  expect(await toggle.textContent()).toBe('Filters (1 on)');
  await toggle.click();
  await field(page, 'Status').selectOption({ label: 'Any status' });

  await field(page, 'Process').selectOption({ label: 'Circle' });
  await expect.poll(() => rowTitles(app)).toEqual(['Form 8C classroom circle']);
  await field(page, 'Process').selectOption({ label: 'Any process' });

  await field(page, 'Setting').selectOption({ label: 'School' });
  await expect
    .poll(async () => (await rowTitles(app)).sort())
    .toEqual(['Conversation with Mia and Sol', 'Form 8C classroom circle', 'Year 9 lunchtime incident']);
  await field(page, 'Setting').selectOption({ label: 'Any setting' });

  // "Needs attention" says what it means (14 days from Settings) and narrows the list.
  await visible(
    page.getByText('No activity for 14 days, a meeting in the next 7 days, or consent withdrawn.'),
  );
  await page.getByRole('checkbox', { name: 'Needs attention' }).check();
  await expect
    .poll(async () => (await rowTitles(app)).sort())
    .toEqual([
      'Bus stop disagreement',
      'Maple House kitchen damage',
      'Okonjo family plan',
      'Year 9 lunchtime incident',
    ]);
  await page.getByRole('checkbox', { name: 'Needs attention' }).uncheck();

  await field(page, 'Sort by').selectOption({ label: 'Title' });
  await expect.poll(async () => (await rowTitles(app))[0]).toBe('Bus stop disagreement');

  await page.getByRole('radio', { name: 'Archived' }).check();
  await expect.poll(() => rowTitles(app)).toEqual(['Staffroom rota dispute']);
  await visible(page.locator('tbody').getByText('Archived', { exact: true }));
  await page.getByRole('radio', { name: 'All' }).check();
  await expect.poll(() => countLine(app)).toBe('8 cases');
  expectCleanRun(app);
});

it('creates a case through the form: errors next to the fields first, then the case opens', async () => {
  const { page } = app;
  await startWith(app, async () => undefined);
  await visible(page.getByRole('heading', { name: 'No cases yet.' }));

  await page.getByRole('button', { name: 'New case' }).first().click();
  const dialog = await visible(page.getByRole('dialog', { name: 'New case' }));
  // The title field has the cursor; the referral date starts as today.
  expect(
    await page.evaluate('document.activeElement?.closest(".field")?.querySelector("label")?.textContent'),
  ).toBe('Title');
  expect(await field(page, 'Referral date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await visible(dialog.getByText('Neutral: what happened, not who is to blame.'));

  // The process types come in continuum order, informal first.
  const processes = await dialog
    .getByRole('group', { name: /^Process/ })
    .locator('.choice-label')
    .allTextContents();
  expect(processes).toEqual([
    'Restorative conversation',
    'Impromptu conference',
    'Circle',
    'Restorative conference',
    'Family group conference',
    'Indirect / shuttle',
    'Workplace mediation',
  ]);

  await button(page, 'Create case').click();
  await visible(dialog.getByText('A case title is required.'));
  await visible(dialog.getByText('Choose a process type.'));
  await visible(dialog.getByText('Choose a setting.'));
  expect(await dialog.getByLabel('Title', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  await app.screenshot('cases-02-new-case-errors');

  await dialog.getByLabel('Title', { exact: true }).fill('Playground football row');
  const inDialog = (label: string) => dialog.getByLabel(label, { exact: true });
  await visible(dialog.getByText('Choose a process type.'));
  await dialog.getByRole('radio', { name: 'Circle' }).check();
  await inDialog('Setting').selectOption({ label: 'School' });
  await inDialog('How it came in').selectOption({ label: 'Phone call' });
  await inDialog('Referrer').fill('Ms Adeyemi, Year 6 teacher');
  await inDialog('Summary').fill('A game ended in pushing; two boys were hurt.');
  await dialog.getByRole('radio', { name: 'Partly' }).check();
  await button(page, 'Create case').click();

  await visible(heading(page, 'Playground football row'));
  await hidden(page.getByRole('dialog'));
  expect(await page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');
  await visible(page.getByText('Ms Adeyemi, Year 6 teacher'));
  await visible(page.getByText('A game ended in pushing; two boys were hurt.'));
  await visible(page.getByText('Case opened as circle'));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await expect.poll(() => rowTitles(app)).toEqual(['Playground football row']);
  expect(await rows(app).count()).toBe(1);
  expectCleanRun(app);
});

it('shows 2,000 cases a page at a time, from one request per page, drawing only the rows in view', async () => {
  const { page } = app;
  const lists: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/rpc/')) lists.push(decodeURIComponent(r.url().split('/rpc/')[1] ?? ''));
  });
  await startWith(app, async () => {
    const types = ['restorative_conversation', 'circle', 'restorative_conference', 'indirect'] as const;
    for (let i = 1; i <= 2000; i += 1) {
      await app.workbench.dispatch('case:create', {
        title: `Invented case ${String(i).padStart(4, '0')}`,
        processType: types[i % types.length],
        setting: 'school',
      });
    }
  });
  await expect.poll(() => countLine(app)).toBe('Showing 250 of 2,000 cases');
  // The table holds 250 cases (a screen reader is told so), but draws only those in view.
  const table = page.getByRole('table', { name: 'Cases' });
  expect(await table.getAttribute('aria-rowcount')).toBe('251');
  const drawn = await page.locator('tbody tr.case-row').count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(60);
  // No request per row: the whole page of the list came from one case:list call.
  expect(lists.filter((c) => c.startsWith('case:')).length).toBe(1);

  // Down from the search box, then down and up through the rows: rows not drawn yet are
  // reached, focused and scrolled into view, each with its place in the table.
  const focusedRow = () =>
    page.evaluate(
      `(() => { const b = document.activeElement; const r = b?.closest('tr');
        const box = b?.getBoundingClientRect();
        return { title: b?.textContent, index: r?.getAttribute('aria-rowindex'),
                 inView: !!box && box.top >= 0 && box.bottom <= window.innerHeight }; })()`,
    ) as Promise<{ title: string; index: string; inView: boolean }>;
  await field(page, 'Search cases').press('ArrowDown');
  expect(await focusedRow()).toEqual({ title: 'Invented case 2000', index: '2', inView: true });
  for (let i = 0; i < 60; i += 1) await page.keyboard.press('ArrowDown');
  await expect.poll(focusedRow).toEqual({ title: 'Invented case 1940', index: '62', inView: true });
  await page.keyboard.press('ArrowUp');
  await expect.poll(focusedRow).toEqual({ title: 'Invented case 1941', index: '61', inView: true });
  // Scrolling far away keeps the focused row (and so focus) in the table.
  await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
  await expect.poll(() => page.locator('tbody tr.case-row').last().getAttribute('aria-rowindex')).toBe('251');
  expect((await focusedRow()).title).toBe('Invented case 1941');
  await page.keyboard.press('Enter');
  await visible(heading(page, 'Invented case 1941'));
  await page.getByRole('button', { name: 'All cases' }).click();

  await button(page, 'Show 250 more').click();
  await expect.poll(() => countLine(app)).toBe('Showing 500 of 2,000 cases');
  expect(await table.getAttribute('aria-rowcount')).toBe('501');
  expect(lists.filter((c) => c.startsWith('case:list')).length).toBeGreaterThanOrEqual(2);
  await field(page, 'Search cases').fill('1999');
  await expect.poll(() => rowTitles(app)).toEqual(['Invented case 1999']);
  await app.screenshot('cases-03-long-list');
  expectCleanRun(app);
});

it('keeps a half-typed new case when the workbench locks', async () => {
  const { page } = app;
  await startWith(app, async () => undefined);
  await page.getByRole('button', { name: 'New case' }).first().click();
  const dialog = await visible(page.getByRole('dialog', { name: 'New case' }));
  await dialog.getByLabel('Summary', { exact: true }).fill('Two neighbours argued over a fence panel.');
  await page.keyboard.press('Control+L');
  await unlockScreenVisible(page);
  await unlock(page, PASSPHRASE);
  await visible(page.getByText(/^An unfinished new case was saved as RW-\d{4}-0001\./));
  await expect.poll(() => rowTitles(app)).toEqual(['New case (unfinished)']);
  await page.getByRole('button', { name: 'New case (unfinished)', exact: true }).click();
  await visible(page.getByText('Two neighbours argued over a fence panel.'));
  expectCleanRun(app);
});
