/**
 * Notes in the real renderer over a real vault: write a note with light formatting and a link
 * to a person, see it saved within a second, lock with Ctrl+L straight after the last word and
 * find that word after unlocking; then read, list and restore an earlier version.
 */
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import {
  PASSPHRASE,
  button,
  expectCleanRun,
  field,
  unlock,
  unlockScreenVisible,
  visible,
} from './support/flows';
import { ShiftedClock, call, openNotesTab, savedShown, startWithCase, storedNotes } from './notes-flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

it('autosaves as you type, and a lock straight after the last word keeps it', async () => {
  app = await startApp();
  const { page } = app;
  const { caseId } = await startWithCase(app);
  await openNotesTab(page);
  await visible(page.getByText('No notes yet'));
  await button(page, 'New note').click();

  // A new note opens with the title focused.
  await visible(field(page, 'Title'));
  await expect.poll(() => field(page, 'Title').evaluate((el) => el.matches(':focus'))).toBe(true);
  await page.keyboard.type('Preparation meeting with Ayla');
  await page.getByLabel('About a person').selectOption({ label: 'Ayla Brightwater (Person harmed)' });
  await field(page, 'Note').click();
  await page.keyboard.type(
    'Met Ayla at school with her mum.\n\nShe hopes for:\n- an apology\n- **her phone** repaired',
  );

  // Durable within a second of the last keystroke: the vault has it, and the indicator says so.
  await expect
    .poll(async () => (await storedNotes(app!, caseId))[0]?.body ?? '', { timeout: 1_500, interval: 100 })
    .toContain('**her phone** repaired');
  await savedShown(page);
  const [saved] = await storedNotes(app, caseId);
  expect(saved).toMatchObject({ title: 'Preparation meeting with Ayla', kind: 'text' });
  expect(saved!.personId).not.toBeNull();
  await app.screenshot('notes-01-editor');

  // The read view shows the formatting as formatting, built from text.
  await button(page, 'Read').click();
  const read = page.getByLabel('The note as it reads');
  await visible(read.locator('strong', { hasText: 'her phone' }));
  expect(await read.locator('li').allTextContents()).toEqual(['an apology', 'her phone repaired']);
  await app.screenshot('notes-02-read');
  await button(page, 'Write').click();

  // Type one more word and lock at once: the lock saves it first.
  await field(page, 'Note').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' lantern');
  await page.keyboard.press('Control+L');
  await unlockScreenVisible(page);
  await unlock(page, PASSPHRASE);

  await openNotesTab(page);
  const card = await visible(page.getByRole('button', { name: /Preparation meeting with Ayla/ }));
  expect(await card.textContent()).toContain('About Ayla Brightwater');
  expect(await card.textContent()).toContain('Note');
  await app.screenshot('notes-03-list');
  await card.click();
  await expect.poll(() => field(page, 'Note').inputValue()).toMatch(/repaired lantern$/);
  expectCleanRun(app);
});

it('keeps earlier versions and restores one, keeping the replaced text as a version too', async () => {
  const clock = new ShiftedClock();
  app = await startApp({ workbench: { clock } });
  const { page } = app;
  const { caseId } = await startWithCase(app);
  await openNotesTab(page);
  await button(page, 'New note').click();
  await field(page, 'Title').fill('Call with Jordan');
  await field(page, 'Note').fill('Jordan agreed to meet. He wants his dad there.');
  await savedShown(page);

  // Later (the service keeps one version per spell of writing), the text is rewritten.
  clock.forward(10);
  await field(page, 'Note').fill('Jordan is not sure any more.');
  await expect
    .poll(async () => (await storedNotes(app!, caseId))[0]?.body)
    .toBe('Jordan is not sure any more.');

  await button(page, 'Earlier versions').click();
  const versions = page.getByRole('list', { name: 'Versions, newest first' });
  await expect.poll(() => versions.getByRole('listitem').count()).toBe(2);
  expect(await versions.getByRole('listitem').first().textContent()).toContain('Current version');
  // The older version is chosen for reading, read-only.
  const view = page.getByRole('article');
  await visible(view.getByText('Jordan agreed to meet. He wants his dad there.'));
  expect(await view.getByRole('textbox').count()).toBe(0);
  await app.screenshot('notes-04-revisions');

  await button(page, 'Restore this version').click();
  await visible(page.getByText(/^Restored the version from/));
  await visible(
    page.getByLabel('The note as it reads').getByText('Jordan agreed to meet. He wants his dad there.'),
  );
  const [note] = await storedNotes(app, caseId);
  expect(note!.body).toBe('Jordan agreed to meet. He wants his dad there.');
  const revisions = await call(app, 'note:revisions', { noteId: note!.id });
  expect(revisions.map((r) => r.body)).toEqual([
    'Jordan agreed to meet. He wants his dad there.',
    'Jordan is not sure any more.',
    'Jordan agreed to meet. He wants his dad there.',
  ]);

  // And the restore itself can be undone from the same list.
  await button(page, 'Earlier versions').click();
  await expect.poll(() => versions.getByRole('listitem').count()).toBe(3);
  await visible(page.getByRole('article').getByText('Jordan is not sure any more.'));
  expectCleanRun(app);
});

it('says calmly when a note cannot be saved, keeps the text, and will not lock over it', async () => {
  app = await startApp();
  const { page } = app;
  const { caseId } = await startWithCase(app);
  await openNotesTab(page);
  await button(page, 'New note').click();
  await field(page, 'Note').fill('Jordan called back.');
  await savedShown(page);

  // A pasted control character cannot be stored in a title: nothing is sent, the text stays.
  await field(page, 'Title').fill('Call\u0007back');
  await expect
    .poll(() => page.locator('.save-indicator').first().textContent())
    .toBe('Not saved — will retry');
  await visible(page.getByText('Title contains characters that cannot be stored.'));
  expect(await field(page, 'Note').inputValue()).toBe('Jordan called back.');

  // Locking would lose it, so the workbench stays unlocked and says why.
  await page.keyboard.press('Control+L');
  await visible(page.getByText('Still unlocked'));
  expect(app.workbench.vault.isUnlocked).toBe(true);
  await app.screenshot('notes-05-not-saved');

  await field(page, 'Title').fill('Call back');
  await savedShown(page);
  const notes = await storedNotes(app, caseId);
  expect(notes.map((n) => [n.title, n.body])).toEqual([['Call back', 'Jordan called back.']]);

  // A new note left empty is tidied away when going back to the list.
  await page.getByRole('button', { name: '← All notes' }).click();
  await button(page, 'New note').click();
  await visible(field(page, 'Title'));
  await page.getByRole('button', { name: '← All notes' }).click();
  await visible(page.getByRole('button', { name: /Call back/ }));
  await expect.poll(async () => (await storedNotes(app!, caseId)).length).toBe(1);
  expectCleanRun(app);
});
