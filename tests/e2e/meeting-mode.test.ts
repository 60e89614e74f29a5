/**
 * Meeting mode in the real renderer over a real vault: full-window notes where Alt+letter
 * starts a timestamped line for a speaker; a lock in the middle of a sentence loses nothing;
 * the saved note is a meeting note with its speakers, and reads back with names and times.
 */
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import {
  PASSPHRASE,
  button,
  expectCleanRun,
  hidden,
  unlock,
  unlockScreenVisible,
  visible,
} from './support/flows';
import { openNotesTab, savedShown, startWithCase, storedNotes } from './notes-flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

const LINE = /^@([a-z]) (\d{2}):(\d{2}) — (.*)$/;

it('attributes lines to two speakers with one key each, and keeps every word through a lock', async () => {
  app = await startApp();
  const { page } = app;
  const { caseId, ayla, jordan } = await startWithCase(app);
  await openNotesTab(page);
  await button(page, 'Start meeting notes').click();

  const meeting = await visible(page.getByRole('dialog', { name: /^Meeting notes, / }));
  // Everyone in the case has a key shown on screen, the facilitator too.
  const speakers = meeting.getByRole('list', { name: 'Speakers' });
  await visible(speakers.getByRole('button', { name: /Ayla Brightwater/ }));
  expect(await speakers.getByRole('button').allTextContents()).toEqual([
    'AAyla BrightwaterPerson harmedAlt+A',
    'JJordan FenwickPerson responsibleAlt+J',
    'MMarisol BrightwaterSupporterAlt+M',
    'FFacilitatorLeads the meetingAlt+F',
  ]);
  await visible(meeting.getByText(/^\d{2}:\d{2}$/)); // the clock

  const box = meeting.getByLabel('Meeting notes');
  await expect.poll(() => box.evaluate((el) => el.matches(':focus'))).toBe(true);
  await page.keyboard.press('Alt+A');
  await visible(meeting.getByText(/^Ayla Brightwater, \d{2}:\d{2}$/));
  await page.keyboard.type('It was my phone. I felt scared.');
  await page.keyboard.press('Alt+J');
  await page.keyboard.type('I know. I am sorry it got broken.');
  await savedShown(page);
  await page.keyboard.press('Alt+F');
  await page.keyboard.type('Thank you both.');
  await app.screenshot('meeting-mode-01-light');

  // Typing "a" or "j" without Alt is ordinary typing, never a speaker change.
  await page.keyboard.type(' Jordan and Ayla agreed');
  // Lock in the middle of the sentence: every word is saved first.
  await page.keyboard.press('Control+L');
  await unlockScreenVisible(page);
  await unlock(page, PASSPHRASE);

  // What the vault holds (read after unlocking; nothing in the page writes on unlock).
  const [note] = await storedNotes(app, caseId);
  expect(note!.kind).toBe('meeting');
  const lines = note!.body.split('\n').map((line) => LINE.exec(line));
  expect(lines.map((m) => m?.[1])).toEqual(['a', 'j', 'f']);
  expect(lines.map((m) => m?.[4])).toEqual([
    'It was my phone. I felt scared.',
    'I know. I am sorry it got broken.',
    'Thank you both. Jordan and Ayla agreed',
  ]);
  expect(note!.speakers.map((s) => [s.key, s.personId, s.name])).toEqual([
    ['a', ayla, 'Ayla Brightwater'],
    ['j', jordan, 'Jordan Fenwick'],
    ['m', expect.any(String), 'Marisol Brightwater'],
    ['f', null, 'Facilitator'],
  ]);

  // The note reads back with names and times, and meeting mode carries on.
  await openNotesTab(page);
  const card = await visible(page.getByRole('button', { name: /Meeting notes, / }));
  expect(await card.textContent()).toContain('Meeting notes');
  await card.click();
  await button(page, 'Read').click();
  const read = page.getByLabel('The note as it reads');
  await visible(read.getByText('Ayla Brightwater'));
  await visible(read.getByText('Jordan Fenwick'));
  await visible(read.getByText('I know. I am sorry it got broken.'));

  await button(page, 'Meeting mode').click();
  const again = await visible(page.getByRole('dialog', { name: /^Meeting notes, / }));
  // The line being typed continues where it stopped; earlier lines are above it.
  await expect
    .poll(() => again.getByLabel('Meeting notes').inputValue())
    .toBe('Thank you both. Jordan and Ayla agreed');
  await visible(
    again.getByRole('region', { name: 'Said so far' }).getByText('It was my phone. I felt scared.'),
  );
  await page.keyboard.type(' to meet again.');
  await page.keyboard.press('Escape');
  await hidden(again);
  // Focus goes back to the button that opened meeting mode.
  await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Meeting mode');
  await expect
    .poll(async () => (await storedNotes(app!, caseId))[0]!.body)
    .toMatch(/Jordan and Ayla agreed to meet again\.$/);
  expectCleanRun(app);
});

it('looks calm in the dark theme too', async () => {
  app = await startApp({ colorScheme: 'dark' });
  const { page } = app;
  await startWithCase(app);
  await openNotesTab(page);
  await button(page, 'Start meeting notes').click();
  const meeting = await visible(page.getByRole('dialog', { name: /^Meeting notes, / }));
  await page.keyboard.press('Alt+M');
  await page.keyboard.type('Ayla wanted me here with her.');
  await page.keyboard.press('Alt+A');
  await page.keyboard.type('I want **Jordan** to understand how it felt.');
  await page.keyboard.press('Alt+J');
  await page.keyboard.type('I do');
  await savedShown(page);
  await visible(
    meeting.getByRole('region', { name: 'Said so far' }).getByText('Ayla wanted me here with her.'),
  );
  await app.screenshot('meeting-mode-02-dark');
  expectCleanRun(app);
});
