/**
 * Steps the people and data-rights browser tests share, written the way a facilitator works
 * (labels, button names). Setup that is not under test (the vault, a case, people in another
 * case) goes straight through the real handlers, then the page is reloaded and unlocked.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src/shared/contract';
import type { RunningApp } from './support/harness';
import { PASSPHRASE, button, field, heading, unlock, visible } from './support/flows';

export async function call<K extends ChannelName>(
  app: RunningApp,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await app.workbench.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<K>;
}

/** A new vault, whatever `seed` puts in it, then the real unlock screen. */
export async function startWith<T>(app: RunningApp, seed: () => Promise<T>): Promise<T> {
  await call(app, 'vault:create', { passphrase: PASSPHRASE });
  const seeded = await seed();
  await call(app, 'vault:lock', { reason: 'user' });
  await app.page.reload();
  await unlock(app.page, PASSPHRASE);
  return seeded;
}

export async function newCase(app: RunningApp, title: string) {
  return call(app, 'case:create', { title, processType: 'restorative_conference', setting: 'school' });
}

/** From anywhere: Cases, the case by its title, then its People tab. */
export async function openPeopleTab(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cases' }).click();
  await (await visible(page.getByRole('button', { name: title, exact: true }))).click();
  await visible(heading(page, title));
  await page.getByRole('tab', { name: 'People' }).click();
  await visible(page.getByRole('heading', { name: 'People', level: 2 }));
}

export function personRow(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

/** Their name in the list opens their page. */
export async function openPerson(page: Page, name: string): Promise<void> {
  await personRow(page, name).getByRole('button', { name, exact: true }).click();
  await visible(heading(page, name));
}

export interface NewPerson {
  name: string;
  role: string;
  /** The "Supports" option as shown, e.g. "Ayla Brightwater (Person harmed)". */
  supports?: string;
  pronouns?: string;
  ageBand?: string;
  organisation?: string;
}

/** Searches first (nobody found), then "Someone new", which carries the typed name over. */
export async function addNewPerson(page: Page, person: NewPerson): Promise<void> {
  await button(page, 'Add a person').click();
  await field(page, 'Find someone already in the workbench').fill(person.name);
  await visible(page.getByText(`Nobody called “${person.name}” yet.`));
  await button(page, 'Someone new').click();
  expect(await field(page, 'Preferred name').inputValue()).toBe(person.name);
  if (person.pronouns) await field(page, 'Pronouns').fill(person.pronouns);
  if (person.ageBand) await field(page, 'Age band').selectOption({ label: person.ageBand });
  await field(page, 'Role in this case').selectOption({ label: person.role });
  if (person.supports) await field(page, 'Supports').selectOption({ label: person.supports });
  if (person.organisation) await field(page, 'Organisation').fill(person.organisation);
  await button(page, 'Add to case').click();
  await visible(personRow(page, person.name));
}

export interface ConsentChoice {
  kind: 'Consent to take part' | 'Consent to share information';
  decision: 'Given' | 'Declined';
  method: 'Written' | 'Verbal' | 'On behalf of a child';
  byWhom?: string;
  date: string;
}

/** Opens the person's consent panel (if closed) and records one decision. */
export async function recordConsent(page: Page, name: string, choice: ConsentChoice): Promise<Locator> {
  const row = personRow(page, name);
  const toggle = row.getByRole('button', { name: `Consent for ${name}` });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await row.getByRole('radio', { name: choice.kind, exact: true }).check();
  await row.getByRole('radio', { name: choice.decision, exact: true }).check();
  await row.getByRole('radio', { name: choice.method, exact: true }).check();
  if (choice.byWhom !== undefined) await row.getByLabel('By whom', { exact: true }).fill(choice.byWhom);
  await row.getByLabel('Date of the decision', { exact: true }).fill(choice.date);
  await row.getByRole('button', { name: 'Record decision' }).click();
  return row;
}
