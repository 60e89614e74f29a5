/**
 * Nothing typed is ever lost (issue "safeguarding seams", point 6), on the real screens over
 * a real vault: words typed into every kind of form (those with a Save button, those that
 * open and close, those that autosave but refuse a bad value) survive a switch to another tab
 * and back, a lock and unlock, and a crash (the page and the app closed without a lock, then
 * started again on the same vault). Keys typed straight after "New note" start its title.
 * Invented names.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, createVault, lockWithButton, unlock, visible } from './support/flows';
import { call } from './run-mode-flows';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close({ removeVault: true });
});

type Tab = 'Overview' | 'People' | 'Preparation' | 'Conference' | 'Agreement' | 'Notes';

interface KeptForm {
  name: string;
  tab: Tab;
  /** Opens the form when it is not always on the tab. */
  open?(page: Page): Promise<void>;
  field(page: Page): ReturnType<Page['getByLabel']>;
  words: string;
}

const forms: KeptForm[] = [
  {
    name: 'the referral (opened, not saved)',
    tab: 'Overview',
    open: (page) => page.getByRole('button', { name: 'Edit referral' }).click(),
    field: (page) => page.getByLabel('Summary', { exact: true }),
    words: 'Push in the queue, phone screen cracked',
  },
  {
    name: 'a risk flag (opened, not saved)',
    tab: 'People',
    open: (page) => page.getByRole('button', { name: 'Add a risk flag' }).click(),
    field: (page) => page.getByLabel('Detail', { exact: true }),
    words: 'Older brother waits at the gate',
  },
  {
    name: 'a preparation meeting (opened, not saved)',
    tab: 'Preparation',
    open: (page) =>
      page
        .getByRole('article', { name: 'Ayla Brightwater' })
        .getByRole('button', { name: 'Record a preparation meeting' })
        .click(),
    field: (page) => page.getByRole('article', { name: 'Ayla Brightwater' }).getByLabel('Who was present'),
    words: 'Ayla, her aunt Marisol and Sam',
  },
  {
    name: 'the risk decision’s measures',
    tab: 'Preparation',
    field: (page) => page.getByLabel('Measures', { exact: true }),
    words: 'Separate arrivals through the library door',
  },
  {
    name: 'a new meeting (opened, not saved)',
    tab: 'Overview',
    open: (page) => page.getByRole('button', { name: 'Add meeting' }).click(),
    field: (page) => page.getByLabel('Place', { exact: true }),
    words: 'Family room by the library',
  },
  {
    name: 'the appropriateness check',
    tab: 'Preparation',
    field: (page) => page.getByLabel('Willingness of the parties'),
    words: 'Both want to meet after half term',
  },
  {
    name: 'the reason for confirming anyway',
    tab: 'Preparation',
    field: (page) => page.getByLabel('Reason for confirming anyway (recorded)'),
    words: 'Families asked to meet before the trip',
  },
  {
    name: 'the contact for the letters',
    tab: 'Preparation',
    field: (page) => page.getByLabel('Contact details'),
    words: 'Sam on 01632 960123',
  },
  {
    name: 'the arrangements for one person',
    tab: 'Conference',
    field: (page) => page.getByLabel('Arrangements we have made for Ayla Brightwater'),
    words: 'A quiet room to wait in',
  },
  {
    name: 'the logistics (a Save button)',
    tab: 'Conference',
    field: (page) => page.getByLabel('Interpreter booking'),
    words: 'Polish interpreter booked with Nowicka',
  },
  {
    name: 'the logistics’ safety measures',
    tab: 'Conference',
    field: (page) => page.getByLabel('Safety measures', { exact: true }),
    words: 'Jordan waits in the staff room',
  },
];

async function openCase(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: 'Lunch queue', exact: true }))).click();
}

