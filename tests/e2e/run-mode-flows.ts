/**
 * Steps the run-mode and shuttle browser tests share. Setup that is not under test (the vault,
 * cases, people, the script) goes straight through the real handlers; running the conference
 * goes through the real screens. Invented names.
 */
import type { Page } from 'playwright-core';
import type { ProcessType } from '../../src/shared/domain/case-model';
import type { RunningApp } from './support/harness';
import { PASSPHRASE, heading, unlock, visible } from './support/flows';
import { call } from './notes-flows';

export { call };

type NewParticipant = {
  name: string;
  role: 'harmed' | 'responsible' | 'supporter' | 'family_member' | 'professional';
  supports?: string;
};

/** A case with its people and the template applied to its run sheet; returns ids by name. */
export async function seedCase(
  app: RunningApp,
  title: string,
  processType: ProcessType,
  people: NewParticipant[],
) {
  const kase = await call(app, 'case:create', { title, processType, setting: 'school' });
  const ids: Record<string, { participantId: string; personId: string }> = {};
  for (const p of people) {
    const added = await call(app, 'participant:add', {
      caseId: kase.id,
      person: { preferredName: p.name },
      role: p.role,
      ...(p.supports ? { supportsParticipantId: ids[p.supports]!.participantId } : {}),
    });
    ids[p.name] = { participantId: added.id, personId: added.person.id };
  }
  const plan = await call(app, 'conference:applyTemplate', { caseId: kase.id });
  return { caseId: kase.id, ids, plan };
}

export const SCHOOL_PEOPLE: NewParticipant[] = [
  { name: 'Ayla Brightwater', role: 'harmed' },
  { name: 'Noor Castellan', role: 'harmed' },
  { name: 'Jordan Fenwick', role: 'responsible' },
  { name: 'Marisol Brightwater', role: 'supporter', supports: 'Ayla Brightwater' },
  { name: 'Tobias Castellan', role: 'supporter', supports: 'Noor Castellan' },
  { name: 'Priya Fenwick', role: 'supporter', supports: 'Jordan Fenwick' },
];

/**
 * The school-incident case before preparation: the six people, each consenting to take part,
 * all invited; no preparation meeting, risk decision or logistics yet (the gate lists ten).
 */
export async function seedInvitedCase(
  app: RunningApp,
  title: string,
  acknowledged: 'yes' | 'partly' | 'no' | 'unknown' = 'unknown',
): Promise<string> {
  const kase = await call(app, 'case:create', {
    title,
    processType: 'restorative_conference',
    setting: 'school',
    referral: { date: '2026-11-18', referrer: 'Head of Year 9', summary: '', acknowledged },
  });
  const ids: Record<string, string> = {};
  for (const p of SCHOOL_PEOPLE) {
    const added = await call(app, 'participant:add', {
      caseId: kase.id,
      person: { preferredName: p.name },
      role: p.role,
      ...(p.supports ? { supportsParticipantId: ids[p.supports] } : {}),
    });
    ids[p.name] = added.id;
    await call(app, 'consent:record', {
      caseId: kase.id,
      personId: added.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'verbal',
      decidedOn: '2026-11-20',
    });
  }
  await call(app, 'conference:update', { caseId: kase.id, invited: Object.values(ids) });
  return kase.id;
}

export async function createVault(app: RunningApp) {
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
}

/** After seeding through the handlers: lock, reload, unlock, so the page starts fresh. */
export async function reopen(app: RunningApp) {
  await call(app, 'vault:lock', { reason: 'user' });
  await app.page.reload();
  await unlock(app.page, PASSPHRASE);
}

export async function openConferenceTab(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: title, exact: true }))).click();
  await visible(heading(page, title));
  await page.getByRole('tab', { name: 'Conference' }).click();
}

/** Run mode opens from the Conference tab's "Run the conference" button. */
export async function openRunMode(page: Page, title: string): Promise<void> {
  await openConferenceTab(page, title);
  await (await visible(page.getByRole('button', { name: 'Run the conference' }))).click();
  await visible(page.getByRole('navigation', { name: 'Phases' }));
}

export function phaseHeading(page: Page) {
  return page.locator('.run-phase-title');
}
