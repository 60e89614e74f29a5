/**
 * What the map-fps suite measures in the page: frames per second while the mouse drags, the
 * time from clicking a map to every person on it drawn, how many people are drawn after "Zoom
 * to fit", and the main process's time for each autosave (timed around the real dispatcher
 * the loopback bridge calls). Scripts run in the page as strings: this file is type-checked
 * for Node, without the DOM.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { RunningApp } from '../../tests/e2e/support/harness';

export const DRAG_STEPS = 120;

/**
 * Frames per second while the mouse, held down at `start`, makes a slow circle (like a
 * facilitator looking for the right place): requestAnimationFrame counts the frames.
 */
export async function fpsWhileDragging(page: Page, start: { x: number; y: number }): Promise<number> {
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
 * Clicks the map's card and waits, frame by frame, until the drawing shows `people` people
 * and each has its box to drag (none still hidden waiting to be measured), then for the frame
 * that paints them: the milliseconds from the click, as the facilitator waits for them.
 */
export async function openTime(page: Page, title: string, people: number): Promise<number> {
  return (await page.evaluate(`(async () => {
    const card = [...document.querySelectorAll('button.map-card')].find(
      (b) => b.querySelector('.map-card-title')?.textContent === ${JSON.stringify(title)},
    );
    if (!card) throw new Error('No map card for ${title.replace(/'/g, '')}');
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const began = performance.now();
    card.click();
    for (;;) {
      await frame();
      const nodes = document.querySelectorAll('.react-flow__node');
      const drawn = document.querySelectorAll('.map-layer .map-person').length;
      if (drawn >= ${people} && nodes.length >= ${people} && [...nodes].every((n) => n.style.visibility !== 'hidden')) break;
      if (performance.now() - began > 30000) throw new Error('The map did not open within 30 s.');
    }
    await frame();
    return performance.now() - began;
  })()`)) as number;
}

/** People whose symbol the drawing shows inside its frame. */
export async function peopleDrawn(page: Page, canvasLabel: string): Promise<number> {
  return (await page.evaluate(`(() => {
    const canvas = document.querySelector('[aria-label=${JSON.stringify(canvasLabel)}]');
    const frame = canvas.getBoundingClientRect();
    return [...canvas.querySelectorAll('.map-layer .map-person')].filter((s) => {
      const r = s.getBoundingClientRect();
      return r.right > frame.left && r.left < frame.right && r.bottom > frame.top && r.top < frame.bottom;
    }).length;
  })()`)) as number;
}

export interface SaveTiming {
  channel: string;
  ms: number;
  bytes: number;
}

/**
 * Times every map:save and map:change the page sends, in the main process: the dispatcher
 * (validation, the map rules, the write) is the part that holds it. Returns the list it fills.
 */
export function timeAutosaves(app: RunningApp): SaveTiming[] {
  const timings: SaveTiming[] = [];
  const dispatch = app.workbench.dispatch;
  app.workbench.dispatch = async (channel, input) => {
    if (channel !== 'map:save' && channel !== 'map:change') return dispatch(channel, input);
    const began = performance.now();
    const answer = await dispatch(channel, input);
    const ms = performance.now() - began;
    if (!answer.ok) throw new Error(`${channel} was refused: ${answer.error.message}`);
    timings.push({ channel, ms, bytes: Buffer.byteLength(JSON.stringify(input)) });
    return answer;
  };
  return timings;
}