async function goTo(page: Page, tab: Tab) {
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

/** Every form's words are where they were typed (after opening the form again if it closed). */
async function expectEveryWord(page: Page, when: string) {
  for (const form of forms) {
    await goTo(page, form.tab);
    if (form.open && !(await form.field(page).isVisible())) await form.open(page);
    await expect
      .poll(async () => form.field(page).inputValue(), { message: `${form.name}, ${when}` })
      .toBe(form.words);
  }
}

it('keeps every word typed into every kind of form across tabs, a lock and a crash', async () => {
  app = await startApp();
  const { page, dir } = app;
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const kase = await call(app, 'case:create', {
    title: 'Lunch queue',
    processType: 'restorative_conference',
    setting: 'school',
  });
  const invited: string[] = [];
  for (const [name, role] of [
    ['Ayla Brightwater', 'harmed'],
    ['Jordan Fenwick', 'responsible'],
  ] as const)
    invited.push(
      (await call(app, 'participant:add', { caseId: kase.id, person: { preferredName: name }, role })).id,
    );
  await call(app, 'conference:update', { caseId: kase.id, invited });
  await call(app, 'vault:lock', { reason: 'user' });
  await page.reload();
  await unlock(page, PASSPHRASE);
  await openCase(page);

  for (const form of forms) {
    await goTo(page, form.tab);
    await form.open?.(page);
    await form.field(page).fill(form.words);
    // Away and back at once: nothing saved it, yet nothing is lost.
    await goTo(page, 'Notes');
    await goTo(page, form.tab);
    if (form.open && !(await form.field(page).isVisible())) await form.open(page);
    expect(await form.field(page).inputValue(), form.name).toBe(form.words);
  }
  await expectEveryWord(page, 'after switching tabs');

  await lockWithButton(page);
  await unlock(page, PASSPHRASE);
  await openCase(page);
  await expectEveryWord(page, 'after a lock');

  // A crash: everything closed without a lock; the drafts were already in the vault.
  await page.waitForTimeout(1_000);
  await app.close();
  app = await startApp({ dir });
  await unlock(app.page, PASSPHRASE);
  await openCase(app.page);
  await expectEveryWord(app.page, 'after a crash');
});

it('starts a new note’s title with the keys typed straight after “New note”', async () => {
  app = await startApp();
  const { page } = app;
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  await call(app, 'case:create', { title: 'Lunch queue', processType: 'circle', setting: 'school' });
  await call(app, 'vault:lock', { reason: 'user' });
  await page.reload();
  await unlock(page, PASSPHRASE);
  await openCase(page);
  await goTo(page, 'Notes');
  // As a fast typist (or a shortcut that types text) does: keys sent at once after the click,
  // before the editor has appeared (without the fix the first letter went to the button).
  await page.getByRole('button', { name: 'New note' }).click();
  await page.keyboard.type('Call with Ayla', { delay: 0 });
  const title = page.getByLabel('Title', { exact: true });
  await expect.poll(() => title.inputValue()).toBe('Call with Ayla');
  await page.keyboard.type(' and her aunt');
  await expect.poll(() => title.inputValue()).toBe('Call with Ayla and her aunt');
});

/** Every file under a folder, as bytes. */
function filesUnder(folder: string): { path: string; bytes: Buffer }[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: readFileSync(path) };
    });
}

it('feeds nothing typed into the browser engine’s own form memory', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'rw-e2e-profile-'));
  try {
    app = await startApp({ profileDir: profile });
    const { page } = app;
    const secret = 'heron orchard copper lantern';
    // The passphrase itself, typed into the first-run form.
    await createVault(page, secret);
    const kase = await call(app, 'case:create', {
      title: 'Lunch queue',
      processType: 'restorative_conference',
      setting: 'school',
    });
    await call(app, 'participant:add', {
      caseId: kase.id,
      person: { preferredName: 'Ayla Brightwater' },
      role: 'harmed',
    });
    // Unlocking types the passphrase once more.
    await call(app, 'vault:lock', { reason: 'user' });
    await page.reload();
    await unlock(page, secret);
    await openCase(page);
    // A preparation meeting, typed and sent, as the facilitator does.
    await goTo(page, 'Preparation');
    const ayla = page.getByRole('article', { name: 'Ayla Brightwater' });
    await ayla.getByRole('button', { name: 'Record a preparation meeting' }).click();
    await ayla.getByLabel('Date and time').fill('2026-11-26T16:00');
    await ayla.getByLabel('Who was present').fill('Quillon Varga and Oriel Tamsworth');
    await ayla.getByLabel('Place').fill('Willowmere library annexe');
    await ayla.getByRole('button', { name: /Save/ }).click();
    await visible(page.getByText('Willowmere library annexe'));
    // A risk flag, typed and sent.
    await goTo(page, 'People');
    await page.getByRole('button', { name: 'Add a risk flag' }).click();
    await page.getByLabel('Detail', { exact: true }).fill('Zephyrine waits by the north gate');
    await page.getByRole('button', { name: 'Save flag' }).click();
    await visible(page.getByText('Zephyrine waits by the north gate'));
    await app.close();
    app = undefined;
    const typed = [
      secret,
      'Quillon Varga',
      'Oriel Tamsworth',
      'Willowmere library annexe',
      'Zephyrine waits by the north gate',
    ];
    const files = filesUnder(profile);
    expect(files.length).toBeGreaterThan(0);
    for (const text of typed)
      for (const encoding of ['utf8', 'utf16le'] as const) {
        const needle = Buffer.from(text, encoding);
        const found = files.filter((f) => f.bytes.includes(needle)).map((f) => f.path.slice(profile.length));
        expect(found, `"${text}" (${encoding}) in the browser profile`).toEqual([]);
      }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
