/**
 * Indirect work: a message carried between two people is logged, "Mark as carried" is refused
 * while its sender has not agreed to pass it on, and carried once that consent is recorded.
 */
import { afterEach, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';
import { expectCleanRun, visible } from './support/flows';
import { call, createVault, openConferenceTab, reopen, seedCase } from './run-mode-flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

it('logs a message and carries it only with the sender’s consent', async () => {
  app = await startApp();
  const { page } = app;
  await createVault(app);
  const { caseId } = await seedCase(app, 'Allotment dispute', 'indirect', [
    { name: 'Ayla Brightwater', role: 'harmed' },
    { name: 'Jordan Fenwick', role: 'responsible' },
  ]);
  await reopen(app);
  await openConferenceTab(page, 'Allotment dispute');
  const panel = await visible(page.getByRole('region', { name: 'Messages carried between people' }));

  // The form says what is missing, next to each field.
  await panel.getByRole('button', { name: 'Add message' }).click();
  await visible(panel.getByText('Choose who the message is from.'));
  await visible(panel.getByText('Write the message.'));

  await panel.getByLabel('From').selectOption({ label: 'Jordan Fenwick' });
  await panel.getByLabel('To').selectOption({ label: 'Ayla Brightwater' });
  await panel
    .getByLabel('Message', { exact: true })
    .fill('I am sorry about the shed. I will repair the door.');
  await panel.getByRole('button', { name: 'Add message' }).click();
  const item = await visible(
    panel.getByRole('listitem', { name: 'Message from Jordan Fenwick to Ayla Brightwater' }),
  );
  await visible(item.getByText('No consent to pass it on yet.'));

  await item.getByRole('button', { name: 'Mark as carried' }).click();
  await visible(
    item.getByRole('alert').getByText('This message can be passed on only with its sender’s consent.'),
  );
  expect((await call(app, 'shuttle:list', { caseId }))[0]!.carriedAt).toBeNull();
  await app.screenshot('shuttle-01-refused');

  await item.getByRole('button', { name: 'Record their consent and mark as carried' }).click();
  await visible(item.getByText(/^Carried /));
  await visible(item.getByText('Sender agreed it may be passed on.'));
  const [stored] = await call(app, 'shuttle:list', { caseId });
  expect(stored!.consentToPass).toBe(true);
  expect(stored!.carriedAt).not.toBeNull();
  await app.screenshot('shuttle-02-carried');
  expectCleanRun(app);
});
