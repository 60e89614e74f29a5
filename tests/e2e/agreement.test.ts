/**
 * The agreement in the real renderer over a real vault: from the school-incident conference's
 * three draft actions to a full agreement (fixing what the SMART check points at), agreed,
 * revised as version 2, saved as Word and as PDF from the print view, followed up, reviewed,
 * the completion letter written, and the report counting it. The conference itself (run mode,
 * capturing the drafts) is proven in school-incident.test.ts; here it is set up through the
 * handlers. Invented names.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { convertToPdf } from '../node/support/libreoffice';
import { SCREENSHOT_DIR, startApp, type RunningApp } from './support/harness';
import { expectCleanRun, heading, hidden, visible } from './support/flows';
import { inkOnPage, pageBreakProblems, printOverflow, textReach } from './support/print-checks';
import { wordsFor } from '../../src/shared/domain/agreement';
import { SCHOOL_PEOPLE, call, createVault, reopen, seedCase } from './run-mode-flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

const TITLE = 'Year 9 corridor incident';
const DRAFTS = [
  'Jordan replaces the broken bag strap',
  'Ayla and Jordan sit apart in science for two weeks',
  'Jordan will try to be kinder at lunch',
];

function isoDay(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Each action as printed: its words, then what its other cells say (filled in below). */
const PRINTED_ACTIONS = [
  ['Jordan replaces the broken bag strap', 'Ayla shows the new strap to Mr Okafor', 'We meet again'],
  ['sit apart in science', 'The science teacher keeps the seating plan', 'We meet again'],
  ['Jordan says hello to', 'Ayla tells Mr Okafor at the review', 'We meet again'],
];
const pdfText = (pdf: string) =>
  execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');

