/**
 * The Conference tab in the real renderer over a real vault: logistics and invitations, the
 * seating circle (suggest, drag with the pointer, move with the keyboard), choosing the script,
 * reordering speakers and phases, editing a phase, downloading the run sheet; an FGC's bottom
 * lines and family lead; and a template edited in Settings that new cases use while an old
 * case keeps its run sheet. Invented names.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import type { ProcessType } from '../../src/shared/domain/case-model';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, expectCleanRun, heading, unlock, visible } from './support/flows';
import { call } from './notes-flows';

let app: RunningApp | undefined;
let folder: string | undefined;
afterEach(async () => {
  await app?.close({ removeVault: true });
  if (folder) rmSync(folder, { recursive: true, force: true });
});

type Person = {
  name: string;
  role: 'harmed' | 'responsible' | 'supporter' | 'family_member' | 'referrer';
  supports?: string;
};

const SCHOOL: Person[] = [
  { name: 'Ayla Brightwater', role: 'harmed' },
  { name: 'Noor Castellan', role: 'harmed' },
  { name: 'Jordan Fenwick', role: 'responsible' },
  { name: 'Marisol Brightwater', role: 'supporter', supports: 'Ayla Brightwater' },
  { name: 'Tobias Castellan', role: 'supporter', supports: 'Noor Castellan' },
  { name: 'Priya Fenwick', role: 'supporter', supports: 'Jordan Fenwick' },
];

async function seed(title: string, processType: ProcessType, people: Person[]) {
  const kase = await call(app!, 'case:create', { title, processType, setting: 'school' });
  const ids: Record<string, string> = {};
  for (const p of people) {
    const added = await call(app!, 'participant:add', {
      caseId: kase.id,
      person: { preferredName: p.name },
      role: p.role,
      ...(p.supports ? { supportsParticipantId: ids[p.supports] } : {}),
    });
    ids[p.name] = added.id;
  }
  return { caseId: kase.id, ids };
}

async function reopen() {
  await call(app!, 'vault:lock', { reason: 'user' });
  await app!.page.reload();
  await unlock(app!.page, PASSPHRASE);
}

async function openConference(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: title, exact: true }))).click();
  await visible(heading(page, title));
  await page.getByRole('tab', { name: 'Conference' }).click();
  await visible(page.getByRole('heading', { name: 'Logistics' }));
}

const plan = (caseId: string) => call(app!, 'conference:get', { caseId });
const seatOf = async (caseId: string, id: string) =>
  (await plan(caseId)).seating.find((s) => s.participantId === id)?.seat;

it('plans the school conference: logistics, seating, script, speakers, phases, run sheet', async () => {
  folder = mkdtempSync(join(tmpdir(), 'conference-docs-'));
  const dir = folder;
  app = await startApp({ workbench: { desktop: { chooseFolder: async () => dir } } });
  const { page } = app;
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const { caseId, ids } = await seed('Year 9 corridor incident', 'restorative_conference', SCHOOL);
  await reopen();
  await openConference(page, 'Year 9 corridor incident');

  // Logistics and who is invited.
  await page.getByLabel('Date and start time').fill('2026-12-03T10:00');
  await page.getByLabel('Venue').fill('Northfield School');
  await page.getByLabel('Room').fill('Library annex');
  await page.getByLabel('Refreshments').fill('Tea and biscuits');
  for (const p of SCHOOL) await page.getByRole('checkbox', { name: new RegExp(p.name) }).check();
  await page.getByRole('button', { name: 'Save logistics' }).click();
  await visible(page.getByRole('status').filter({ hasText: 'Saved.' }).first());
  const saved = await plan(caseId);
  expect(saved.startsAt).toBe('2026-12-03T10:00');
  expect(saved.room).toBe('Library annex');
  expect(saved.invited).toHaveLength(6);

  // Seating: suggestion from roles, one chair dragged, one moved with the keyboard.
  await page.getByRole('button', { name: 'Suggest seating' }).click();
  await expect.poll(async () => (await plan(caseId)).seating.length).toBe(6);
  const circle = page.getByRole('group', { name: 'Circle of chairs' });
  const jordan = circle.getByRole('button', { name: /^Jordan Fenwick/ });
  const ayla = circle.getByRole('button', { name: /^Ayla Brightwater/ });
  await visible(jordan);
  await circle.scrollIntoViewIfNeeded();
  const aylaSeat = await seatOf(caseId, ids['Ayla Brightwater']!);
  const jordanSeat = await seatOf(caseId, ids['Jordan Fenwick']!);
  const from = (await jordan.boundingBox())!;
  const to = (await ayla.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => seatOf(caseId, ids['Jordan Fenwick']!)).toBe(aylaSeat);
  expect(await seatOf(caseId, ids['Ayla Brightwater']!)).toBe(jordanSeat);
  const noorSeat = (await seatOf(caseId, ids['Noor Castellan']!))!;
  await circle.getByRole('button', { name: /^Noor Castellan/ }).focus();
  await page.keyboard.press('ArrowRight');
  // Focus stays with the person, and a quick second press (before the first save answers)
  // moves them on again.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => seatOf(caseId, ids['Noor Castellan']!)).toBe(((noorSeat + 1) % 6) + 1);
  await app.screenshot('conference-seating-plan');

  // The script: the default for the process type, then the speaking order and the phases.
  await page.getByRole('button', { name: 'Use this script' }).click();
  await visible(page.getByText(/Planned with Restorative conference \(IIRP\), version 1/));
  const sheet = (await plan(caseId)).runSheet;
  expect(sheet.length).toBeGreaterThan(3);
  const speakers = page.getByRole('list', { name: 'Speaking order' });
  await speakers.getByRole('button', { name: 'Move up: Jordan Fenwick' }).click();
  await expect.poll(async () => (await plan(caseId)).speakingOrder.indexOf(ids['Jordan Fenwick']!)).toBe(1);
  // Drag Priya to the top of the speaking order.
  await speakers
    .getByRole('listitem')
    .filter({ hasText: 'Priya Fenwick' })
    .dragTo(speakers.getByRole('listitem').first());
  await expect.poll(async () => (await plan(caseId)).speakingOrder[0]).toBe(ids['Priya Fenwick']);
  const firstTitle = sheet[0]!.title;
  const phases = page.getByRole('list', { name: 'Phases' });
  await phases.getByRole('button', { name: `Move down: ${firstTitle}` }).click();
  await expect.poll(async () => (await plan(caseId)).runSheet[1]!.title).toBe(firstTitle);
  await phases.getByRole('button', { name: `Edit ${firstTitle}` }).click();
  await page.getByLabel('Phase title').fill('Welcome and ground rules');
  await page.getByRole('button', { name: 'Save phase' }).click();
  await expect.poll(async () => (await plan(caseId)).runSheet[1]!.title).toBe('Welcome and ground rules');
  const after = await plan(caseId);
  expect(after.templateVersion).toBe(1);
  // The speaking order reaches every phase of the run sheet.
  for (const phase of after.runSheet) {
    const ranks = phase.speakers.map((sp) => after.speakingOrder.indexOf(sp.participantId));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }
  await app.screenshot('conference-run-sheet');

  await page.getByRole('button', { name: 'Download run sheet' }).click();
  await visible(page.getByText(/Saved the run sheet to/));
  const files = readdirSync(dir);
  expect(files.some((f) => f.endsWith('.docx'))).toBe(true);
  expect(files.every((f) => existsSync(join(dir, f)))).toBe(true);
  expectCleanRun(app);
});

it('records an FGC’s bottom lines, pre-agreed questions and family lead', async () => {
  app = await startApp();
  const { page } = app;
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const { caseId, ids } = await seed('Okafor family plan', 'family_group_conference', [
    { name: 'Grace Okafor', role: 'family_member' },
    { name: 'Samuel Okafor', role: 'family_member' },
    { name: 'Helen Marsh', role: 'referrer' },
  ]);
  await reopen();
  await openConference(page, 'Okafor family plan');
  await visible(page.getByRole('heading', { name: 'Family group conference' }));
  await page.getByRole('button', { name: 'Add bottom line' }).click();
  await page
    .getByLabel('Bottom line 1', { exact: true })
    .fill('The children live somewhere safe every night.');
  await page.getByRole('button', { name: 'Add bottom line' }).click();
  await page.getByLabel('Bottom line 2', { exact: true }).fill('School attendance above 90%.');
  await page.getByRole('button', { name: 'Add question' }).click();
  await page.getByLabel('Question 1', { exact: true }).fill('Who will take the children to school?');
  await page.getByLabel('Family lead').selectOption({ label: 'Grace Okafor' });
  await page.getByRole('button', { name: 'Save family group conference details' }).click();
  await expect.poll(async () => (await plan(caseId)).fgc.familyLeadParticipantId).toBe(ids['Grace Okafor']);
  const fgc = (await plan(caseId)).fgc;
  expect(fgc.bottomLines).toEqual([
    'The children live somewhere safe every night.',
    'School attendance above 90%.',
  ]);
  expect(fgc.preAgreedQuestions).toEqual(['Who will take the children to school?']);
  await page.getByRole('heading', { name: 'Family group conference' }).scrollIntoViewIfNeeded();
  await app.screenshot('conference-fgc-extras');
  expectCleanRun(app);
});

it('a template edited in Settings is used by a new case; an old case keeps its run sheet', async () => {
  app = await startApp();
  const { page } = app;
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const old = await seed('Bike shed damage', 'restorative_conference', SCHOOL.slice(0, 3));
  const oldSheet = (await call(app, 'conference:applyTemplate', { caseId: old.caseId })).runSheet;
  const fresh = await seed('Canteen argument', 'restorative_conference', SCHOOL.slice(0, 3));
  await reopen();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await visible(page.getByRole('heading', { name: 'Script templates' }));
  await page.getByLabel('Template to edit').selectOption({ label: 'Restorative conference (IIRP)' });
  await page.getByLabel('Phase 1 title').fill('Welcome everyone');
  await page.getByRole('button', { name: 'Save template' }).click();
  await visible(page.getByText('Restorative conference (IIRP): version 2 (edited)'));
  await app.screenshot('conference-templates-setting');

  await openConference(page, 'Canteen argument');
  await page.getByRole('button', { name: 'Use this script' }).click();
  await visible(page.getByText(/Planned with Restorative conference \(IIRP\), version 2/));
  expect((await plan(fresh.caseId)).runSheet[0]!.title).toBe('Welcome everyone');

  await openConference(page, 'Bike shed damage');
  await visible(page.getByText(/version 1\. A newer version \(2\) exists/));
  const kept = await plan(old.caseId);
  expect(kept.templateVersion).toBe(1);
  expect(kept.runSheet.map((p) => p.title)).toEqual(oldSheet.map((p) => p.title));

  // Back to the built-in wording: the version goes up again and "edited" goes.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Template to edit').selectOption({ label: 'Restorative conference (IIRP)' });
  await page.getByRole('button', { name: 'Reset to the built-in wording' }).click();
  await visible(page.getByText('Restorative conference (IIRP): version 3', { exact: true }));
  await expect
    .poll(() => page.getByRole('button', { name: 'Reset to the built-in wording' }).count())
    .toBe(0);
  expectCleanRun(app);
});
