/**
 * The README's pictures of the main screens, light and dark, made from the real renderer over a
 * real vault: Today, Cases, each tab of a case, run mode, the agreement, a map and Settings.
 * Invented names, and a fixed day and fixed identifiers, so the same code makes the same
 * pictures and the committed files change only when a screen does. Every run checks each
 * screen opens (its heading or landmark shows) at the window size the pictures use; only
 * SCREENSHOTS=1 (npm run screenshots) writes docs/screenshots/, otherwise they go to the
 * git-ignored screenshots/ folder, so an ordinary test run never rewrites committed files.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TieQuality } from '../../src/shared/domain/relationship-map';
import { ROOT, SCREENSHOT_DIR, startApp, type RunningApp } from './support/harness';
import { expectCleanRun, heading, visible } from './support/flows';
import { call, createVault, reopen, seedInvitedCase } from './run-mode-flows';

/** A Monday morning in term, in the app's time zone (the harness runs Europe/London). */
const TODAY = new Date('2026-11-30T10:00:00Z');
const CASE = 'Lunch queue incident';
const MAP = 'Ayla’s people';
const SIZE = { width: 1280, height: 800 } as const;
const OUT = process.env['SCREENSHOTS'] ? join(ROOT, 'docs', 'screenshots') : join(SCREENSHOT_DIR, 'readme');

/** Identifiers counted up from one, so rows that sort on them always sort the same way. */
function countingIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

async function seed(app: RunningApp): Promise<void> {
  await createVault(app);
  const caseId = await seedInvitedCase(app, CASE, 'yes');
  await call(app, 'case:update', {
    id: caseId,
    referral: {
      date: '2026-11-18',
      referrer: 'Head of Year 9',
      source: 'email',
      summary: 'A push in the lunch queue; a phone screen was cracked. Both families want to talk.',
    },
  });
  const people = await call(app, 'participant:list', { caseId });
  const byName = (name: string) => people.find((p) => p.person.preferredName === name)!;
  await call(app, 'prep:save', {
    caseId,
    participantId: byName('Ayla Brightwater').id,
    startsAt: '2026-11-24T16:00',
    place: 'Family room',
    present: 'Ayla and her aunt',
  });
  await call(app, 'conference:update', {
    caseId,
    startsAt: '2026-12-03T15:30',
    venue: 'Hillside School',
    room: 'Library',
  });
  await call(app, 'conference:applyTemplate', { caseId });
  await call(app, 'conference:confirm', { caseId, overrideReason: 'Both families asked to meet this week.' });
  for (const text of [
    'Jordan pays towards the cracked phone screen',
    'Ayla and Jordan queue at different doors for two weeks',
    'Jordan says hello to Ayla at lunch each day',
  ])
    await call(app, 'run:captureAction', { caseId, text });
  const started = await call(app, 'agreement:start', { caseId });
  // Each action finished as a facilitator would leave it (days after the 12th: one reading only).
  const finish = [
    { who: 'Jordan Fenwick', byWhen: '2026-12-18', howChecked: 'Ayla shows the new screen to Mr Okafor' },
    { who: 'Ayla Brightwater', byWhen: '2026-12-17', howChecked: 'The lunch staff keep an eye on the doors' },
    { who: 'Jordan Fenwick', byWhen: '2026-12-16', howChecked: 'Ayla tells Mr Okafor at the review' },
  ];
  await call(app, 'agreement:save', {
    caseId,
    statement: 'A push in the lunch queue cracked a phone screen. Ayla and Jordan met to put it right.',
    place: 'Hillside School, Library',
    reviewDate: '2026-12-21',
    actions: started.agreement!.actions.map((a, i) => ({
      id: a.id,
      what: a.what,
      whoParticipantId: byName(finish[i]!.who).id,
      byWhen: finish[i]!.byWhen,
      howChecked: finish[i]!.howChecked,
      checkedBy: 'Mr Okafor',
      ifNotDone: 'We meet again to talk about it',
    })),
  });
  await call(app, 'note:save', {
    caseId,
    title: 'Call with the school',
    body: 'Mr Okafor rang about the lunch queue.\n\n- Both families agreed to meet.\n- The library is free on Thursday.',
  });
  const map = await call(app, 'map:create', { caseId, kind: 'ecomap', title: MAP });
  const node = (id: string, name: string, x: number, y: number, focal = false) => ({
    id,
    personId: byName(name).person.id,
    x,
    y,
    focal,
  });
  const tie = (id: string, from: string, to: string, quality: TieQuality, label = '') => ({
    id,
    kind: 'ecomap' as const,
    from,
    to,
    quality,
    direction: 'both' as const,
    label,
  });
  await call(app, 'map:save', {
    mapId: map.map.id,
    document: {
      nodes: [
        node('ayla', 'Ayla Brightwater', 0, 0, true),
        node('marisol', 'Marisol Brightwater', 300, -120),
        node('noor', 'Noor Castellan', 300, 140),
        node('jordan', 'Jordan Fenwick', -320, 140),
        { id: 'school', label: 'Hillside School', kind: 'system', x: -320, y: -140 },
      ],
      ties: [
        tie('t1', 'ayla', 'marisol', 'strong', 'Lives with'),
        tie('t2', 'ayla', 'noor', 'moderate', 'Best friend'),
        tie('t3', 'ayla', 'jordan', 'stressful'),
        tie('t4', 'ayla', 'school', 'tenuous'),
      ],
    },
  });
  // Two more cases, so the case list and Today look like a working week.
  await call(app, 'case:create', {
    title: 'Noise between neighbours on Elm Row',
    processType: 'restorative_conversation',
    setting: 'community',
  });
  await call(app, 'case:create', {
    title: 'Year 8 tutor group circle',
    processType: 'circle',
    setting: 'school',
  });
  await call(app, 'settings:update', {
    aboutYou: { name: 'Sam Okafor', role: 'Restorative practitioner', contact: '01632 960000' },
  });
}

