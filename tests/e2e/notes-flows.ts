/**
 * Steps the notes, meeting-mode and search browser tests share. Setup that is not under test
 * (the vault, a case and its people) goes straight through the real handlers; everything the
 * facilitator does goes through the real screens, found by labels and names. Invented names.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src/shared/contract';
import type { RunningApp } from './support/harness';
import { PASSPHRASE, heading, unlock, visible } from './support/flows';

export async function call<K extends ChannelName>(
  app: RunningApp,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await app.workbench.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<K>;
}

/** A clock the services stamp records with; the revisions test moves it on by minutes. */
export class ShiftedClock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  forward(minutes: number): void {
    this.offsetMs += minutes * 60_000;
  }
}

export const CASE_TITLE = 'Lunch queue incident';

/** A vault with one school case (a person harmed, a person responsible, a supporter), then unlocked. */
export async function startWithCase(app: RunningApp) {
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const kase = await call(app, 'case:create', {
    title: CASE_TITLE,
    processType: 'restorative_conference',
    setting: 'school',
  });
  const ayla = await call(app, 'participant:add', {
    caseId: kase.id,
    person: { preferredName: 'Ayla Brightwater' },
    role: 'harmed',
  });
  const jordan = await call(app, 'participant:add', {
    caseId: kase.id,
    person: { preferredName: 'Jordan Fenwick' },
    role: 'responsible',
  });
  await call(app, 'participant:add', {
    caseId: kase.id,
    person: { preferredName: 'Marisol Brightwater' },
    role: 'supporter',
    supportsParticipantId: ayla.id,
  });
  await call(app, 'vault:lock', { reason: 'user' });
  await app.page.reload();
  await unlock(app.page, PASSPHRASE);
  return { caseId: kase.id, ayla: ayla.person.id, jordan: jordan.person.id };
}

/** From anywhere: Cases, the case, its Notes tab. */
export async function openNotesTab(page: Page, title = CASE_TITLE): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: title, exact: true }))).click();
  await visible(heading(page, title));
  await page.getByRole('tab', { name: 'Notes' }).click();
  await visible(page.getByRole('heading', { name: 'Notes', level: 2 }));
}

/** The indicator has settled on "Saved HH:MM". */
export async function savedShown(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.save-indicator').first().textContent(), { timeout: 10_000 })
    .toMatch(/^Saved \d{2}:\d{2}$/);
}

/** The note's body as stored in the vault (read straight through the real handlers). */
export async function storedNotes(app: RunningApp, caseId: string) {
  return call(app, 'note:list', { caseId });
}
