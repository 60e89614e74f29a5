/**
 * Data rights for one person through the real screens: export everything held about them
 * (the folder dialog is the harness's temp folder, since a native dialog cannot run
 * headless) and erase them after typing their name; notes that still name them are listed
 * to review, and they are gone from every case.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { button, expectCleanRun, field, heading, textOf, visible } from './support/flows';
import { call, newCase, openPeopleTab, openPerson, personRow, startWith } from './people-flows';

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
    cases: { case: { title: string }; consents: { kind: string; decision: string; decidedOn: string }[] }[];
    notes: { note: { title: string }; why: string[] }[];
  };
  expect(record.person.preferredName).toBe('Tomasz Quill');
  expect(record.cases.map((c) => c.case.title).sort()).toEqual(['Bus stop argument', 'Lunch queue incident']);
  const lunch = record.cases.find((c) => c.case.title === 'Lunch queue incident')!;
  expect(lunch.consents).toMatchObject([{ kind: 'take_part', decision: 'given', decidedOn: '2026-11-18' }]);
  expect(record.notes).toMatchObject([
    { note: { title: 'Preparation meeting with Jordan' }, why: ['mentions their name'] },
  ]);
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
  await app.screenshot('24-person-erase-confirmation');
  await button(page, 'Erase Tomasz Quill').click();

  await visible(heading(page, 'Tomasz Quill has been erased'));
  await visible(page.getByText('Erased from 2 cases.'));
  await visible(
    page.getByText('1 note still mentions Tomasz Quill by name. Open it to decide what to keep.'),
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
