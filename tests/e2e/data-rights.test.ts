/**
 * Data rights for one person through the real screens: export what is held about them, after
 * reviewing the passages of other people's notes that mention them (the folder dialog is the
 * harness's temp folder, since a native dialog cannot run headless), and erase them after
 * typing their name; notes that still name them are listed to review, and they are gone from
 * every case.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, button, expectCleanRun, field, heading, textOf, unlock, visible } from './support/flows';
import { call, newCase, openPeopleTab, openPerson, personRow, startWith } from './people-flows';
import { passageCard, reviewScreenshots, selectWords, seedReview, wordsOfDocx } from './data-rights-flows';

let app: RunningApp;
let exportDir: string;
/** What the "choose a folder" dialog answers: the temp folder, or null as if cancelled. */
let chosenFolder: string | null;

beforeEach(async () => {
  exportDir = mkdtempSync(join(tmpdir(), 'rw-export-'));
  chosenFolder = exportDir;
  app = await startApp({
    viewport: { width: 1280, height: 900 },
    workbench: { desktop: { chooseFolder: async () => chosenFolder } },
  });
});
afterEach(async () => {
  await app?.close({ removeVault: true });
  rmSync(exportDir, { recursive: true, force: true });
});

async function seed() {
  const lunch = await newCase(app, 'Lunch queue incident');
  const bus = await newCase(app, 'Bus stop argument');
  const tomasz = await call(app, 'participant:add', {
    caseId: lunch.id,
    role: 'harmed',
    person: { preferredName: 'Tomasz Quill', pronouns: 'he/him', ageBand: '11_to_15', language: 'Polish' },
  });
  await call(app, 'participant:add', { caseId: bus.id, role: 'harmed', personId: tomasz.person.id });
  await call(app, 'participant:add', {
    caseId: lunch.id,
    role: 'responsible',
    person: { preferredName: 'Jordan Fenwick' },
  });
  await call(app, 'consent:record', {
    caseId: lunch.id,
    personId: tomasz.person.id,
    kind: 'take_part',
    decision: 'given',
    method: 'written',
    decidedOn: '2026-11-18',
  });
  const note = await call(app, 'note:save', {
    caseId: lunch.id,
    title: 'Preparation meeting with Jordan',
    body: 'Jordan said he did not see Tomasz fall. He wants to apologise.',
  });
  return { lunch, bus, tomasz, note };
}

