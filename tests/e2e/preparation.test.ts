/**
 * The Preparation tab over a real vault: the school-incident case (two harmed, one responsible,
 * three supporters) is prepared in the UI, the risk decision recorded, and the gate list
 * shrinks to empty before confirming; a second case is confirmed with a written override
 * reason; invitation letters are written to a temp folder. Invented names.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { PASSPHRASE, expectCleanRun, heading, unlock, visible } from './support/flows';
import { call } from './notes-flows';

let app: RunningApp | undefined;
let folder: string | undefined;
afterEach(async () => {
  await app?.close({ removeVault: true });
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const SCHOOL = [
  { name: 'Ayla Brightwater', role: 'harmed' },
  { name: 'Noor Castellan', role: 'harmed' },
  { name: 'Jordan Fenwick', role: 'responsible' },
  { name: 'Marisol Brightwater', role: 'supporter' },
  { name: 'Tobias Castellan', role: 'supporter' },
  { name: 'Priya Fenwick', role: 'supporter' },
] as const;

async function seed(title: string) {
  const kase = await call(app!, 'case:create', {
    title,
    processType: 'restorative_conference',
    setting: 'school',
  });
  const ids: string[] = [];
  for (const p of SCHOOL) {
    const added = await call(app!, 'participant:add', {
      caseId: kase.id,
      person: { preferredName: p.name },
      role: p.role,
      // Each supporter supports the person listed three places before them.
      ...(p.role === 'supporter' ? { supportsParticipantId: ids[ids.length - 3] } : {}),
    });
    ids.push(added.id);
    await call(app!, 'consent:record', {
      caseId: kase.id,
      personId: added.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'verbal',
      decidedOn: '2026-11-20',
    });
  }
  await call(app!, 'conference:update', { caseId: kase.id, invited: ids });
  return kase.id;
}

it('prepares all six, watches the gate empty, confirms; overrides on a second case; writes letters', async () => {
  folder = mkdtempSync(join(tmpdir(), 'prep-docs-'));
  const dir = folder;
  app = await startApp({ workbench: { desktop: { chooseFolder: async () => dir } } });
  const { page } = app;
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const caseId = await seed('Year 9 corridor incident');
  const second = await seed('Bus stop argument');
  await call(app, 'vault:lock', { reason: 'user' });
  await page.reload();
  await unlock(page, PASSPHRASE);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: 'Year 9 corridor incident', exact: true }))).click();
  await visible(heading(page, 'Year 9 corridor incident'));
  await page.getByRole('tab', { name: 'Preparation' }).click();
  const missing = page.getByRole('list', { name: 'Still missing' }).getByRole('listitem');
  await visible(page.getByRole('heading', { name: 'Readiness gate' }));
  const start = await missing.count();
  expect(start).toBeGreaterThanOrEqual(6 + 1 + 3);
  await app.screenshot('preparation-gate-missing');

  let count = start;
  for (const p of SCHOOL) {
    const section = page.getByRole('article', { name: p.name });
    await section.getByRole('button', { name: 'Record a preparation meeting' }).click();
    const form = section.getByRole('form');
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

  await page.getByLabel('Decision').selectOption('proceed');
  await page.getByLabel('Who decided').fill('Sam Okafor');
  await page.getByRole('button', { name: 'Record the risk decision' }).click();
  await expect.poll(() => missing.count()).toBe(count - 1);
  count -= 1;
  expect(count).toBe(3);

  // Logistics belong to the Conference tab; set them directly here.
  await call(app, 'conference:update', {
    caseId,
    startsAt: '2026-12-03T10:00',
    venue: 'Northfield School',
    room: 'Library annex',
  });
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('tab', { name: 'Preparation' }).click();
  await visible(page.getByText('Ready to confirm.'));
  await app.screenshot('preparation-gate-empty');
  await page.getByRole('button', { name: 'Confirm the conference' }).click();
  await visible(page.getByText(/The conference is confirmed/));
  expect((await call(app, 'conference:get', { caseId })).status).toBe('confirmed');
  await app.screenshot('preparation-tab');

  await page.getByRole('button', { name: 'Invitation letters' }).click();
  await visible(page.getByRole('status').filter({ hasText: 'Saved' }));
  expect(readdirSync(dir).filter((f) => f.endsWith('.docx')).length).toBe(6);

  // Second case: confirm anyway, with a written reason.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: 'Bus stop argument', exact: true }))).click();
  await page.getByRole('tab', { name: 'Preparation' }).click();
  await page
    .getByLabel('Reason for confirming anyway (recorded)')
    .fill('Families asked to meet before the holidays.');
  await page.getByRole('button', { name: 'Confirm the conference' }).click();
  await visible(page.getByText(/Families asked to meet before the holidays/));
  expect((await call(app, 'conference:get', { caseId: second })).overrideReason).toContain('Families');
  expectCleanRun(app);
});
