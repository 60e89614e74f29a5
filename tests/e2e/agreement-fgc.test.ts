/**
 * A family group conference's plan in the real renderer, dark theme: the tab says "Family
 * plan", the family lead is shown, ticking a bottom line on an action turns it from "not met
 * yet" into "met by action 1" on the printed plan; one action card is filled from the
 * keyboard alone; hostile text in every field survives autosave, a lock and a reload.
 * Invented names.
 */
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { expectCleanRun, heading, visible } from './support/flows';
import { call, createVault, reopen, seedCase } from './run-mode-flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

const TITLE = 'Okafor family plan';
const HOSTILE = `<script>alert(1)</script> "; DROP TABLE cases;-- ليلى 🎒`;
const LONG = `${'A long line that wraps. '.repeat(40)}end`;

it('writes a family plan against the bottom lines, by keyboard, with hostile text that survives a reload', async () => {
  app = await startApp({ colorScheme: 'dark' });
  const { page } = app;
  await createVault(app);
  const { caseId, ids } = await seedCase(app, TITLE, 'family_group_conference', [
    { name: 'Grace Okafor', role: 'family_member' },
    { name: 'Samuel Okafor', role: 'family_member' },
    { name: 'Helen Marsh', role: 'professional' },
  ]);
  await call(app, 'conference:update', {
    caseId,
    fgc: {
      bottomLines: ['Samuel is never left alone with the baby', 'Someone takes Samuel to school every day'],
      preAgreedQuestions: [],
      familyLeadParticipantId: ids['Grace Okafor']!.participantId,
    },
  });
  await reopen(app);

  const open = async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
    await (await visible(page.getByRole('button', { name: TITLE, exact: true }))).click();
    await visible(heading(page, TITLE));
    await page.getByRole('tab', { name: 'Family plan' }).click();
  };
  await open();
  await page.getByRole('button', { name: 'Start the family plan' }).click();
  await page.getByRole('button', { name: 'Add an action' }).click();
  const card = page.getByRole('listitem', { name: 'Action 1' });
  await visible(card);

  // Keyboard only: the card's fields in reading order, each with its label.
  await card.getByLabel('What will be done').focus();
  await page.keyboard.type(`Grace walks Samuel to school each morning ${HOSTILE}`);
  // Evaluated in the page (a string, as the other tests do: this file has no DOM types).
  const focusedLabel = async () =>
    (await page.evaluate(
      "(() => { const el = document.activeElement; return (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? '').trim(); })()",
    )) as string;
  await page.keyboard.press('Tab');
  expect(await focusedLabel()).toBe('Who does it');
  await page.keyboard.press('Tab');
  const order = [await focusedLabel()];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await focusedLabel());
  }
  expect(order.join(' | ')).toMatch(/By when/);
  expect(order.join(' | ')).toMatch(/How will everyone know it is done\?/);

  // Hostile text in every field of the card and the plan.
  await card.getByLabel('Who does it').selectOption({ label: 'Someone else' });
  await card.getByLabel('Their name or role').fill(`Aunt ${HOSTILE}`.slice(0, 120));
  await card.getByLabel('By when').fill('2027-03-01');
  await card.getByLabel('How will everyone know it is done?').fill(`School register ${HOSTILE}`);
  await card.getByLabel('Who checks it').fill(`Helen ${HOSTILE}`.slice(0, 120));
  await card.getByLabel('If it is not done').fill(LONG);
  await card.getByRole('checkbox', { name: 'Someone takes Samuel to school every day' }).check();
  await page.getByLabel('What this agreement is about').fill(`Keeping Samuel safe ${HOSTILE}`);
  await page.getByLabel('Place', { exact: true }).fill(`Grace's kitchen ${HOSTILE}`.slice(0, 200));
  await page.getByLabel('Who receives a copy').fill(`The family ${HOSTILE}`);
  await visible(page.getByText(/^Saved \d{2}:\d{2}$/));
  await app.screenshot('agreement-fgc-editor-dark');

  // After a lock and a reload, every field reads back exactly.
  await reopen(app);
  await open();
  const again = page.getByRole('listitem', { name: 'Action 1' });
  await expect
    .poll(() => again.getByLabel('What will be done').inputValue())
    .toBe(`Grace walks Samuel to school each morning ${HOSTILE}`);
  expect(await again.getByLabel('Their name or role').inputValue()).toBe(`Aunt ${HOSTILE}`.slice(0, 120));
  expect(await again.getByLabel('How will everyone know it is done?').inputValue()).toBe(
    `School register ${HOSTILE}`,
  );
  expect(await again.getByLabel('Who checks it').inputValue()).toBe(`Helen ${HOSTILE}`.slice(0, 120));
  expect(await again.getByLabel('If it is not done').inputValue()).toBe(LONG);
  expect(await page.getByLabel('What this agreement is about').inputValue()).toBe(
    `Keeping Samuel safe ${HOSTILE}`,
  );
  expect(await page.getByLabel('Who receives a copy').inputValue()).toBe(`The family ${HOSTILE}`);
  expect(
    await again.getByRole('checkbox', { name: 'Someone takes Samuel to school every day' }).isChecked(),
  ).toBe(true);

  // The printed plan: family lead, and each bottom line met by an action or not yet.
  await page.getByRole('button', { name: 'Mark as agreed' }).click();
  const doc = page.getByRole('article', { name: 'Family plan, as printed' }).first();
  await visible(doc);
  await visible(doc.getByText('Family lead:', { exact: false }));
  await visible(doc.getByText('Grace Okafor').first());
  await visible(doc.getByText(/Someone takes Samuel to school every day — met by action 1/));
  await visible(doc.getByText('not met yet'));
  await doc.scrollIntoViewIfNeeded();
  await app.screenshot('agreement-fgc-print-view-dark');
  expectCleanRun(app);
});
