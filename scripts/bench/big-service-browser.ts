/**
 * The big-service vault in Chromium (the browser tests' harness: the production renderer
 * build over the loopback bridge to the real handlers): from Today, a click on Cases to the
 * list's rows drawn and painted, each time just after unlocking. The app opens on Cases, so its
 * first page was fetched once at unlock (the query cache may answer it; the screen still
 * mounts, lays out and draws the table afresh). Timed in the page: from the click to the frame after the rows are
 * in the document (a requestAnimationFrame, then a task, so layout and paint are counted).
 */
import { startApp, type RunningApp } from '../../tests/e2e/support/harness';
import { median } from './stats';
import type { BenchContext, Figure } from './types';

const VISITS = 5;
const TARGET_MS = 80;
const PASSPHRASE = 'kitchen table circle morning';

async function unlock(app: RunningApp): Promise<void> {
  const { page } = app;
  await page.getByRole('heading', { name: 'Unlock' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByRole('button', { name: 'Lock' }).waitFor();
  await app.workbench.vault.integrityCheck;
  // The app opens on Cases: go to Today, and wait until the list is gone from the page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today' }).click();
  await page.locator('tbody tr.case-row').first().waitFor({ state: 'detached' });
  // Today's own requests answered and drawn before the click.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

/** A string, not a function: this project's Node types have no DOM (map-editor-probe.ts does the same). */
const CLICK_CASES = `new Promise((resolve) => {
  const button = [...document.querySelectorAll('#main-navigation button')].find((b) => b.textContent.trim() === 'Cases');
  const start = performance.now();
  const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
  const watch = new MutationObserver(() => {
    if (document.querySelector('tbody tr.case-row')) {
      watch.disconnect();
      painted();
    }
  });
  watch.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => resolve(-1), 15000);
  button.click();
})`;

async function clickToRendered(app: RunningApp): Promise<number> {
  const ms = (await app.page.evaluate(CLICK_CASES)) as number;
  if (ms < 0) {
    await app.screenshot('big-service-cases-not-drawn');
    throw new Error('big-service: no case row was drawn within 15 s of clicking Cases.');
  }
  return ms;
}

export async function casesClickToRendered(context: BenchContext, dir: string, now: Date): Promise<Figure[]> {
  const app = await startApp({ dir, workbench: { clock: { now: () => now } } });
  try {
    const times: number[] = [];
    for (let visit = 0; visit < VISITS; visit += 1) {
      await unlock(app);
      context.log(`big-service: unlocked in Chromium (visit ${visit + 1})`);
      times.push(await clickToRendered(app));
      const shown = await app.page.locator('tbody tr.case-row').count();
      // "Showing 500 of 2,876 cases" (the open ones), or "N cases" when they fit one page.
      const line = ((await app.page.locator('.list-status').textContent()) ?? '').trim();
      if (shown < 5 || !/^(Showing [\d,]+ of [\d,]+ cases|[\d,]+ cases)$/.test(line))
        throw new Error(`big-service: the Cases screen drew ${shown} rows ("${line}").`);
      if (visit === 0) await app.screenshot('big-service-cases');
      await app.page.getByRole('button', { name: 'Lock' }).click();
    }
    if (app.pageErrors.length > 0)
      throw new Error(`big-service: the page logged ${app.pageErrors.length} errors.`);
    context.log(`big-service: Today -> Cases ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    context.note(
      `Today -> Cases: Chromium at 1280x800 over the loopback bridge on the same vault, ${VISITS} times, each just after an unlock; the app opens on Cases, so the list's first page was fetched once before going to Today. From the click to the frame after the first row is in the page.`,
    );
    const info = (name: string, value: number): Figure => ({
      name,
      value,
      unit: 'ms',
      target: null,
      better: 'lower',
    });
    return [
      {
        name: `Today -> Cases, click to rendered list in Chromium: median of ${VISITS} first visits`,
        value: median(times),
        unit: 'ms',
        target: TARGET_MS,
        better: 'lower',
      },
      info('Today -> Cases: min', Math.min(...times)),
      info('Today -> Cases: max', Math.max(...times)),
    ];
  } finally {
    await app.close();
  }
}