async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
}

async function caseTab(page: Page, tab: string): Promise<Locator> {
  await nav(page, 'Cases');
  await (await visible(page.getByRole('button', { name: CASE, exact: true }))).click();
  await visible(heading(page, CASE));
  const chosen = page.getByRole('tab', { name: tab, exact: true });
  await chosen.click();
  expect(await chosen.getAttribute('aria-selected')).toBe('true');
  return page.getByRole('tabpanel');
}

interface Shot {
  name: string;
  /** Opens the screen and returns what shows it is there. */
  open(page: Page): Promise<Locator>;
  /** What the picture should start with, scrolled to the top of the window. */
  top?(page: Page): Locator;
}

const SHOTS: Shot[] = [
  {
    name: 'today',
    open: async (page) => (await nav(page, 'Today'), heading(page, 'Today')),
  },
  {
    name: 'cases',
    open: async (page) => {
      await nav(page, 'Cases');
      await visible(page.getByRole('button', { name: CASE, exact: true }));
      // At 1280 wide every column is in view, Next meeting too: the list does not scroll in its box.
      const box = page.locator('.table-scroll');
      expect(
        await box.evaluate(
          (el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth - el.clientWidth,
        ),
      ).toBe(0);
      return page.getByRole('cell', { name: '3 December 2026, 15:30' });
    },
  },
  ...['Overview', 'People', 'Preparation', 'Conference', 'Notes'].map((tab) => ({
    name: `case-${tab.toLowerCase()}`,
    open: (page: Page) => caseTab(page, tab),
  })),
  {
    name: 'agreement',
    open: async (page) =>
      (await caseTab(page, 'Agreement')).getByText('Jordan pays towards the cracked phone screen').first(),
    top: (page) => page.getByRole('heading', { name: 'Actions', exact: true }),
  },
  {
    name: 'maps',
    open: async (page) => (await caseTab(page, 'Maps')).getByRole('button', { name: new RegExp(`^${MAP}`) }),
  },
  {
    name: 'map-editor',
    open: async (page) => {
      const panel = await caseTab(page, 'Maps');
      await panel.getByRole('button', { name: new RegExp(`^${MAP}`) }).click();
      return page
        .getByRole('group', { name: `Drawing of ${MAP}` })
        .getByText('Hillside School')
        .first();
    },
    top: (page) => page.getByRole('toolbar', { name: 'Map tools' }),
  },
  {
    name: 'run-mode',
    open: async (page) => {
      await caseTab(page, 'Conference');
      await (await visible(page.getByRole('button', { name: 'Run the conference' }))).click();
      await visible(page.getByRole('navigation', { name: 'Phases' }));
      // Run mode starts the conference's note and saves it: wait for that, not a moment of it.
      return page.getByRole('complementary', { name: 'Notes and agreement' }).getByText('Saved 10:00');
    },
  },
  {
    name: 'settings',
    open: async (page) => (await nav(page, 'Settings'), page.getByRole('region', { name: 'About you' })),
    top: (page) => page.getByRole('region', { name: 'About you' }),
  },
];

describe.each(['light', 'dark'] as const)('README screenshots, %s theme', (scheme) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({
      colorScheme: scheme,
      viewport: SIZE,
      workbench: { clock: { now: () => new Date(TODAY) }, newId: countingIds() },
    });
    // The renderer's "today" too (due dates, greetings); its timers still run.
    await app.context.clock.setFixedTime(TODAY);
    await seed(app);
    await reopen(app);
    mkdirSync(OUT, { recursive: true });
  }, 120_000);
  afterAll(async () => app?.close({ removeVault: true }));

  it.each(SHOTS.map((s) => s.name))('%s', async (name) => {
    const { page } = app;
    const shot = SHOTS.find((s) => s.name === name)!;
    // Run mode is left with its own button; every other screen starts from the app's shell.
    if (await page.getByRole('navigation', { name: 'Phases' }).isVisible())
      await page.getByRole('button', { name: /^Leave run mode/ }).click();
    await visible(await shot.open(page));
    if (shot.top)
      await shot
        .top(page)
        .evaluate((el: { scrollIntoView(options: { block: 'start' }): void }) =>
          el.scrollIntoView({ block: 'start' }),
        );
    // The same picture each time: autosave finished ("Saved", not "Saving…"), fonts drawn.
    await expect.poll(() => page.getByText(/^Saving/).count()).toBe(0);
    await page.waitForTimeout(300);
    await page.screenshot({
      path: join(OUT, `${name}-${scheme}.png`),
      animations: 'disabled',
      caret: 'hide',
    });
    expectCleanRun(app);
  });
});
