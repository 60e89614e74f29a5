/**
 * People in a case through the real screens and the real vault: six people (two harmed, one
 * responsible, three supporters each supporting someone), consents recorded and one
 * withdrawn (the withdrawal shows in the list), a confidential risk flag, the same person
 * added to a second case without retyping, and role names renamed in Settings.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { join } from 'node:path';
import { SCREENSHOT_DIR, startApp, type RunningApp } from './support/harness';
import { button, expectCleanRun, field, heading, textOf, visible } from './support/flows';
import {
  addNewPerson,
  call,
  newCase,
  openPeopleTab,
  personRow,
  recordConsent,
  startWith,
} from './people-flows';

let app: RunningApp;
beforeEach(async () => {
  app = await startApp({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => app?.close({ removeVault: true }));

it('adds six people, records consents and a withdrawal, and flags a risk', async () => {
  const { page } = app;
  const kase = await startWith(app, () => newCase(app, 'Lunch queue incident'));
  await openPeopleTab(page, 'Lunch queue incident');
  await visible(page.getByText('Nobody is in this case yet'));

  // Problems are caught before sending and shown next to their fields.
  await button(page, 'Add a person').click();
  await button(page, 'Someone new').click();
  await field(page, 'Email').fill('not an address');
  await field(page, 'Role in this case').selectOption({ label: 'Supporter' });
  await button(page, 'Add to case').click();
  await visible(page.getByText('A preferred name is required.'));
  await visible(page.getByText('That email address does not look right.'));
  await visible(page.getByText('Say whom this supporter supports.'));
  expect(await field(page, 'Preferred name').getAttribute('aria-invalid')).toBe('true');
  await button(page, 'Cancel').last().click();

  await addNewPerson(page, {
    name: 'Ayla Brightwater',
    role: 'Person harmed',
    pronouns: 'she/her',
    ageBand: '11 to 15',
  });
  await addNewPerson(page, { name: 'Tomasz Quill', role: 'Person harmed', ageBand: '11 to 15' });
  await addNewPerson(page, { name: 'Jordan Fenwick', role: 'Person responsible', pronouns: 'he/him' });
  await addNewPerson(page, {
    name: 'Marisol Brightwater',
    role: 'Supporter',
    supports: 'Ayla Brightwater (Person harmed)',
  });
  await addNewPerson(page, {
    name: 'Peter Quill',
    role: 'Supporter',
    supports: 'Tomasz Quill (Person harmed)',
  });

  // The add-person form, filled in, for the screenshot.
  await button(page, 'Add a person').click();
  await field(page, 'Find someone already in the workbench').fill('Dana Fenwick');
  await button(page, 'Someone new').click();
  await field(page, 'Pronouns').fill('she/her');
  await field(page, 'Phone').fill('01632 960 123');
  await field(page, 'Preferred contact method').selectOption({ label: 'Text message' });
  await field(page, 'Language').fill('English');
  await field(page, 'Role in this case').selectOption({ label: 'Supporter' });
  await field(page, 'Supports').selectOption({ label: 'Jordan Fenwick (Person responsible)' });
  await app.screenshot('20-people-add-person-form');
  await button(page, 'Add to case').click();
  await visible(personRow(page, 'Dana Fenwick'));
  await visible(page.getByText('Dana Fenwick added as supporter.'));

  // Grouped in the calm order, supporters beside the person they support.
  expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
    'Person harmed (2)',
    'Person responsible (1)',
    'Supporter (3)',
  ]);
  expect(await textOf(personRow(page, 'Dana Fenwick'))).toContain('Supports Jordan Fenwick');
  expect(await textOf(personRow(page, 'Marisol Brightwater'))).toContain('Supports Ayla Brightwater');
  expect(await textOf(personRow(page, 'Ayla Brightwater'))).toContain('she/her · 11 to 15');

  // Consents: taking part and sharing information are separate decisions.
  let row = await recordConsent(page, 'Ayla Brightwater', {
    kind: 'Consent to take part',
    decision: 'Given',
    method: 'Written',
    date: '2026-11-18',
  });
  await visible(row.getByText('Recorded: consent to take part, given.'));
  row = await recordConsent(page, 'Ayla Brightwater', {
    kind: 'Consent to share information',
    decision: 'Declined',
    method: 'Verbal',
    date: '2026-11-18',
  });
  await visible(row.getByText('Declined: verbal, 18 November 2026'));
  await visible(row.getByText('Given: written, 18 November 2026'));

  // On behalf of a child, "By whom" is required.
  row = await recordConsent(page, 'Jordan Fenwick', {
    kind: 'Consent to take part',
    decision: 'Given',
    method: 'On behalf of a child',
    byWhom: '',
    date: '2026-11-19',
  });
  await visible(row.getByText('Say who gave consent on the child’s behalf.'));
  await row.getByLabel('By whom', { exact: true }).fill('Dana Fenwick');
  await row.getByRole('button', { name: 'Record decision' }).click();
  await visible(row.getByText('Given: on behalf of a child by Dana Fenwick, 19 November 2026'));

  // Tomasz gives consent, then withdraws it: the marker shows in the list.
  row = await recordConsent(page, 'Tomasz Quill', {
    kind: 'Consent to take part',
    decision: 'Given',
    method: 'Written',
    date: '2026-11-20',
  });
  await row.getByRole('button', { name: 'Withdraw consent to take part' }).click();
  await row.getByLabel('Date withdrawn', { exact: true }).fill('2026-11-23');
  await row.getByLabel('Reason', { exact: true }).fill('He would rather not meet now.');
  await row.getByRole('button', { name: 'Withdraw consent', exact: true }).click();
  await visible(row.getByText('Consent withdrawn on 23 November 2026 (to take part)'));
  await visible(
    row.getByText(
      'Given, written, on 20 November 2026. Withdrawn on 23 November 2026: He would rather not meet now.',
    ),
  );
  await row.screenshot({ path: join(SCREENSHOT_DIR, '21b-people-consent-panel.png') });
  await row.getByRole('button', { name: 'Consent for Tomasz Quill' }).click();
  await visible(row.getByText('Withdrawn on 23 November 2026', { exact: true }));

  // A confidential risk flag about Jordan.
  await button(page, 'Add a risk flag').click();
  await field(page, 'About').selectOption({ label: 'Jordan Fenwick' });
  await field(page, 'Category').selectOption({ label: 'Power imbalance' });
  await button(page, 'Save flag').click();
  await visible(page.getByText('Choose a level.'));
  await page.getByRole('radio', { name: 'High', exact: true }).check();
  await field(page, 'Detail').fill('Jordan is two years older and captain of the team Tomasz plays in.');
  await field(page, 'Mitigations').fill('Co-facilitator present; Tomasz arrives first and chooses his seat.');
  await button(page, 'Save flag').click();
  const flag = await visible(page.getByRole('article', { name: 'High level: Power imbalance' }));
  expect(await textOf(flag)).toContain('Confidential — never printed on documents for participants.');
  expect(await textOf(flag)).toContain('About: Jordan Fenwick');
  expect(await textOf(personRow(page, 'Jordan Fenwick'))).toContain('1 open risk flag (high)');
  for (const name of ['Ayla Brightwater', 'Jordan Fenwick']) {
    await personRow(page, name)
      .getByRole('button', { name: `Consent for ${name}` })
      .click();
  }
  await page.evaluate('window.scrollTo(0, 0)');
  await app.screenshot('21-people-tab-six-people-withdrawal');

  // What the vault holds matches what the screen said.
  const participants = await call(app, 'participant:list', { caseId: kase.id });
  expect(participants).toHaveLength(6);
  const tomasz = participants.find((p) => p.person.preferredName === 'Tomasz Quill')!;
  expect(tomasz.consentWithdrawn).toBe(true);
  expect(tomasz.consents[0]).toMatchObject({
    withdrawnOn: '2026-11-23',
    withdrawalReason: 'He would rather not meet now.',
  });
  const risks = await call(app, 'risk:list', { caseId: kase.id });
  expect(risks).toMatchObject([{ category: 'power_imbalance', level: 'high', confidential: true }]);

  // Mark the flag resolved.
  await flag.getByRole('button', { name: 'Mark resolved (Power imbalance)' }).click();
  await visible(flag.getByText(/^Resolved on /));
  expectCleanRun(app);
});

it('finds someone whose name has accents by typing it plainly, and adds them without retyping', async () => {
  const { page } = app;
  await startWith(app, async () => {
    const first = await newCase(app, 'Allotment shed damage');
    await call(app, 'participant:add', {
      caseId: first.id,
      role: 'harmed',
      person: { preferredName: 'Łukasz Żółć' },
    });
    await newCase(app, 'Garden fence dispute');
  });
  await openPeopleTab(page, 'Garden fence dispute');
  await button(page, 'Add a person').click();
  await field(page, 'Find someone already in the workbench').fill('lukasz zolc');
  const result = await visible(page.getByRole('listitem').filter({ hasText: 'Łukasz Żółć' }));
  await visible(result.getByText(/^In 1 case: RW-/));
  await app.screenshot('people-folded-name');
  await result.getByRole('button', { name: 'Choose Łukasz Żółć' }).click();
  await field(page, 'Role in this case').selectOption({ label: 'Person responsible' });
  await button(page, 'Add to case').click();
  expect(await textOf(await visible(personRow(page, 'Łukasz Żółć')))).toContain('Also in 1 other case');
  expect(await call(app, 'person:search', { query: 'ŁUKASZ' })).toHaveLength(1);
  expectCleanRun(app);
});

it('adds someone already in another case without retyping, and shows role names from Settings', async () => {
  const { page } = app;
  await startWith(app, async () => {
    const first = await newCase(app, 'Bus stop argument');
    await call(app, 'participant:add', {
      caseId: first.id,
      role: 'harmed',
      person: { preferredName: 'Ayla Brightwater', pronouns: 'she/her', ageBand: '11_to_15' },
    });
    await newCase(app, 'Changing room comments');
  });
  await openPeopleTab(page, 'Changing room comments');
  await button(page, 'Add a person').click();
  await field(page, 'Find someone already in the workbench').fill('ayla');
  const result = await visible(page.getByRole('listitem').filter({ hasText: 'Ayla Brightwater' }));
  await visible(result.getByText(/^In 1 case: RW-/));
  await result.getByRole('button', { name: 'Choose Ayla Brightwater' }).click();
  await visible(
    page.getByText('already in the workbench, so their details are not typed again', { exact: false }),
  );
  await field(page, 'Role in this case').selectOption({ label: 'Person harmed' });
  await button(page, 'Add to case').click();
  const row = await visible(personRow(page, 'Ayla Brightwater'));
  expect(await textOf(row)).toContain('Also in 1 other case');
  expect(await textOf(row)).toContain('she/her · 11 to 15');
  expect(await call(app, 'person:search', { query: 'Ayla' })).toHaveLength(1);

  // A professional shows their organisation; a role can change; removal asks first.
  await addNewPerson(page, {
    name: 'Priya Shah',
    role: 'Professional',
    organisation: 'Northfield Youth Service',
  });
  const priya = personRow(page, 'Priya Shah');
  expect(await textOf(priya)).toContain('Northfield Youth Service');
  await priya.getByRole('button', { name: 'Change role of Priya Shah' }).click();
  await priya.getByLabel('Role in this case', { exact: true }).selectOption({ label: 'Supporter' });
  await priya.getByRole('button', { name: 'Save role' }).click();
  await visible(priya.getByText('Say whom this supporter supports.'));
  await priya
    .getByLabel('Supports', { exact: true })
    .selectOption({ label: 'Ayla Brightwater (Person harmed)' });
  await priya.getByRole('button', { name: 'Save role' }).click();
  await visible(page.getByRole('heading', { name: 'Supporter (1)', level: 3 }));
  expect(await textOf(priya)).toContain('Supports Ayla Brightwater');
  await priya.getByRole('button', { name: 'Remove Priya Shah from this case' }).click();
  await visible(
    priya.getByText('Remove Priya Shah from this case? Their details stay in the workbench', {
      exact: false,
    }),
  );
  await priya.getByRole('button', { name: 'Keep Priya Shah' }).click();
  await priya.getByRole('button', { name: 'Remove Priya Shah from this case' }).click();
  await priya.getByRole('button', { name: 'Remove from this case', exact: true }).click();
  await expect.poll(() => personRow(page, 'Priya Shah').count()).toBe(0);
  expect(await call(app, 'person:search', { query: 'Priya' })).toHaveLength(1);

  // Rename two roles; the People tab uses the new words.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await visible(heading(page, 'Settings'));
  await field(page, 'Supporter').fill('');
  await visible(page.getByText('A role needs a name.'));
  await field(page, 'Supporter').fill('Supporter');
  expect(await page.getByText('A role needs a name.').count()).toBe(0);
  await field(page, 'Person harmed').fill('Victim');
  await field(page, 'Person responsible').fill('Offender');
  await visible(page.getByText('Saved.'));
  await expect
    .poll(async () => (await call(app, 'settings:get', {})).roleLabels)
    .toMatchObject({ harmed: 'Victim', responsible: 'Offender', supporter: 'Supporter' });
  await app.screenshot('22-settings-role-names');

  await openPeopleTab(page, 'Changing room comments');
  await visible(page.getByRole('heading', { name: 'Victim (1)', level: 3 }));
  await button(page, 'Add a person').click();
  await button(page, 'Someone new').click();
  expect(await field(page, 'Role in this case').locator('option').allTextContents()).toContain('Offender');
  await button(page, 'Cancel').last().click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await button(page, 'Reset to defaults').click();
  await expect
    .poll(async () => (await call(app, 'settings:get', {})).roleLabels.harmed)
    .toBe('Person harmed');
  expect(await field(page, 'Person harmed').inputValue()).toBe('Person harmed');
  expectCleanRun(app);
});
