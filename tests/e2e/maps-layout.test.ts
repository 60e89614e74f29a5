/**
 * Relationship maps look finished and fit the window (issue 16), over a real vault in the
 * real renderer: after drawing a tie, every control of the selection panel is inside the
 * window at 1280x800, 1024x700 and 640x400 (200% zoom), light and dark, with no sideways
 * scrolling; names are drawn at least at body text size; both arrowheads of a "both ways"
 * tie show; the Kind menu offers the kinds of each map; a map of many people hides its names
 * when too small and the text view lists everyone; a map reopened shows what was saved.
 * Screenshots of each size and theme, and of a generated family's editor and picture.
 */
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { autoLayout } from '../../src/shared/domain/relationship-map-layout';
import { generatedFamily, syntheticEcomap } from '../node/domain/relationship-map-fixtures';
import { SCREENSHOT_DIR, startApp, type RunningApp } from './support/harness';
import { expectCleanRun, heading, visible } from './support/flows';
import { call, createVault, reopen, seedCase } from './run-mode-flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
  { width: 640, height: 400 },
] as const;

async function openMap(page: Page, caseTitle: string, mapTitle: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: caseTitle, exact: true }))).click();
  await visible(heading(page, caseTitle));
  await page.getByRole('tab', { name: 'Maps' }).click();
  await page.getByRole('button', { name: new RegExp(`^${mapTitle}`) }).click();
  await visible(page.getByRole('group', { name: `Drawing of ${mapTitle}` }));
}