it('exports everything held about a person to the chosen folder', async () => {
  const { page } = app;
  await startWith(app, seed);
  await openPeopleTab(page, 'Lunch queue incident');
  await openPerson(page, 'Tomasz Quill');
  await visible(page.getByRole('button', { name: 'RW-2026-0001 Lunch queue incident', exact: true }));
  await visible(page.getByRole('button', { name: 'RW-2026-0002 Bus stop argument', exact: true }));

  // Cancelling the folder dialog writes nothing and says nothing.
  chosenFolder = null;
  await button(page, 'Export everything held about this person').click();
  await visible(button(page, 'Export everything held about this person'));
  expect(await page.getByText('Export saved').count()).toBe(0);

  chosenFolder = exportDir;
  await button(page, 'Export everything held about this person').click();
  const saved = await visible(page.getByText('Export saved'));
  expect(saved).toBeTruthy();
  const docx = await textOf(page.locator('.file-list li').first());
  const json = await textOf(page.locator('.file-list li').last());
  expect(docx).toMatch(/^subject-access-Tomasz-Quill-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(json).toMatch(/\.json$/);
  expect(existsSync(join(exportDir, docx))).toBe(true);
  const record = JSON.parse(readFileSync(join(exportDir, json), 'utf8')) as {
    person: { preferredName: string };
    cases: {
      case: { reference: string };
      consents: { kind: string; decision: string; decidedOn: string }[];
    }[];
    notesAboutThem: unknown[];
    reviewedPassages: unknown[];
    withheld: { passages: number };
  };
  expect(record.person.preferredName).toBe('Tomasz Quill');
  // Each case by reference only: its title is about the case, not about him.
  expect(record.cases.map((c) => c.case.reference).sort()).toEqual(['RW-2026-0001', 'RW-2026-0002']);
  expect(JSON.stringify(record)).not.toMatch(/Lunch queue incident|Bus stop argument/);
  const lunch = record.cases.find((c) => c.case.reference === 'RW-2026-0001')!;
  expect(lunch.consents).toMatchObject([{ kind: 'take_part', decision: 'given', decidedOn: '2026-11-18' }]);
  // Jordan's note names him by first name only: not looked for until "Tomasz" is ticked.
  expect(record.notesAboutThem).toEqual([]);
  expect(record.reviewedPassages).toEqual([]);
  expect(record.withheld.passages).toBe(0);
  await app.screenshot('23-person-page-data-rights');

  // A rename on the person page shows in the case.
  await button(page, 'Edit details').click();
  await field(page, 'Preferred name').fill('Tom Quill');
  await button(page, 'Save details').click();
  await visible(heading(page, 'Tom Quill'));
  await page.getByRole('button', { name: /^← Back to RW-2026-0001/ }).click();
  await visible(page.getByRole('tab', { name: 'People', selected: true }));
  await visible(personRow(page, 'Tom Quill'));
  expectCleanRun(app);
});

it('erases a person after their name is typed, and lists notes that still name them', async () => {
  const { page } = app;
  const { lunch, note } = await startWith(app, seed);
  await openPeopleTab(page, 'Lunch queue incident');
  await openPerson(page, 'Tomasz Quill');

  await button(page, 'Erase this person…').click();
  await visible(page.getByRole('heading', { name: 'Erase Tomasz Quill?' }));
  await visible(page.getByText('Removed from 2 cases, with their consent records and risk flags.'));
  const confirm = field(page, 'To confirm, type their preferred name: Tomasz Quill');
  await confirm.fill('Tomasz');
  await button(page, 'Erase Tomasz Quill').click();
  await visible(page.getByText('Type Tomasz Quill exactly as it is shown.'));
  expect(await confirm.getAttribute('aria-invalid')).toBe('true');
  await confirm.fill('Tomasz Quill');
  // Jordan's note calls him "Tomasz": looked for in his cases only once that name is ticked.
  await page
    .getByRole('form', { name: 'Erase Tomasz Quill?' })
    .getByRole('checkbox', { name: 'Tomasz' })
    .check();
  await app.screenshot('24-person-erase-confirmation');
  await button(page, 'Erase Tomasz Quill').click();

  await visible(heading(page, 'Tomasz Quill has been erased'));
  await visible(page.getByText('Erased from 2 cases.'));
  await visible(
    page.getByText('1 note was about Tomasz Quill or still names them. Open it to decide what to keep.'),
  );
  await app.screenshot('25-person-erased-notes-to-review');

  // Each note to review opens that note in its case.
  await button(page, 'Preparation meeting with Jordan').click();
  await visible(heading(page, 'Lunch queue incident'));
  await visible(page.getByRole('tab', { name: 'Notes', selected: true }));
  expect(await call(app, 'note:get', { id: note.id })).toMatchObject({ caseId: lunch.id });

  // Gone from the case, from search, from the vault.
  await page.getByRole('tab', { name: 'People' }).click();
  await visible(personRow(page, 'Jordan Fenwick'));
  expect(await personRow(page, 'Tomasz Quill').count()).toBe(0);
  expect(await call(app, 'person:search', { query: 'Tomasz' })).toEqual([]);
  expect(
    (await call(app, 'participant:list', { caseId: lunch.id })).map((p) => p.person.preferredName),
  ).toEqual(['Jordan Fenwick']);
  expectCleanRun(app);
});

it('goes back to the cases list after an erasure', async () => {
  const { page } = app;
  await startWith(app, seed);
  await openPeopleTab(page, 'Bus stop argument');
  await openPerson(page, 'Tomasz Quill');
  await button(page, 'Erase this person…').click();
  await button(page, 'Keep Tomasz Quill').click();
  await visible(button(page, 'Erase this person…'));
  await button(page, 'Erase this person…').click();
  await field(page, 'To confirm, type their preferred name: Tomasz Quill').fill('tomasz quill');
  await button(page, 'Erase Tomasz Quill').click();
  await visible(page.getByText('Erased from 2 cases.'));
  await button(page, 'Return to the cases list').click();
  await visible(heading(page, 'Cases'));
  await openPeopleTab(page, 'Bus stop argument');
  await visible(page.getByText('Nobody is in this case yet'));
  expectCleanRun(app);
});

it('reviews passages that mention a person, redacts words, keeps the choices across tabs and a lock, and exports only what was chosen', async () => {
  const { page } = app;
  await startWith(app, () => seedReview(app));
  await openPeopleTab(page, 'Lunch queue incident');
  await openPerson(page, 'Tomasz Quill');
  const exportPart = page
    .locator('.data-right')
    .filter({ has: page.getByRole('heading', { name: 'Export' }) });
  await visible(exportPart.getByText('2 passages mention Tomasz Quill in notes about other people'));

  // His first name and his nickname are looked for only once the facilitator confirms them.
  const names = exportPart.getByRole('group', { name: 'Names to look for' });
  await names.getByRole('checkbox', { name: 'Tomasz' }).check();
  await visible(exportPart.getByText('3 passages mention Tomasz Quill in notes about other people'));
  await names.getByLabel('Another name they are called (a nickname)').fill('Tommo');
  await names.getByRole('button', { name: 'Look for this name' }).click();
  await visible(exportPart.getByText('4 passages mention Tomasz Quill in notes about other people'));
  await visible(exportPart.getByText('4 passages withheld as other people’s information', { exact: false }));

  await passageCard(page, 'did not see Tomasz Quill fall')
    .getByRole('radio', { name: 'Include', exact: true })
    .check();
  const wren = passageCard(page, 'Wren Street');
  await wren.getByRole('radio', { name: 'Include with words redacted' }).check();
  await visible(wren.getByText('nothing yet (mark the words to redact)'));
  await selectWords(page, '22 Wren Street');
  await wren.getByRole('button', { name: 'Mark as redacted' }).click();
  await visible(
    wren.getByText('The export will say: Tomasz Quill told the tutor that Jess Harper lives at [redacted].'),
  );
  await passageCard(page, 'see Tomasz fall').getByRole('radio', { name: 'Exclude' }).check();
  await visible(
    page.getByText(
      '2 passages included (1 with words redacted); 2 passages withheld as other people’s information.',
    ),
  );
  await reviewScreenshots(app, exportPart);

  // Switch to the case's Notes tab and back, then lock and unlock: every choice is still there.
  await page.getByRole('button', { name: /^← Back to RW-2026-0001/ }).click();
  await page.getByRole('tab', { name: 'Notes' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await openPerson(page, 'Tomasz Quill');
  await visible(
    page.getByText(
      '2 passages included (1 with words redacted); 2 passages withheld as other people’s information.',
    ),
  );
  await button(page, 'Lock').click();
  await unlock(page, PASSPHRASE);
  await openPeopleTab(page, 'Lunch queue incident');
  await openPerson(page, 'Tomasz Quill');
  await visible(passageCard(page, 'Wren Street').getByText('[redacted]', { exact: false }));
  expect(
    await passageCard(page, 'did not see Tomasz Quill fall')
      .getByRole('radio', { name: 'Include', exact: true })
      .isChecked(),
  ).toBe(true);
  expect(await exportPart.getByRole('checkbox', { name: 'Tommo' }).isChecked()).toBe(true);

  await button(page, 'Export everything held about this person').click();
  await visible(page.getByText('Export saved'));
  await visible(
    page.getByText('2 reviewed passages included; 2 passages withheld as other people’s information.'),
  );
  const docx = await textOf(page.locator('.file-list li').first());
  const json = await textOf(page.locator('.file-list li').last());
  const jsonText = readFileSync(join(exportDir, json), 'utf8');
  const record = JSON.parse(jsonText) as {
    namesLookedFor: string[];
    notesAboutThem: { title: string }[];
    reviewedPassages: { text: string }[];
    withheld: { passages: number };
  };
  expect(record.namesLookedFor).toEqual(['Tomasz Quill', 'Tomasz', 'Tommo']);
  expect(record.notesAboutThem.map((n) => n.title)).toEqual(['Tomasz, first visit']);
  expect(record.reviewedPassages.map((p) => p.text)).toEqual([
    'Jordan said he did not see Tomasz Quill fall.',
    'Tomasz Quill told the tutor that Jess Harper lives at [redacted].',
  ]);
  expect(record.withheld.passages).toBe(2);
  const words = wordsOfDocx(join(exportDir, docx));
  expect(words).toContain('Tomasz Quill told the tutor that Jess Harper lives at [redacted].');
  expect(words).toContain('2 passages withheld as other people’s information.');
  for (const secret of ['Wren Street', 'Heron Close', 'Tommo was in the canteen', 'see Tomasz fall']) {
    expect(jsonText).not.toContain(secret);
    expect(words).not.toContain(secret);
  }
  expectCleanRun(app);
});
