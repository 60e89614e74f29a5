/**
 * Relationship maps in the real renderer over a real vault. A genogram of an FGC family
 * (three generations, a divorce with years, a hostile tie, a cut off and repaired tie) built
 * in the text view, one tie made with the keyboard alone; a snapshot, two ties changed and
 * compared; SVG and PNG exported and checked. An ecomap drawn with the pointer: a tie by
 * dragging from one person's dot to another, undo and redo. Invented names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { expectCleanRun, heading, visible } from './support/flows';
import { call, createVault, reopen, seedCase } from './run-mode-flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

async function openMaps(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: title, exact: true }))).click();
  await visible(heading(page, title));
  await page.getByRole('tab', { name: 'Maps' }).click();
}

async function newMap(page: Page, kind: 'Ecomap' | 'Genogram', title: string) {
  const form = page.getByRole('form', { name: 'New map' });
  await form.getByLabel('Kind').selectOption({ label: kind });
  await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Create the map' }).click();
  await visible(page.getByRole('toolbar', { name: 'Map tools' }));
}

async function add(page: Page, who: string, name?: string) {
  const tools = page.getByRole('toolbar', { name: 'Map tools' });
  await tools.getByLabel('Add to the map').selectOption({ label: who });
  if (name)
    await tools
      .getByLabel(who.startsWith('A system') ? 'Name of the system or service' : 'Their name')
      .fill(name);
  await tools.getByRole('button', { name: 'Add', exact: true }).click();
}

async function addTie(page: Page, from: string, to: string, kind: string) {
  const form = page.getByRole('form', { name: 'Add a tie' });
  // The kind first: a parent and child line names its ends "Parent" and "Child".
  await form.getByLabel('Kind').selectOption({ label: kind });
  await form.getByLabel(kind === 'Parent and child' ? 'Parent' : 'From').selectOption({ label: from });
  await form.getByLabel(kind === 'Parent and child' ? 'Child' : 'To').selectOption({ label: to });
  await form.getByRole('button', { name: 'Add the tie' }).click();
}

const savedMap = async (mapId: string) => (await call(app!, 'map:get', { mapId })).document;

it('builds an FGC family genogram, snapshots it, compares two changed ties and exports SVG and PNG', async () => {
  app = await startApp({ viewport: { width: 1400, height: 900 } });
  const { page } = app;
  await createVault(app);
  await seedCase(app, 'Okafor family plan', 'family_group_conference', [
    { name: 'Grace Okafor', role: 'family_member' },
    { name: 'Samuel Okafor', role: 'family_member' },
    { name: 'Mia Okafor', role: 'family_member' },
    { name: 'Helen Marsh', role: 'professional' },
  ]);
  await reopen(app);
  await openMaps(page, 'Okafor family plan');
  await visible(page.getByText('No maps yet.', { exact: false }));
  await newMap(page, 'Genogram', 'Okafor family');
  const mapId = (await call(app, 'map:list', { caseId: (await call(app, 'case:list', {})).cases[0]!.id }))[0]!
    .id;

  for (const who of [
    'Grace Okafor (in this case)',
    'Samuel Okafor (in this case)',
    'Mia Okafor (in this case)',
  ])
    await add(page, who);
  for (const name of ['Rosa Okafor', 'Colin Okafor', 'Ade Okafor'])
    await add(page, 'Someone only on the map…', name);
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Text view' }).click();
  const people = page.getByRole('table', { name: 'People and systems on the map' });
  for (const [name, sex] of [
    ['Grace Okafor', 'Female'],
    ['Samuel Okafor', 'Male'],
    ['Mia Okafor', 'Female'],
    ['Rosa Okafor', 'Female'],
    ['Colin Okafor', 'Male'],
    ['Ade Okafor', 'Male'],
  ] as const)
    await people.getByLabel(`Symbol for ${name}`).selectOption({ label: sex });
  await people.getByLabel('Mia Okafor is the focal child').check();
  await people.getByLabel('Year Mia Okafor was born').fill('2012');
  await people.getByLabel('Colin Okafor has died').check();

  // Three generations: grandparents, their sons, Mia; a divorce with years.
  await addTie(page, 'Rosa Okafor', 'Colin Okafor', 'Couple');
  await addTie(page, 'Rosa Okafor', 'Samuel Okafor', 'Parent and child');
  await addTie(page, 'Colin Okafor', 'Samuel Okafor', 'Parent and child');
  await addTie(page, 'Rosa Okafor', 'Ade Okafor', 'Parent and child');
  await addTie(page, 'Colin Okafor', 'Ade Okafor', 'Parent and child');
  // A child's two parents must be a couple first: the map says so and refuses the tie.
  await addTie(page, 'Grace Okafor', 'Mia Okafor', 'Parent and child');
  await addTie(page, 'Samuel Okafor', 'Mia Okafor', 'Parent and child');
  await visible(
    page.getByRole('alert').filter({ hasText: /Mia Okafor's parents must be a couple or a single parent/ }),
  );
  await addTie(page, 'Grace Okafor', 'Samuel Okafor', 'Couple');
  await addTie(page, 'Samuel Okafor', 'Mia Okafor', 'Parent and child');
  const ties = page.getByRole('table', { name: 'Ties' });
  await ties.getByLabel('Couple, Grace Okafor and Samuel Okafor').selectOption({ label: 'Divorced' });
  await ties.getByLabel('From year, Grace Okafor and Samuel Okafor').fill('2010');
  await ties.getByLabel('To year, Grace Okafor and Samuel Okafor').fill('2019');
  await addTie(page, 'Samuel Okafor', 'Ade Okafor', 'Emotional relationship');
  await ties.getByLabel('Relationship, Samuel Okafor and Ade Okafor').selectOption({ label: 'Hostile' });

  // One tie with the keyboard alone: From, To, Kind by typing, then Enter.
  const form = page.getByRole('form', { name: 'Add a tie' });
  await form.getByLabel('Kind').focus();
  await page.keyboard.type('Emo');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('Mia');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Colin');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await visible(ties.getByLabel('Relationship, Mia Okafor and Colin Okafor'));
  await ties
    .getByLabel('Relationship, Mia Okafor and Colin Okafor')
    .selectOption({ label: 'Cut off, repaired' });

  await expect
    .poll(async () =>
      (await savedMap(mapId)).ties
        .map((t) => t.kind)
        .sort()
        .join(','),
    )
    .toBe('couple,couple,emotional,emotional,parent,parent,parent,parent,parent,parent');
  const saved = await savedMap(mapId);
  expect(saved.ties.find((t) => t.kind === 'couple' && t.status === 'divorced')).toMatchObject({
    startYear: 2010,
    endYear: 2019,
  });
  expect(saved.nodes.find((n) => n.name === 'Mia Okafor')).toMatchObject({
    focal: true,
    birthYear: 2012,
    sex: 'female',
  });

  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Drawing' }).click();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await visible(page.getByRole('img', { name: /^Legend\./ }));
  await page.waitForTimeout(400);
  await app.screenshot('map-genogram');

  // A snapshot, two ties changed, and the comparison.
  await page.getByLabel('Snapshot name').fill('Before the conference');
  await page.getByRole('button', { name: 'Save as of today' }).click();
  await visible(page.getByRole('list', { name: 'Snapshots' }).getByText('Before the conference'));
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Text view' }).click();
  await ties.getByLabel('Relationship, Samuel Okafor and Ade Okafor').selectOption({ label: 'Close' });
  await ties.getByLabel('Couple, Rosa Okafor and Colin Okafor').selectOption({ label: 'Separated' });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const changes = page.getByRole('list', { name: 'What changed' }).getByRole('listitem');
  await expect.poll(() => changes.count()).toBe(2);
  expect(await changes.allTextContents()).toEqual(
    expect.arrayContaining([
      expect.stringContaining('Samuel Okafor and Ade Okafor, from Hostile to Close'),
      expect.stringContaining('Rosa Okafor and Colin Okafor, from Married to Separated'),
    ]),
  );
  await page.getByRole('region', { name: 'Comparison' }).scrollIntoViewIfNeeded();
  await app.screenshot('map-comparison');

  // SVG and PNG where the facilitator chooses (the harness answers with its temp folder).
  await page.getByRole('button', { name: 'Save as SVG' }).click();
  await visible(page.getByText(/Saved to .*\.svg/));
  await page.getByRole('button', { name: 'Save as PNG' }).click();
  await visible(page.getByText(/Saved to .*\.png/));
  const file = (ext: string) =>
    join(
      app!.dir,
      readdirSync(app!.dir).find((f) => f.endsWith(ext))!,
    );
  const svg = readFileSync(file('.svg'), 'utf8');
  for (const name of [
    'Grace Okafor',
    'Samuel Okafor',
    'Mia Okafor',
    'Rosa Okafor',
    'Colin Okafor',
    'Ade Okafor',
    'Legend',
  ])
    expect(svg).toContain(name);
  const png = readFileSync(file('.png'));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
  const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([svgWidth * 3, svgHeight * 3]);
  expectCleanRun(app);
});

it('draws an ecomap with the pointer: connect by dragging, change the line, undo and redo', async () => {
  app = await startApp({ viewport: { width: 1400, height: 900 } });
  const { page } = app;
  await createVault(app);
  const { caseId } = await seedCase(app, 'Year 9 corridor incident', 'restorative_conference', [
    { name: 'Ayla Brightwater', role: 'harmed' },
    { name: 'Jordan Fenwick', role: 'responsible' },
    { name: 'Marisol Brightwater', role: 'supporter', supports: 'Ayla Brightwater' },
  ]);
  await reopen(app);
  await openMaps(page, 'Year 9 corridor incident');
  await newMap(page, 'Ecomap', "Ayla's world");
  const mapId = (await call(app, 'map:list', { caseId }))[0]!.id;
  for (const who of [
    'Ayla Brightwater (in this case)',
    'Jordan Fenwick (in this case)',
    'Marisol Brightwater (in this case)',
  ])
    await add(page, who);
  await add(page, 'A system or service…', 'Hillside School');
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Text view' }).click();
  await page.getByLabel('Ayla Brightwater is at the centre').check();
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Drawing' }).click();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await page.waitForTimeout(400);

  // Drag from Marisol's dot to Ayla: a tie, selected, ready to describe.
  const canvas = page.getByRole('group', { name: "Drawing of Ayla's world" });
  await canvas.scrollIntoViewIfNeeded();
  // A person's dot shows while the pointer is on them.
  const marisol = canvas.locator('.react-flow__node', { hasText: 'Marisol Brightwater' });
  const onMarisol = (await marisol.boundingBox())!;
  await page.mouse.move(onMarisol.x + onMarisol.width / 2, onMarisol.y + 20);
  const from = (await marisol.locator('.map-handle').boundingBox())!;
  const to = (await canvas.locator('.react-flow__node', { hasText: 'Ayla Brightwater' }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + 24, { steps: 10 });
  await page.mouse.up();
  const selected = page.getByRole('region', { name: 'Selected' });
  await visible(selected.getByLabel('Quality of Marisol Brightwater and Ayla Brightwater'));
  await selected
    .getByLabel('Quality of Marisol Brightwater and Ayla Brightwater')
    .selectOption({ label: 'Strong' });
  await selected
    .getByLabel('Direction of support, Marisol Brightwater and Ayla Brightwater')
    .selectOption({ label: 'One way' });
  await expect
    .poll(async () =>
      (await savedMap(mapId)).ties.map((t) => (t.kind === 'ecomap' ? `${t.quality}/${t.direction}` : t.kind)),
    )
    .toEqual(['strong/one_way']);

  // Undo takes the direction back; redo puts it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (await savedMap(mapId)).ties.map((t) => (t.kind === 'ecomap' ? t.direction : '')))
    .toEqual(['none']);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect
    .poll(async () => (await savedMap(mapId)).ties.map((t) => (t.kind === 'ecomap' ? t.direction : '')))
    .toEqual(['one_way']);

  // A move by dragging a person is saved.
  const school = canvas.locator('.react-flow__node', { hasText: 'Hillside School' });
  const before = (await savedMap(mapId)).nodes.find((n) => n.name === 'Hillside School')!;
  await canvas.scrollIntoViewIfNeeded();
  const box = (await school.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 3 + 10, { steps: 2 });
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + 75, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(async () => (await savedMap(mapId)).nodes.find((n) => n.name === 'Hillside School')!.x)
    .not.toBe(before.x);
  await app.screenshot('map-ecomap');
  expectCleanRun(app);
});
