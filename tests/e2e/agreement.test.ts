/**
 * The agreement in the real renderer over a real vault: the school-incident conference's three
 * draft actions become a full agreement, the SMART advice goes as each action is completed,
 * hostile text survives, the Word document opens (LibreOffice) and the print view prints to
 * PDF (Chromium) with the names and actions; then follow-up, the review, the completion
 * letter, and the report counting the agreement.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { convertToPdf } from '../node/support/libreoffice';
import { SCREENSHOT_DIR, startApp, type RunningApp } from './support/harness';
import { expectCleanRun, visible } from './support/flows';
import { SCHOOL_PEOPLE, call, createVault, reopen, seedCase } from './run-mode-flows';
import { adviceOf, openAgreementTab, actionCard } from './agreement-flows';

let app: RunningApp | undefined;
let converted: string | undefined;
afterEach(async () => {
  await app?.close({ removeVault: true });
  if (converted) rmSync(converted, { recursive: true, force: true });
  app = undefined;
  converted = undefined;
});

const TITLE = 'Year 9 corridor incident';
const HOSTILE = 'Ayla\'s "bag" <script>alert(1)</script> & ليلى 🎒 — "; DROP TABLE cases;--';

function pdfText(pdf: string): string {
  // -raw keeps the order the text was drawn in, so a wrapped table cell reads as one run.
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
}

it('turns the three draft actions into a full agreement, documents it, follows it up and reports it', async () => {
  // The harness's desktop saves each file into the vault's temp folder under its suggested name.
  app = await startApp();
  const { page, dir } = app;
  const saved = (ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext));
  // LibreOffice writes its PDFs elsewhere, so they are never mistaken for the app's own.
  converted = mkdtempSync(join(tmpdir(), 'agreement-lo-'));
  await createVault(app);
  const { caseId } = await seedCase(app, TITLE, 'restorative_conference', SCHOOL_PEOPLE);
  for (const text of [
    'Jordan replaces the broken bag strap',
    'Ayla and Jordan sit apart in science for two weeks',
    'Jordan will try to be better',
  ]) {
    await call(app, 'run:captureAction', { caseId, text, phaseId: null });
  }
  await reopen(app);
  await openAgreementTab(page, TITLE);

  // Start from the three draft actions captured in run mode.
  await (
    await visible(page.getByRole('button', { name: 'Start the agreement from 3 draft actions' }))
  ).click();
  await visible(page.getByRole('heading', { name: 'Agreement, version 1' }));
  const cards = page.getByRole('list', { name: 'Actions' }).getByRole('heading', { name: /^Action \d+$/ });
  await expect.poll(() => cards.allTextContents()).toEqual(['Action 1', 'Action 2', 'Action 3']);
  await expect
    .poll(() => actionCard(page, 3).getByLabel('What will be done').inputValue())
    .toBe('Jordan will try to be better');

  // The SMART check points at what is missing, in plain words.
  const first = actionCard(page, 1);
  await expect.poll(() => adviceOf(page, 1)).toMatch(/No one is named to do this/);
  await first.getByLabel('Who does it').selectOption({ label: 'Jordan Fenwick (Person responsible)' });
  await first.getByLabel('For whom').selectOption({ label: 'Ayla Brightwater' });
  await first.getByLabel('By when').fill('2027-01-15');
  await first.getByLabel('How it will be checked').fill('Ayla says the strap is fixed');
  await first.getByLabel('Checked by').fill('Mr Okafor');
  await first.getByLabel('If it is not done').fill('Mr Okafor meets Jordan and Priya to agree a new date');
  await expect.poll(() => adviceOf(page, 1)).toBe('Clear and checkable.');

  const second = actionCard(page, 2);
  await second.getByLabel('Who does it').selectOption({ label: 'Jordan Fenwick (Person responsible)' });
  await second.getByLabel('By when').fill('2027-01-10');
  await second.getByLabel('How it will be checked').fill('Seating plan in the science room');
  await second.getByLabel('Checked by').fill('Ms Ortega');
  await expect.poll(() => adviceOf(page, 2)).toBe('Clear and checkable.');

  // "try to be better" is flagged as vague until it says what will be done.
  const third = actionCard(page, 3);
  await expect.poll(() => adviceOf(page, 3)).toMatch(/"try" is hard to check/);
  await third.getByLabel('What will be done').fill('Jordan writes Noor a letter saying sorry');
  await third.getByLabel('Who does it').selectOption({ label: 'Jordan Fenwick (Person responsible)' });
  await third.getByLabel('For whom').selectOption({ label: 'Noor Castellan' });
  await third.getByLabel('By when').fill('2027-01-08');
  await third.getByLabel('How it will be checked').fill('Noor has the letter');
  await third.getByLabel('Checked by').fill('Tobias Castellan');
  await expect.poll(() => adviceOf(page, 3)).toBe('Clear and checkable.');

  // Statement with hostile text, review date, copies and signing.
  await page.getByLabel('What this agreement is about').fill(`What happened in the corridor. ${HOSTILE}`);
  await page.getByLabel('Review date').fill('2027-02-01');
  await page.getByLabel('Place', { exact: true }).fill('Northfield School, library annex');
  await page.getByLabel('Who receives a copy').fill('Ayla, Noor, Jordan and their supporters');
  for (const name of ['Ayla Brightwater', 'Noor Castellan', 'Jordan Fenwick']) {
    await page.getByLabel(`${name}: written agreement`).selectOption('signs');
  }
  await page.getByLabel('Priya Fenwick: written agreement').selectOption('declines');
  await visible(page.getByText(/^Saved \d/));
  await expect
    .poll(async () => (await call(app!, 'agreement:get', { caseId })).agreement?.statement)
    .toBe(`What happened in the corridor. ${HOSTILE}`);
  await app.screenshot('agreement-01-editor');

  // The hostile text comes back into the editor after leaving and returning.
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByRole('tab', { name: 'Agreement' }).click();
  await expect
    .poll(() => page.getByLabel('What this agreement is about').inputValue())
    .toBe(`What happened in the corridor. ${HOSTILE}`);

  await page.getByRole('button', { name: 'Mark as agreed' }).click();
  await visible(page.getByText(/Agreed\. Changing anything starts version 2/));

  // Word: saved through the desktop port, opened by LibreOffice, names and actions inside.
  await page.getByRole('button', { name: 'Save as Word document' }).click();
  await visible(page.getByRole('status').filter({ hasText: /^Saved the Word document/ }));
  const [docx] = saved('.docx');
  expect(docx).toBeDefined();
  const wordText = [...convertToPdf([join(dir, docx!)], converted!).values()][0]!.text.replace(/\s+/g, ' ');
  for (const expected of ['Ayla Brightwater', 'Jordan Fenwick', 'Noor Castellan', 'bag strap', 'Mr Okafor']) {
    expect(wordText).toContain(expected);
  }

  // The large-print variant of the same agreement.
  await page.getByLabel('Word document style').selectOption({ label: 'Large print' });
  await page.getByRole('button', { name: 'Save as Word document' }).click();
  await expect.poll(() => saved('.docx').length).toBe(2);
  const large = saved('.docx').find((f) => f !== docx)!;
  expect(large).toMatch(/large-print/);
  const largeText = [...convertToPdf([join(dir, large)], converted!).values()][0]!.text.replace(/\s+/g, ' ');
  for (const expected of ['Ayla Brightwater', 'Jordan writes Noor a letter saying sorry']) {
    expect(largeText).toContain(expected);
  }

  // Print view: the same content; Save as PDF prints it (here Chromium's own print to PDF).
  await page.getByRole('button', { name: 'Show print view' }).click();
  const view = await visible(page.getByRole('article', { name: 'Print view' }));
  await view.scrollIntoViewIfNeeded();
  await app.screenshot('agreement-02-print-view');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await visible(page.getByRole('status').filter({ hasText: /^Saved the PDF/ }));
  const pdfs = saved('.pdf');
  expect(pdfs).toHaveLength(1);
  const [pdf] = pdfs;
  copyFileSync(join(dir, pdf!), join(SCREENSHOT_DIR, 'agreement-print.pdf'));
  const printed = pdfText(join(dir, pdf!)).replace(/\s+/g, ' ');
  for (const expected of [
    'Ayla Brightwater',
    'Jordan Fenwick',
    'Priya Fenwick',
    'Jordan writes Noor a letter saying sorry',
    'Seating plan in the science room',
  ]) {
    expect(printed).toContain(expected);
  }
  // Only the agreement goes on paper: not the case title, the tabs or the editor around it.
  expect(printed).not.toContain(TITLE);
  expect(printed).not.toContain('Mark as agreed');
  await page.getByRole('button', { name: 'Hide print view' }).click();

  // Editing the agreed version makes version 2; version 1 stays readable as it was.
  await actionCard(page, 2).getByLabel('If it is not done').fill('Ms Ortega moves the seats herself');
  await visible(page.getByRole('heading', { name: 'Agreement, version 2' }));
  await page.getByRole('button', { name: /^Read version 1 \(Agreed/ }).click();
  await visible(page.getByRole('heading', { name: 'Agreement, version 1 (read only)' }));
  await expect.poll(() => actionCard(page, 2).getByLabel('If it is not done').inputValue()).toBe('');
  expect(await actionCard(page, 2).getByLabel('If it is not done').getAttribute('readonly')).not.toBeNull();
  await page.getByRole('button', { name: '← Back to the current version' }).click();
  await expect
    .poll(() => actionCard(page, 2).getByLabel('If it is not done').inputValue())
    .toBe('Ms Ortega moves the seats herself');
  await page.getByRole('button', { name: 'Mark as agreed' }).click();
  await visible(page.getByText(/Agreed\. Changing anything starts version 3/));

  // Follow-up: statuses with dates and notes, history kept.
  for (const n of [1, 2, 3]) {
    await page.getByLabel(`Status of action ${n}`).selectOption('done');
    await page
      .getByLabel(`Note`)
      .nth(n - 1)
      .fill(`Checked on the day ${n}`);
    await page.getByRole('button', { name: `Record for action ${n}` }).click();
    await visible(
      page.getByRole('list', { name: `History of action ${n}` }).getByText(/Done, Checked on the day/),
    );
  }
  await app.screenshot('agreement-03-follow-up');

  // The review closes the agreement; a completion letter for a person harmed.
  await page.getByLabel('Date of the review').fill('2027-02-01');
  await page.getByLabel('Who came').fill('Ayla, Jordan, Marisol and Priya');
  await page.getByLabel('Review notes').fill('Everything was done. ليلى 🎒');
  await page.getByLabel('Completed', { exact: true }).check();
  await page.getByRole('button', { name: 'Record the review and close the agreement' }).click();
  await visible(page.getByText('Outcome:'));
  await page.getByRole('button', { name: 'Completion letter for Ayla Brightwater' }).click();
  await expect.poll(() => saved('.docx').length).toBe(3);
  const letterFile = saved('.docx').find((f) => f !== docx && f !== large)!;
  const letter = [...convertToPdf([join(dir, letterFile)], converted!).values()][0]!.text.replace(
    /\s+/g,
    ' ',
  );
  expect(letter).toContain('Ayla Brightwater');
  expect(letter).not.toContain('Everything was done');

  // The report counts it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Reports' }).click();
  await page.getByLabel('From', { exact: true }).fill('2020-01-01');
  await page.getByLabel('To', { exact: true }).fill('2030-12-31');
  const outcomes = page.getByRole('table', { name: 'Conferences and agreements' });
  await visible(outcomes.getByRole('row', { name: 'Agreements made 1', exact: true }));
  await visible(outcomes.getByRole('row', { name: 'Actions completed 3', exact: true }));
  await visible(outcomes.getByRole('row', { name: 'Agreements completed 1', exact: true }));
  await app.screenshot('agreement-04-report');
  expectCleanRun(app);
});