it('turns the three draft actions into an agreement, prints it, follows it up and reviews it', async () => {
  app = await startApp();
  const { page } = app;
  await createVault(app);
  const { caseId } = await seedCase(app, TITLE, 'restorative_conference', SCHOOL_PEOPLE);
  // The conference took place yesterday (so the report counts it) and captured three actions.
  await call(app, 'conference:update', {
    caseId,
    startsAt: `${isoDay(-1)}T10:00`,
    venue: 'Northfield School',
    room: 'Library annex',
  });
  await call(app, 'conference:confirm', { caseId, overrideReason: 'Held at short notice.' });
  await call(app, 'case:update', { id: caseId, referral: { date: isoDay(-10) } });
  for (const text of DRAFTS) await call(app, 'run:captureAction', { caseId, text });
  // Settings → About you: who signs the letters (its screen is proven in settings.test.ts).
  await call(app, 'settings:update', {
    aboutYou: { name: 'Sam Okafor', role: 'Restorative practitioner', contact: '01632 960000' },
  });
  await reopen(app);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: TITLE, exact: true }))).click();
  await visible(heading(page, TITLE));
  await page.getByRole('tab', { name: 'Agreement' }).click();
  for (const d of DRAFTS) await visible(page.getByText(d, { exact: true }));
  await page.getByRole('button', { name: 'Start the agreement from 3 draft actions' }).click();

  // Each action as a card, with SMART advice in plain words.
  const action = (n: number) => page.getByRole('listitem', { name: `Action ${n}` });
  await visible(action(3));
  const first = action(1);
  for (const advice of [
    'No one is named to do this.',
    'There is no date for this.',
    'Say how everyone will know it has been done.',
    'Say who will check it.',
  ])
    await visible(first.getByText(advice));
  await visible(action(3).getByText(/"try" is hard to check/));
  await app.screenshot('agreement-editor-advice');

  // Fix what the check flags; a past date is pointed out too.
  const fill = async (n: number, who: string, days: number, how: string, forWhom?: string) => {
    const card = action(n);
    await card.getByLabel('Who does it').selectOption({ label: who });
    if (forWhom) await card.getByLabel('For whom').selectOption({ label: forWhom });
    await card.getByLabel('By when').fill(isoDay(days));
    await card.getByLabel('How will everyone know it is done?').fill(how);
    await card.getByLabel('Who checks it').fill('Mr Okafor');
    await card.getByLabel('If it is not done').fill('We meet again to talk about it');
  };
  await first.getByLabel('By when').fill(isoDay(-3));
  await visible(first.getByText('This date is in the past.'));
  await fill(1, 'Jordan Fenwick', 3, 'Ayla shows the new strap to Mr Okafor', 'Ayla Brightwater');
  await visible(first.getByText('Specific, owned, dated and checkable.'));
  expect(await first.getByText('This date is in the past.').count()).toBe(0);
  await fill(2, 'Ayla Brightwater', 14, 'The science teacher keeps the seating plan');
  await action(3)
    .getByLabel('What will be done')
    .fill('Jordan says hello to ‏ليلى and Ayla at lunch each day 🙂');
  await fill(3, 'Jordan Fenwick', 21, 'Ayla tells Mr Okafor at the review', 'Noor Castellan');
  for (const n of [1, 2, 3]) await visible(action(n).getByText('Specific, owned, dated and checkable.'));

  await page
    .getByLabel('What this agreement is about')
    .fill('A bag strap was broken in the corridor <script>.');
  const signer = (name: string) => page.getByRole('combobox', { name });
  await signer('Ayla Brightwater').selectOption('signs');
  await signer('Noor Castellan').selectOption('declines');
  await signer('Jordan Fenwick').selectOption('signs');
  await page.getByLabel('Review date').fill(isoDay(30));
  await page.getByLabel('Who receives a copy').fill('Everyone who signs');
  await visible(page.getByText(/^Saved \d{2}:\d{2}$/));
  await app.screenshot('agreement-editor-fixed');
  const saved = await call(app, 'agreement:get', { caseId });
  expect(saved.agreement!.actions.map((a) => a.whoName)).toEqual([
    'Jordan Fenwick',
    'Ayla Brightwater',
    'Jordan Fenwick',
  ]);
  expect(saved.agreement!.statement).toBe('A bag strap was broken in the corridor <script>.');

  await page.getByRole('button', { name: 'Mark as agreed' }).click();
  await visible(page.getByText('Agreed', { exact: true }));
  const doc = page.getByRole('article', { name: 'Agreement, as printed' }).first();
  await visible(doc.getByText('Jordan says hello to', { exact: false }));
  await visible(doc.getByText('Noor Castellan chose not to have a written agreement.'));

  // Changing it now makes version 2; version 1 stays readable.
  await page.getByRole('button', { name: /Change the agreement/ }).click();
  await page.getByLabel('Who receives a copy').fill('Everyone who signs, and the head of year');
  await visible(page.getByText(/^Agreement, version 2/));
  await page.getByRole('button', { name: 'Mark as agreed' }).click();
  await visible(page.getByText('Agreed', { exact: true }));
  await page
    .getByRole('navigation', { name: 'Versions' })
    .getByRole('button', { name: /Version 1/ })
    .click();
  await visible(page.getByRole('region', { name: 'Version 1, read only' }));

  // The print view, in every version, fits the page: nothing wider than A4 between its margins,
  // the actions table's right border printed, page 1 used rather than left half blank.
  const variants = ['standard', 'plain_english', 'large_print'] as const;
  for (const variant of variants) {
    await page.getByLabel('Version of the document').selectOption(variant);
    expect(await printOverflow(page), variant).toEqual([]);
    await page.getByRole('button', { name: 'Save as PDF' }).click();
    // Written whole once its end is there (the "Saved" line may still be the last version's).
    const saved = () => readdirSync(app!.dir).find((f) => f.startsWith('agreement-') && f.endsWith('.pdf'));
    await expect
      .poll(() => {
        const name = saved();
        return name
          ? readFileSync(join(app!.dir, name)).subarray(-8).toString('latin1').includes('%%EOF')
          : false;
      })
      .toBe(true);
    const printed = join(app.dir, `print-view-${variant}.pdf`);
    renameSync(join(app.dir, saved()!), printed);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      printed,
      join(SCREENSHOT_DIR, `agreement-print-${variant}`),
    ]);
    // Pages break between things: no heading left at a page's foot, each action on one page.
    const w = wordsFor(variant);
    const headings: string[] = [w.participants, w.about, w.actions, w.review, w.copies, w.confidentiality];
    headings.push(w.binding, w.signatures, 'Action 1', 'Action 2', 'Action 3');
    expect(pageBreakProblems(printed, headings, PRINTED_ACTIONS), variant).toEqual([]);
    const ink = inkOnPage(printed, 1);
    // Inside the paper less its 16 mm margin (a clipped table runs to the paper's edge).
    expect(ink.rightMm, variant).toBeLessThan(210 - 16 + 1);
    expect(textReach(printed, 1), variant).toBeGreaterThan(0.7);
    if (variant !== 'large_print') {
      // The rightmost ink is the table's right border, at the margin: a line down the table.
      expect(ink.rightMm, variant).toBeGreaterThan(210 - 16 - 2);
      expect(ink.rightColumnMm, variant).toBeGreaterThan(40);
    }
  }

  // Word (large print) beside the PDF of the same version, where the facilitator chooses.
  await page.getByRole('button', { name: 'Save as Word' }).click();
  await visible(page.getByText(/Saved to .*large-print\.docx/));
  const docx = join(
    app.dir,
    readdirSync(app.dir).find((f) => f.endsWith('large-print.docx'))!,
  );
  const pdf = join(app.dir, 'print-view-large_print.pdf');
  const word = convertToPdf([docx], app.dir).get(docx)!;
  for (const text of [
    pdfText(pdf),
    word.flow.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' '),
  ]) {
    for (const expected of [
      'Jordan replaces the broken bag strap',
      'Ayla Brightwater',
      'Mr Okafor',
      'head of year',
    ])
      expect(text).toContain(expected);
    expect(text).toContain('Signature');
    expect(text).not.toContain('Held at short notice');
  }
  // The print view shows the agreement alone: no sidebar, no buttons.
  expect(pdfText(pdf)).not.toContain('Lock');
  expect(pdfText(pdf)).not.toContain('Save as Word');
  expect(pdfText(pdf)).toMatch(/Page 1 of \d/);

  // Today lists the first action, due in three days.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today' }).click();
  await visible(page.getByText('Jordan replaces the broken bag strap'));
  await page.getByText('Jordan replaces the broken bag strap').click();
  await visible(page.getByRole('tab', { name: 'Agreement', selected: true }));

  // Follow-up, then the review closes it.
  const update = async (n: number, status: string, note: string) => {
    const form = page.getByRole('form', { name: `Update action ${n}` });
    await form.getByLabel('Status').selectOption(status);
    await form.getByLabel('Note').fill(note);
    await form.getByRole('button', { name: 'Record' }).click();
    await visible(
      page.getByRole('list', { name: `History of action ${n}` }).getByText(note, { exact: false }),
    );
  };
  await update(1, 'in_progress', 'Strap ordered');
  await update(1, 'done', 'Seen by Mr Okafor');
  await update(2, 'done', 'Seating plan changed');
  // A date after today is pointed out gently beside the field, and still recorded.
  const third = page.getByRole('form', { name: 'Update action 3' });
  await third.getByLabel('On').fill(isoDay(2));
  const later = 'This date is after today. Check it is the day this happened.';
  await visible(third.getByText(later));
  expect(await third.getByText(later).getAttribute('class')).toBe('smart-hint');
  await update(3, 'partly_done', 'Most days');
  expect((await call(app, 'agreement:get', { caseId })).agreement!.actions[2]!.history.at(-1)!.on).toBe(
    isoDay(2),
  );
  await app.screenshot('agreement-follow-up');
  const review = page.getByRole('region', { name: 'Review meeting' });
  expect(await review.getByLabel('Was the agreement kept?').inputValue()).toBe('partly_completed');
  await review.getByLabel('Who came').fill('Ayla, Jordan, Mr Okafor');
  const reviewLater = 'This date is after today. Check it is the day the review was held.';
  await review.getByLabel('Held on').fill(isoDay(7));
  await visible(review.getByText(reviewLater));
  await app.screenshot('agreement-review-future-date');
  await review.getByLabel('Held on').fill(isoDay(0));
  await hidden(review.getByText(reviewLater));
  await review.getByRole('button', { name: 'Record the review and close the agreement' }).click();
  await visible(page.getByText(/Reviewed on .*: the agreement was partly completed/));

  // The completion letter to a person harmed: its contact starts as About you's.
  expect(await page.getByLabel('Contact name').inputValue()).toBe('Sam Okafor');
  expect(await page.getByLabel('Contact details').inputValue()).toBe('01632 960000');
  await page.getByLabel('Letter to').selectOption({ label: 'Ayla Brightwater' });
  await page.getByRole('button', { name: 'Write the completion letter' }).click();
  await visible(page.getByText(/Saved to .*letter-/));
  const letter = join(
    app.dir,
    // One letter per recipient: the name carries the case and the person.
    readdirSync(app.dir).find(
      (f) => f.startsWith('completion-letter-') && f.endsWith('Ayla-Brightwater.docx'),
    )!,
  );
  const letterText = convertToPdf([letter], app.dir).get(letter)!.flow.replace(/\s+/g, ' ');
  expect(letterText).toContain('Dear Ayla Brightwater,');
  expect(letterText).toContain('Some of the agreement has been done, but not all of it.');
  expect(letterText).toContain('Jordan replaces the broken bag strap — done');
  expect(letterText).not.toContain('Noor');
  expect(letterText).toContain('You can contact Sam Okafor (01632 960000) at any time.');
  expect(letterText).toContain('With best wishes, Sam Okafor Restorative practitioner 01632 960000');
  expect(letterText).not.toMatch(/your facilitator/i);

  // The report counts it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Reports' }).click();
  await page.getByLabel('From').fill(isoDay(-30));
  const figure = (label: string) => page.locator('.reports-figure').filter({ hasText: label }).locator('dd');
  await expect.poll(() => figure('Agreements made').textContent()).toBe('1');
  expect(await figure('Conferences held').textContent()).toBe('1');
  expect(await figure('Actions completed').textContent()).toBe('2');
  expect(await figure('Agreements reviewed').textContent()).toBe('1');
  expect(await figure('Agreements completed').textContent()).toBe('0');
  // Referred ten days ago, conference yesterday.
  expect(await figure('Median days from referral to conference').textContent()).toBe('9');
  await app.screenshot('reports');
  await page.getByLabel('Column for the count').fill('Total');
  await page.getByRole('button', { name: 'Save as CSV' }).click();
  await visible(page.getByText(/Saved to .*\.csv/));
  expect(
    existsSync(
      join(
        app.dir,
        readdirSync(app.dir).find((f) => f.endsWith('.csv'))!,
      ),
    ),
  ).toBe(true);
  expectCleanRun(app);
});
