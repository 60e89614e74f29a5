/**
 * Relationship maps suite (issue 5), the browser half: frames per second while dragging a
 * person across the editor and while panning the drawing, on ecomaps of 50 and 200 people
 * (twice as many ties), in Debian's Chromium with the production renderer build over the real
 * vault (the browser tests' harness). Frames are counted with requestAnimationFrame during a
 * scripted mouse drag; each drag is checked to have had its effect.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { autoLayout } from '../../src/shared/domain/relationship-map-layout';
import type { MapDocument } from '../../src/shared/domain/relationship-map';
import { syntheticEcomap } from '../../tests/node/domain/relationship-map-fixtures';
import type { Page } from 'playwright-core';
import { RENDERER_DIR, ROOT, startApp, type RunningApp } from '../../tests/e2e/support/harness';
import type { BenchSuite, Figure } from './types';

const SIZES = [50, 200] as const;
const FPS_TARGET = 50;
const DRAG_STEPS = 120;
const PASSPHRASE = 'kitchen table circle morning';

async function call(app: RunningApp, channel: string, input: unknown): Promise<unknown> {
  const envelope = await app.workbench.dispatch(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/**
 * Frames per second while the mouse, held down at `start`, makes a slow circle (like a
 * facilitator looking for the right place): requestAnimationFrame counts the frames.
 */
async function fpsWhileDragging(page: Page, start: { x: number; y: number }): Promise<number> {
  // A string runs in the page: this script is type-checked for Node, without the DOM.
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => {
      if (!window.__counting) return;
      window.__frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const began = performance.now();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= DRAG_STEPS; i += 1) {
    const angle = (i / DRAG_STEPS) * Math.PI * 2;
    await page.mouse.move(start.x + Math.sin(angle) * 120, start.y + (1 - Math.cos(angle)) * 60 + i * 0.5);
  }
  await page.mouse.up();
  const seconds = (performance.now() - began) / 1000;
  const frames = (await page.evaluate(
    '(() => { window.__counting = false; return window.__frames; })()',
  )) as number;
  return frames / seconds;
}

/**
 * Opens a map of `people` people in the editor, drags one person, then pans the drawing by
 * dragging empty space; returns frames per second for each. Each is checked to have happened
 * (the person moved in the saved map; the drawing moved on screen), or the frames measured
 * nothing.
 */
async function mapFps(
  app: RunningApp,
  caseId: string,
  people: number,
): Promise<{ drag: number; pan: number }> {
  const { page } = app;
  const doc: MapDocument = autoLayout('ecomap', syntheticEcomap(people, people * 2));
  const view = (await call(app, 'map:create', { caseId, kind: 'ecomap', title: `Map of ${people}` })) as {
    map: { id: string };
  };
  await call(app, 'map:save', { mapId: view.map.id, document: doc });
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('tab', { name: 'Maps' }).click();
  await page.getByRole('button', { name: new RegExp(`^Map of ${people}`) }).click();
  const canvas = page.getByRole('group', { name: `Drawing of Map of ${people}` });
  await canvas.waitFor();
  await canvas.scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await page.waitForTimeout(800);
  await app.screenshot(`map-fps-${people}`);

  const target = canvas.locator('.react-flow__node', { hasText: 'Person 1' }).first();
  const box = (await target.boundingBox())!;
  const drag = await fpsWhileDragging(page, { x: box.x + box.width / 2, y: box.y + box.height / 3 });
  const person = doc.nodes.find((n) => n.label === 'Person 1')!;
  let moved = false;
  for (let tries = 0; tries < 20 && !moved; tries += 1) {
    const saved = (await call(app, 'map:get', { mapId: view.map.id })) as { document: MapDocument };
    moved = saved.document.nodes.find((n) => n.id === person.id)!.y !== person.y;
    if (!moved) await page.waitForTimeout(200);
  }
  if (!moved) throw new Error(`map-fps: dragging Person 1 on the map of ${people} did not move them.`);

  // Empty space near the top left corner of the drawing (the zoom buttons are bottom left).
  const area = (await canvas.boundingBox())!;
  const viewport = canvas.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const pan = await fpsWhileDragging(page, { x: area.x + 24, y: area.y + 24 });
  if ((await viewport.getAttribute('style')) === before)
    throw new Error(`map-fps: dragging empty space on the map of ${people} did not pan the drawing.`);
  return { drag, pan };
}

export const mapFpsSuite: BenchSuite = {
  name: 'map-fps',
  description:
    'Frames per second while dragging a person and while panning, on ecomaps of 50 and 200 people, in Chromium.',
  async run(context) {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      context.log('map-fps: building the renderer (electron-vite build)');
      execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
    }
    const app = await startApp({ dir: context.tempDir('map-fps'), viewport: { width: 1400, height: 900 } });
    try {
      await call(app, 'vault:create', { passphrase: PASSPHRASE });
      const kase = (await call(app, 'case:create', {
        title: 'Map benchmark',
        processType: 'restorative_conference',
        setting: 'community',
      })) as { id: string };
      // The vault is open (just created): a reload shows the shell straight away.
      await app.page.reload();
      await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
      await app.page.getByRole('button', { name: 'Map benchmark', exact: true }).click();
      const figures: Figure[] = [];
      for (const people of SIZES) {
        const fps = await mapFps(app, kase.id, people);
        context.log(
          `map-fps: ${people} people, ${fps.drag.toFixed(1)} frames per second dragging a person, ${fps.pan.toFixed(1)} panning`,
        );
        figures.push(
          {
            name: `frames per second while dragging a person, ecomap of ${people} people and ${people * 2} ties`,
            value: fps.drag,
            unit: 'fps',
            target: people === 200 ? FPS_TARGET : null,
            better: 'higher',
          },
          {
            name: `frames per second while panning, ecomap of ${people} people and ${people * 2} ties`,
            value: fps.pan,
            unit: 'fps',
            target: people === 200 ? FPS_TARGET : null,
            better: 'higher',
          },
        );
        await app.page.getByRole('button', { name: 'All maps' }).click();
      }
      context.note(
        `Map fps: headless Chromium (software rendering, no GPU) on the production build; ${DRAG_STEPS} mouse moves in a slow circle while requestAnimationFrame counts frames. ` +
          'Chromium draws at most one frame per display refresh, so 60 is the ceiling.',
      );
      return figures;
    } finally {
      await app.close({ removeVault: true });
    }
  },
};
