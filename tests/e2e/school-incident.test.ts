/**
 * The school-incident conference from first preparation to the end of the conference, in one
 * continuous run over a real vault: two people harmed, one person responsible and three
 * supporters are prepared in the Preparation tab (with a wrong entry said next to its field),
 * the gate list shrinks to empty, logistics are set and the conference confirmed, the script
 * becomes the run sheet and is downloaded, the conference is run phase by phase with
 * attributed notes and three draft actions, and the invitation letters are written. Only the
 * setup that other tests cover (people, consents, who is invited) goes through the handlers.
 * Invented names.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, expectCleanRun, heading, visible } from './support/flows';
import { savedShown } from './notes-flows';
import { SCHOOL_PEOPLE, call, phaseHeading, reopen, seedInvitedCase } from './run-mode-flows';

let app: RunningApp | undefined;
let folder: string | undefined;
afterEach(async () => {
  await app?.close({ removeVault: true });
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const TITLE = 'Year 9 corridor incident';

it('prepares all six, confirms, plans the run sheet, runs the conference and writes the letters', async () => {
  folder = mkdtempSync(join(tmpdir(), 'school-incident-'));
  const dir = folder;
  app = await startApp({ workbench: { desktop: { chooseFolder: async () => dir } } });
  const { page } = app;
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const caseId = await seedInvitedCase(app, TITLE, 'partly');
  await reopen(app);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: TITLE, exact: true }))).click();
  await visible(heading(page, TITLE));
  await page.getByRole('tab', { name: 'Preparation' }).click();
  const missing = page.getByRole('list', { name: 'Still missing' }).getByRole('listitem');
  await visible(page.getByRole('heading', { name: 'Readiness gate' }));
  // Six people to prepare, the risk decision, and date, venue and room.
  let count = await missing.count();
  expect(count).toBe(6 + 1 + 3);
  await app.screenshot('school-incident-gate-start');

  // The appropriateness check starts from what the referral said.
  const fit = page.getByRole('region', { name: 'Is a conference appropriate?' });
  await visible(fit.getByText('From the referral.', { exact: false }));
  const ack = fit.getByLabel('Does the person responsible acknowledge what happened?');
  expect(await ack.inputValue()).toBe('partly');
  await fit.getByLabel('Willingness of the parties').fill('Both families want to meet at school.');
  await fit.getByRole('button', { name: 'Save the appropriateness check' }).click();
  await visible(fit.getByRole('status').filter({ hasText: 'Saved.' }));
  await expect
    .poll(async () => (await call(app!, 'conference:get', { caseId })).appropriateness)
    .toMatchObject({
      acknowledged: 'partly',
      willingness: 'Both families want to meet at school.',
      fromReferral: false,
      history: [{ acknowledged: 'partly', willingness: 'Both families want to meet at school.' }],
    });

  for (const [i, p] of SCHOOL_PEOPLE.entries()) {
    const section = page.getByRole('article', { name: p.name });
    await section.getByRole('button', { name: 'Record a preparation meeting' }).click();
    const form = section.getByRole('form');
    if (i === 0) {
      // Forgetting the date is said next to the date, and nothing is saved.
      await form.getByLabel('Place').fill('School office');
      await form.getByRole('button', { name: 'Save the meeting' }).click();
      const date = form.getByLabel('Date and time');
      await visible(form.getByText('Enter a date and time.'));
      expect(await date.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => date.evaluate((el) => el.matches(':focus'))).toBe(true);
      expect((await call(app, 'prep:list', { caseId })).every((r) => r.records.length === 0)).toBe(true);
    }
    await form.getByLabel('Date and time').fill('2026-11-25T10:00');
    await form.getByLabel('Place').fill('School office');
    await form.getByLabel('Who was present').fill(`${p.name}, facilitator`);
    for (const box of await form.getByRole('checkbox').all()) {
      const name = await box.evaluate((el) => el.parentElement?.textContent ?? '');
      if (!name.includes('No longer')) await box.check();
    }
    await form.getByRole('button', { name: 'Save the meeting' }).click();
    await visible(section.getByText('Ready', { exact: true }));
    await expect.poll(() => missing.count()).toBe(count - 1);
    count -= 1;
  }

  // "Notes from this meeting" opens the notes of that meeting, and a new note is linked to it.
  const ayla = page.getByRole('article', { name: 'Ayla Brightwater' });
  await ayla.getByRole('button', { name: 'Notes from this meeting' }).click();
  await visible(page.getByText(/^Notes from .*New notes are linked to this meeting/));
  await visible(page.getByText('No notes from this meeting yet.', { exact: false }));
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByLabel('Note', { exact: true }).fill('Ayla would like her form tutor there.');
  await savedShown(page);
  const [aylaRecord] = (await call(app, 'prep:list', { caseId })).find(
    (r) => r.name === 'Ayla Brightwater',
  )!.records;
  const prepNote = (await call(app, 'note:list', { caseId })).find((n) => n.body.includes('form tutor'))!;
  expect(prepNote.meetingId).toBe(aylaRecord!.meetingId);
  await page.getByRole('tab', { name: 'Preparation' }).click();

  // The risk decision: a missing decision is said next to it.
  await page.getByLabel('Who decided').fill('Sam Okafor');
  await page.getByRole('button', { name: 'Record the risk decision' }).click();
  await visible(page.getByText('Choose a decision.'));
  await page.getByLabel('Decision').selectOption('proceed');
  await page.getByRole('button', { name: 'Record the risk decision' }).click();
  await expect.poll(() => missing.count()).toBe(count - 1);
  count -= 1;
  expect(count).toBe(3);

  // Date, venue and room on the Conference tab; back on Preparation the gate is empty.
  await page.getByRole('tab', { name: 'Conference' }).click();
  await page.getByLabel('Date and start time').fill('2026-12-03T10:00');
  await page.getByLabel('Venue').fill('Northfield School');
  await page.getByLabel('Room').fill('Library annex');
  await page.getByRole('button', { name: 'Save logistics' }).click();
  await visible(page.getByRole('status').filter({ hasText: 'Saved.' }).first());
  await page.getByRole('tab', { name: 'Preparation' }).click();
  await visible(page.getByText('Ready to confirm.'));
  expect(await missing.count()).toBe(0);
  await app.screenshot('school-incident-gate-empty');
  await page.getByRole('button', { name: 'Confirm the conference' }).click();
  await visible(page.getByText(/The conference is confirmed/));
  expect((await call(app, 'conference:get', { caseId })).status).toBe('confirmed');

  // The script becomes this case's run sheet, downloaded as the facilitator's copy.
  await page.getByRole('tab', { name: 'Conference' }).click();
  await page.getByRole('button', { name: 'Use this script' }).click();
  await visible(page.getByText(/Planned with Restorative conference \(IIRP\), version 1/));
  const titles = (await call(app, 'conference:get', { caseId })).runSheet.map((p) => p.title);
  await page.getByRole('button', { name: 'Download run sheet' }).click();
  await visible(page.getByText(/Saved the run sheet to/));

  // Run it phase by phase, with attributed notes and three actions for the agreement.
  await page.getByRole('button', { name: 'Run the conference' }).click();
  await visible(page.getByRole('navigation', { name: 'Phases' }));
  for (const [i, title] of titles.entries()) {
    await expect.poll(() => phaseHeading(page).textContent()).toBe(title);
    if (i === 2) {
      await page.getByLabel('Conference notes').click();
      await page.keyboard.press('Alt+J');
      await page.keyboard.type('I pulled the strap and it broke.');
      await page.keyboard.press('Alt+A');
      await page.keyboard.type('I was scared to come to school.');
      await savedShown(page);
      const action = page.getByLabel('Action for the agreement');
      for (const text of [
        'Jordan replaces the broken bag strap by Friday',
        'Ayla and Jordan sit apart in science for two weeks',
        'Review with Mr Okafor in a month',
      ]) {
        await action.fill(text);
        await page.getByRole('button', { name: 'Add to agreement' }).click();
      }
      await expect
        .poll(() => page.getByRole('list', { name: 'Draft actions' }).getByRole('listitem').count())
        .toBe(3);
      await page.locator('.run-phase-title').focus();
    }
    if (i < titles.length - 1) await page.keyboard.press('Space');
  }
  await app.screenshot('school-incident-run-mode-last-phase');
  expect((await call(app, 'run:draftActions', { caseId })).map((d) => d.text)).toEqual([
    'Jordan replaces the broken bag strap by Friday',
    'Ayla and Jordan sit apart in science for two weeks',
    'Review with Mr Okafor in a month',
  ]);
  const conferenceNote = (await call(app, 'note:list', { caseId })).find(
    (n) => n.title === 'Conference notes',
  )!;
  expect(conferenceNote.body).toMatch(
    /^@j \d{2}:\d{2} — I pulled the strap and it broke\.\n@a \d{2}:\d{2} — I was scared/,
  );

  // Leave run mode; the invitation letters go to the chosen folder, one per participant.
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Preparation' }).click();
  await page.getByRole('button', { name: 'Invitation letters' }).click();
  await visible(page.getByRole('status').filter({ hasText: 'Saved' }));
  const files = readdirSync(dir).filter((f) => f.endsWith('.docx'));
  expect(files.length).toBe(6 + 1);
  expect(files.filter((f) => /run.sheet/i.test(f))).toHaveLength(1);
  expectCleanRun(app);
});