/** Whatever of the map screen is past either side of the window, and the page's own overflow. */
async function offTheEdge(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const width = window.innerWidth;
    const found = [];
    if (document.documentElement.scrollWidth > width)
      found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
    const controls = document.querySelectorAll(
      '.map-editor button, .map-editor select, .map-editor input, .map-editor .map-canvas, .map-selection, .map-legend',
    );
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -0.5 || r.right > width + 0.5)
        found.push((el.getAttribute('aria-label') || el.textContent || el.className).trim().slice(0, 60) +
          ' at ' + Math.round(r.left) + '..' + Math.round(r.right));
    }
    return found;
  })()`)) as string[];
}

/** Drags from one person's dot and drops on the other's (a new tie, selected). */
async function connect(page: Page, canvas: ReturnType<Page['getByRole']>, from: string, to: string) {
  const node = (name: string) => canvas.locator('.react-flow__node', { hasText: name });
  const start = (await node(from).boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + 20);
  const dot = (await node(from).locator('.map-handle').boundingBox())!;
  const target = (await node(to).boundingBox())!;
  await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + 24, { steps: 12 });
  await page.mouse.up();
}

it('keeps the selection panel and every map control inside the window at three sizes, light and dark', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    app = await startApp({ viewport: SIZES[0], colorScheme });
    const { page } = app;
    await createVault(app);
    const { caseId, ids } = await seedCase(app, 'Corridor incident', 'restorative_conference', [
      { name: 'Ayla Brightwater', role: 'harmed' },
      { name: 'Marisol Brightwater', role: 'supporter', supports: 'Ayla Brightwater' },
      { name: 'Jordan Fenwick', role: 'responsible' },
    ]);
    const view = await call(app, 'map:create', { caseId, kind: 'ecomap', title: 'Ayla’s world' });
    const person = (id: string, name: string, x: number, y: number, extra = {}) => ({
      id,
      personId: ids[name]!.personId,
      x,
      y,
      ...extra,
    });
    await call(app, 'map:save', {
      mapId: view.map.id,
      document: {
        nodes: [
          person('ayla', 'Ayla Brightwater', 0, 0, { focal: true }),
          person('mum', 'Marisol Brightwater', 260, 0),
          person('jordan', 'Jordan Fenwick', 0, 240),
        ],
        ties: [],
      },
    });
    await reopen(app);
    await openMap(page, 'Corridor incident', 'Ayla’s world');
    const canvas = page.getByRole('group', { name: 'Drawing of Ayla’s world' });
    await connect(page, canvas, 'Marisol Brightwater', 'Ayla Brightwater');
    const panel = page.getByRole('region', { name: 'Selected' });
    await panel.getByLabel('Direction of support, Marisol Brightwater and Ayla Brightwater').selectOption({
      label: 'Both ways',
    });
    await panel
      .getByLabel('Label of the tie between Marisol Brightwater and Ayla Brightwater')
      .fill('Sees every day');
    await expect
      .poll(async () =>
        (await call(app!, 'map:get', { mapId: view.map.id })).document.ties.map((t) => t.label),
      )
      .toEqual(['Sees every day']);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      expect({ size, off: await offTheEdge(page) }).toEqual({ size, off: [] });
      // Each control of the new tie can be reached: scrolled to, it is inside the window.
      for (const label of [
        'Kind of tie between',
        'Quality of',
        'Direction of support,',
        'Label of the tie between',
      ]) {
        const control = panel.getByLabel(new RegExp(`^${label}`));
        await control.scrollIntoViewIfNeeded();
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      }
      await canvas.scrollIntoViewIfNeeded();
      await app.screenshot(`map-editor-${size.width}x${size.height}-${colorScheme}`);
    }
    expectCleanRun(app);
    await app.close({ removeVault: true });
    app = undefined;
  }
});

it('draws names at body text size, shows both arrowheads, and offers each map its kinds of tie', async () => {
  app = await startApp({ viewport: { width: 1280, height: 800 } });
  const { page } = app;
  await createVault(app);
  const { caseId, ids } = await seedCase(app, 'Okafor family plan', 'family_group_conference', [
    { name: 'Grace Okafor', role: 'family_member' },
    { name: 'Samuel Okafor', role: 'family_member' },
  ]);
  const eco = await call(app, 'map:create', { caseId, kind: 'ecomap', title: 'Grace’s world' });
  await call(app, 'map:save', {
    mapId: eco.map.id,
    document: {
      nodes: [
        { id: 'g', personId: ids['Grace Okafor']!.personId, x: 0, y: 0, focal: true },
        { id: 's', personId: ids['Samuel Okafor']!.personId, x: 0, y: 260 },
      ],
      ties: [
        {
          id: 't',
          kind: 'ecomap',
          from: 'g',
          to: 's',
          quality: 'strong',
          direction: 'both',
          label: 'Every day',
        },
      ],
    },
  });
  await reopen(app);
  await openMap(page, 'Okafor family plan', 'Grace’s world');
  const sizes = (await page.evaluate(`(() => ({
    body: parseFloat(getComputedStyle(document.body).fontSize),
    names: [...document.querySelectorAll('.map-layer .map-node-words text')].map((t) => Number(t.getAttribute('font-size'))),
  }))()`)) as { body: number; names: number[] };
  expect(sizes.names.length).toBeGreaterThan(0);
  for (const size of sizes.names) expect(size).toBeGreaterThanOrEqual(sizes.body);
  // A tie running up and down between two names: both arrowheads drawn, neither under a name.
  const clear = (await page.evaluate(`(() => {
    const arrows = [...document.querySelectorAll('.map-layer polygon')].map((p) => p.getBoundingClientRect());
    const words = [...document.querySelectorAll('.map-layer .map-node-words rect')].map((r) => r.getBoundingClientRect());
    const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return { arrows: arrows.length, covered: arrows.filter((a) => words.some((w) => meet(a, w))).length };
  })()`)) as { arrows: number; covered: number };
  expect(clear).toEqual({ arrows: 2, covered: 0 });

  // The line is part of the picture: a click near it picks it, and Delete removes it (Undo
  // brings it back).
  const arrow = (await page.locator('.map-layer polygon').first().boundingBox())!;
  const grace = (await page.locator('.react-flow__node', { hasText: 'Grace Okafor' }).boundingBox())!;
  await page.mouse.click(grace.x + grace.width / 2 + 4, arrow.y + (arrow.y > grace.y ? -40 : 40));
  await visible(page.getByRole('region', { name: 'Selected' }).getByText('Grace Okafor and Samuel Okafor'));
  await page.keyboard.press('Delete');
  await expect
    .poll(async () => (await call(app!, 'map:get', { mapId: eco.map.id })).document.ties.length)
    .toBe(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (await call(app!, 'map:get', { mapId: eco.map.id })).document.ties.length)
    .toBe(1);

  // The Kind menu: an ecomap's relationship lines and the family lines of its household.
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Text view' }).click();
  const kind = page.getByLabel('Kind of tie between Grace Okafor and Samuel Okafor');
  expect(await kind.locator('option').allTextContents()).toEqual([
    'Relationship',
    'Couple',
    'Parent and child',
  ]);
  await kind.selectOption({ label: 'Parent and child' });
  await expect
    .poll(async () => (await call(app!, 'map:get', { mapId: eco.map.id })).document.ties.map((t) => t.kind))
    .toEqual(['parent']);
  await page.getByRole('button', { name: 'All maps' }).click();
  await page.getByRole('form', { name: 'New map' }).getByLabel('Kind').selectOption({ label: 'Genogram' });
  await page.getByRole('form', { name: 'New map' }).getByLabel('Title').fill('Okafor family');
  await page.getByRole('button', { name: 'Create the map' }).click();
  const addTie = page.getByRole('form', { name: 'Add a tie' });
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Text view' }).click();
  expect(await addTie.getByLabel('Kind').locator('option').allTextContents()).toEqual([
    'Couple',
    'Parent and child',
    'Emotional relationship',
  ]);
  expectCleanRun(app);
});

it('draws everyone on a big map, hides names too small to read, lists them in the text view, and reopens a map as saved', async () => {
  app = await startApp({ viewport: { width: 1280, height: 800 } });
  const { page } = app;
  await createVault(app);
  const { caseId } = await seedCase(app, 'Network meeting', 'restorative_conference', [
    { name: 'Efe Adeyemi', role: 'harmed' },
  ]);
  const big = await call(app, 'map:create', { caseId, kind: 'ecomap', title: 'Wide network' });
  const doc = autoLayout('ecomap', syntheticEcomap(300, 600));
  await call(app, 'map:save', { mapId: big.map.id, document: doc });
  await reopen(app);
  await openMap(page, 'Network meeting', 'Wide network');
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await visible(page.getByText('Names are hidden at this size. Zoom in, or use the Text view.'));
  expect(await page.locator('.map-layer .map-person').count()).toBe(300);
  expect(await page.locator('.map-layer .map-node-words').count()).toBe(0);
  await app.screenshot('map-editor-300-people');
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Text view' }).click();
  const people = page.getByRole('table', { name: 'People and systems on the map' });
  expect(await people.getByRole('row').count()).toBe(301);
  await visible(
    people.getByRole('rowheader').filter({ has: page.getByLabel('Name of Person 299', { exact: true }) }),
  );

  // A change, then the map closed and opened again: it shows the change, and the next change
  // is saved on top of it (not over it).
  await people.getByLabel('Name of Person 7', { exact: true }).fill('Tomasz Quill');
  await expect
    .poll(async () => (await call(app!, 'map:get', { mapId: big.map.id })).document.nodes[7]!.label)
    .toBe('Tomasz Quill');
  await page.getByRole('button', { name: 'All maps' }).click();
  await page.getByRole('button', { name: /^Wide network/ }).click();
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Text view' }).click();
  await visible(page.getByLabel('Name of Tomasz Quill', { exact: true }));
  await page.getByLabel('Name of Person 8', { exact: true }).fill('Dana Fenwick');
  await expect
    .poll(async () =>
      (await call(app!, 'map:get', { mapId: big.map.id })).document.nodes.slice(7, 9).map((n) => n.label),
    )
    .toEqual(['Tomasz Quill', 'Dana Fenwick']);
  expectCleanRun(app);
});

it('shows a generated three-generation family in the editor and its exported picture', async () => {
  app = await startApp({ viewport: { width: 1400, height: 900 } });
  const { page } = app;
  await createVault(app);
  const { caseId } = await seedCase(app, 'Whitaker family', 'family_group_conference', [
    { name: 'Oluwaseun Okafor', role: 'family_member' },
  ]);
  const map = await call(app, 'map:create', { caseId, kind: 'genogram', title: 'Three generations' });
  await call(app, 'map:save', { mapId: map.map.id, document: autoLayout('genogram', generatedFamily(3)) });
  await reopen(app);
  await openMap(page, 'Whitaker family', 'Three generations');
  await page.waitForTimeout(400);
  await page.getByRole('group', { name: 'Drawing of Three generations' }).scrollIntoViewIfNeeded();
  await app.screenshot('map-generated-family');
  await page.getByRole('button', { name: 'Save as PNG' }).click();
  await visible(page.getByText(/Saved to .*\.png/));
  await page.getByRole('button', { name: 'Save as SVG' }).click();
  await visible(page.getByText(/Saved to .*\.svg/));
  const saved = (ext: string) =>
    join(
      app!.dir,
      readdirSync(app!.dir).find((f) => f.endsWith(ext))!,
    );
  expect(readFileSync(saved('.svg'), 'utf8')).toContain('Home since 2002');
  expect(readFileSync(saved('.png')).subarray(1, 4).toString()).toBe('PNG');
  // Kept beside the screenshots, to be looked at.
  copyFileSync(saved('.png'), join(SCREENSHOT_DIR, 'map-generated-family-export.png'));
  expectCleanRun(app);
});
