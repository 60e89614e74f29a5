/**
 * A withdrawal on the real screens (issue "safeguarding seams", points 2 and 3): a confirmed
 * conference's participant withdraws consent on the People tab; the Conference tab says the
 * conference is back to planning and why, her chair shows empty and marked, she is out of the
 * speaking order; the gate lists it; the agreement does not offer her as a signer; consent
 * given again brings her back, visibly. The Logistics fields say where their text goes.
 * Screenshots at 1280x800 and 1024x700, light and dark. Invented names.
 */
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, startApp, type RunningApp } from './support/harness';
import { expectCleanRun, visible } from './support/flows';
import { personRow, recordConsent, startWith } from './people-flows';
import { call } from './people-flows';

let app: RunningApp | undefined;
afterEach(async () => {
  await app?.close({ removeVault: true });
});

const checklist = Object.fromEntries(
  [
    'process_explained',
    'account_heard',
    'hopes',
    'supporters_identified',
    'worries_needs',
    'access_needs',
    'consent_confirmed',
    'still_willing',
  ].map((k) => [k, true]),
);

async function confirmedCase(app: RunningApp) {
  const kase = await call(app, 'case:create', {
    title: 'Lunch queue',
    processType: 'restorative_conference',
    setting: 'school',
  });
  const ids: Record<string, string> = {};
  for (const [name, role] of [
    ['Ayla Brightwater', 'harmed'],
    ['Jordan Fenwick', 'responsible'],
    ['Marisol Brightwater', 'supporter'],
  ] as const) {
    const added = await call(app, 'participant:add', {
      caseId: kase.id,
      person: { preferredName: name },
      role,
      ...(role === 'supporter' ? { supportsParticipantId: ids['Ayla Brightwater'] } : {}),
    });
    ids[name] = added.id;
    await call(app, 'prep:save', {
      caseId: kase.id,
      participantId: added.id,
      startsAt: '2026-11-26T16:00',
      checklist,
    });
    await call(app, 'consent:record', {
      caseId: kase.id,
      personId: added.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'written',
      decidedOn: '2026-11-26',
    });
  }
  const everyone = Object.values(ids);
  await call(app, 'conference:update', {
    caseId: kase.id,
    invited: everyone,
    speakingOrder: everyone,
    seating: everyone.map((participantId, i) => ({ participantId, seat: i + 1 })),
    startsAt: '2026-12-03T15:30',
    venue: 'Hillside School',
    room: 'Library',
  });
  await call(app, 'risk:assess', { caseId: kase.id, decision: 'proceed', measures: '', decidedBy: 'Sam' });
  await call(app, 'conference:applyTemplate', { caseId: kase.id });
  await call(app, 'conference:confirm', { caseId: kase.id });
  await call(app, 'run:captureAction', { caseId: kase.id, text: 'Jordan replaces the phone case' });
  await call(app, 'agreement:start', { caseId: kase.id });
  return { caseId: kase.id, ids };
}

async function tab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
}

async function shoot(page: Page, name: string) {
  for (const [size, viewport] of [
    ['1280', { width: 1280, height: 800 }],
    ['1024', { width: 1024, height: 700 }],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${size}-${scheme}.png`), fullPage: true });
      // Nothing scrolls sideways (every screen at every size is checked in screens-fit.test.ts).
      if (size === '1280')
        expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(
          true,
        );
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

it('shows a withdrawal everywhere the person appears, and undoes it when consent is given again', async () => {
  app = await startApp();
  const { page } = app;
  await startWith(app, () => confirmedCase(app!));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: 'Lunch queue', exact: true }))).click();

  // Ayla withdraws on the People tab.
  await tab(page, 'People');
  const row = personRow(page, 'Ayla Brightwater');
  await row.getByRole('button', { name: 'Consent for Ayla Brightwater' }).click();
  await row.getByRole('button', { name: 'Withdraw consent to take part' }).click();
  await row.getByLabel('Date withdrawn', { exact: true }).fill('2026-11-28');
  await row.getByLabel('Reason', { exact: true }).fill('She would rather write a letter.');
  await row.getByRole('button', { name: 'Withdraw consent', exact: true }).click();
  await visible(row.getByText(/Consent withdrawn on 28 November 2026/));

  // The Conference tab says it, calmly, and shows her as withdrawn.
  await tab(page, 'Conference');
  const notices = page.getByLabel('Changes to who takes part');
  await visible(notices.getByText('The conference is back to planning'));
  await visible(
    notices.getByText(/Ayla Brightwater no longer takes part, so the confirmed conference went back/),
  );
  await visible(page.getByLabel('Chair 1, empty: Ayla Brightwater has withdrawn'));
  await visible(page.getByText('Not in the speaking order (withdrawn): Ayla Brightwater.'));
  await visible(page.getByText(/withdrawn: consent to take part was withdrawn/).first());
  // Logistics: each field says where its text goes; safety measures are for the facilitator only.
  await visible(
    page.getByText('For you only: never printed in any letter or agreement.', { exact: false }).first(),
  );
  await visible(page.getByText('Printed in Jordan Fenwick’s invitation letter only.'));
  await page.getByLabel('Safety measures', { exact: true }).fill('Jordan waits in the staff room.');
  await page.getByLabel('Arrangements we have made for Jordan Fenwick').fill('A Polish interpreter.');
  await page.getByRole('button', { name: 'Save logistics' }).click();
  await visible(page.getByText('Saved.').first());
  await shoot(page, '40-conference-withdrawn');

  // The gate lists it; the agreement does not offer her as a signer.
  await tab(page, 'Preparation');
  await visible(
    page
      .getByRole('list', { name: 'Still missing' })
      .getByText('Ayla Brightwater withdrew consent to take part.'),
  );
  await tab(page, 'Agreement');
  await visible(page.getByText('withdrawn from taking part: not signing'));
  await visible(
    page.getByText(/Ayla Brightwater has withdrawn from taking part, so they are not in the signing list/),
  );

  // Consent given again: back, and said so.
  await tab(page, 'People');
  await recordConsent(page, 'Ayla Brightwater', {
    kind: 'Consent to take part',
    decision: 'Given',
    method: 'Verbal',
    date: '2026-11-30',
  });
  await tab(page, 'Conference');
  await visible(page.getByText(/Ayla Brightwater gave consent to take part again on 30 November 2026/));
  await visible(page.getByRole('button', { name: /^Ayla Brightwater, .*chair 1$/ }));
  await shoot(page, '41-conference-consent-again');
  expectCleanRun(app);
});
