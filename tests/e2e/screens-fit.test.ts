/**
 * Every screen and tab fits a small laptop and 200% zoom (issue "every screen fits"): visited
 * at 1280x800, 1024x700 and 640x400 (1280x800 at 200% zoom), light and dark, on a case with
 * something on every tab. No page scrolls sideways (WCAG 2.2 reflow; a wide table may scroll
 * inside its own box), and axe-core finds no serious or critical violation on any screen in
 * either theme. The screenshots are kept (screenshots/fit-*.png) to be looked at.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, unlock, visible } from './support/flows';
import { call } from './people-flows';

const AXE_SCRIPT = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x700', width: 1024, height: 700 },
  { name: '640x400', width: 640, height: 400 },
] as const;

let app: RunningApp;
let caseId = '';
let personId = '';

async function seed(running: RunningApp) {
  await call(running, 'vault:create', { passphrase: PASSPHRASE });
  const kase = await call(running, 'case:create', {
    title: 'Lunch queue incident at Hillside',
    processType: 'restorative_conference',
    setting: 'school',
    referral: {
      date: '2026-11-18',
      referrer: 'Head of Year 9',
      source: 'email',
      summary: 'A push in the lunch queue; a phone screen was cracked. Both families want to talk.',
      acknowledged: 'yes',
    },
  });
  caseId = kase.id;
  const ids: string[] = [];
  for (const [name, role] of [
    ['Ayla Brightwater', 'harmed'],
    ['Jordan Fenwick-Oyelaran', 'responsible'],
    ['Marisol Brightwater', 'supporter'],
  ] as const) {
    const added = await call(running, 'participant:add', {
      caseId,
      person: { preferredName: name },
      role,
      ...(role === 'supporter' ? { supportsParticipantId: ids[0] } : {}),
    });
    ids.push(added.id);
    personId ||= added.person.id;
    await call(running, 'consent:record', {
      caseId,
      personId: added.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'written',
      decidedOn: '2026-11-20',
    });
  }
  await call(running, 'prep:save', {
    caseId,
    participantId: ids[0]!,
    startsAt: '2026-11-26T16:00',
    place: 'Family room',
    present: 'Ayla and her aunt',
  });
  await call(running, 'conference:update', {
    caseId,
    invited: ids,
    startsAt: '2026-12-03T15:30',
    venue: 'Hillside School',
    room: 'Library',
  });
  await call(running, 'conference:applyTemplate', { caseId });
  await call(running, 'run:captureAction', { caseId, text: 'Jordan replaces the cracked phone screen' });
  await call(running, 'agreement:start', { caseId });
  await call(running, 'note:save', {
    caseId,
    title: 'Call with the school',
    body: 'Mr Okafor rang about the lunch queue.\n\n- Both families agreed to meet.',
  });
  await call(running, 'map:create', { caseId, kind: 'ecomap', title: 'Ayla’s people' });
}

interface Screen {
  name: string;
  visit(page: Page): Promise<void>;
}

/** The sidebar's items, through the menu button when the window is too narrow to show them. */
async function nav(page: Page, name: string) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
}

async function openCaseTab(page: Page, tab: string) {
  await nav(page, 'Cases');
  await (
    await visible(page.getByRole('button', { name: 'Lunch queue incident at Hillside', exact: true }))
  ).click();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

const screens: Screen[] = [
  { name: 'cases', visit: (page) => nav(page, 'Cases') },
  { name: 'today', visit: (page) => nav(page, 'Today') },
  { name: 'reports', visit: (page) => nav(page, 'Reports') },
  { name: 'settings', visit: (page) => nav(page, 'Settings') },
  ...['Overview', 'People', 'Preparation', 'Conference', 'Agreement', 'Maps', 'Notes'].map((tab) => ({
    name: `case-${tab.toLowerCase()}`,
    visit: (page: Page) => openCaseTab(page, tab),
  })),
  {
    name: 'person',
    visit: async (page) => {
      await openCaseTab(page, 'People');
      await page
        .getByRole('article', { name: 'Ayla Brightwater', exact: true })
        .getByRole('button', { name: 'Ayla Brightwater', exact: true })
        .click();
      await visible(page.getByRole('heading', { name: 'Ayla Brightwater', level: 1 }));
    },
  },
];

async function sideways(page: Page): Promise<string | null> {
  return (await page.evaluate(`(() => {
    const width = window.innerWidth;
    const page = document.documentElement.scrollWidth;
    if (page <= width + 1) return null;
    // Name the widest things sticking out, so a failure says where to look.
    const out = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('table'))
      .slice(0, 5)
      .map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''));
    return 'page ' + page + 'px wide in a ' + width + 'px window: ' + out.join(', ');
  })()`)) as string | null;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging channel, which the app's strict CSP (rightly)
  // does not let a <script> tag do.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SCRIPT);
  const found = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' -> ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
  })()`)) as string[];
  return found;
}

describe.each(['light', 'dark'] as const)('every screen in the %s theme', (scheme) => {
  beforeAll(async () => {
    app = await startApp({ colorScheme: scheme });
    await seed(app);
    await call(app, 'vault:lock', { reason: 'user' });
    await app.page.reload();
    await unlock(app.page, PASSPHRASE);
  }, 120_000);
  afterAll(async () => {
    await app?.close({ removeVault: true });
  });

  it.each(SIZES)('fits $name without sideways scrolling', async (size) => {
    const { page } = app;
    await page.setViewportSize({ width: size.width, height: size.height });
    const problems: string[] = [];
    for (const screen of screens) {
      await screen.visit(page);
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `fit-${scheme}-${size.name}-${screen.name}.png`) });
      const problem = await sideways(page);
      if (problem) problems.push(`${screen.name}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no serious or critical accessibility problem on any screen (axe-core)', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    const problems: string[] = [];
    for (const screen of screens) {
      await screen.visit(page);
      await page.waitForTimeout(150);
      for (const v of await seriousViolations(page)) problems.push(`${screen.name}: ${v}`);
    }
    expect(problems).toEqual([]);
  });
});

void personId;
