/**
 * When the vault cannot be opened as it is, the facilitator is told calmly and plainly:
 * a vault from a newer version is refused on the unlock screen (and said again after a
 * restart); a damaged database is kept aside and the shell says so once, with an OK button.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/main/vault/migrations';
import { startApp, type RunningApp } from './support/harness';
import {
  PASSPHRASE,
  button,
  expectCleanRun,
  field,
  hidden,
  shellVisible,
  unlockScreenVisible,
  visible,
} from './support/flows';

let app: RunningApp | undefined;
afterEach(async () => app?.close({ removeVault: true }));

async function createdAndLocked(app: RunningApp, change: () => void): Promise<void> {
  expect((await app.workbench.dispatch('vault:create', { passphrase: PASSPHRASE })).ok).toBe(true);
  change();
  await app.workbench.dispatch('vault:lock', { reason: 'user' });
  await app.page.reload();
  await unlockScreenVisible(app.page);
}

it('refuses a vault from a newer version, says why, and says it again after a restart', async () => {
  app = await startApp();
  const running = app;
  await createdAndLocked(running, () =>
    running.workbench.vault.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`),
  );
  const { page } = running;
  await field(page, 'Passphrase').fill(PASSPHRASE);
  await button(page, 'Unlock').click();
  await visible(page.getByText('saved by a newer version of Restorative Workbench'));
  expect(running.workbench.vault.isUnlocked).toBe(false);

  await page.reload();
  await visible(page.getByText('A newer version is needed'));
  await running.screenshot('10-newer-version');
  expectCleanRun(running);
});

it('keeps a damaged database aside, opens a fresh one and tells the facilitator once', async () => {
  app = await startApp();
  const running = app;
  await createdAndLocked(running, () => undefined);
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(running.dir, `vault.db${suffix}`), { force: true });
  writeFileSync(join(running.dir, 'vault.db'), randomBytes(64 * 1024));

  const { page } = running;
  await field(page, 'Passphrase').fill(PASSPHRASE);
  await button(page, 'Unlock').click();
  await shellVisible(page);
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await visible(notice);
  await visible(page.getByText('Nothing was deleted.'));
  await running.screenshot('11-damaged-vault-notice');
  await button(page, 'OK').click();
  await hidden(notice);
  expectCleanRun(running);
});
