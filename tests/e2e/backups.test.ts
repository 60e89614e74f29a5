/**
 * Backups on the real screens: Settings → Backups (a folder chosen through the dialog, Back
 * up now, the last verified backup shown), restore on a new computer from the first-run
 * screen, restore over the open vault from Settings, the latest backup offered after damage,
 * and Today's calm notice when the backup drive has been away too long. Each screen is looked
 * at at 1024x700 and 640x400, light and dark, with no sideways scrolling.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { SCREENSHOT_DIR, startApp, type RunningApp } from './support/harness';
import {
  PASSPHRASE,
  button,
  createVault,
  expectCleanRun,
  field,
  heading,
  shellVisible,
  unlock,
  visible,
} from './support/flows';

const apps: RunningApp[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close({ removeVault: true });
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function backupFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rw-e2e-backups-'));
  folders.push(folder);
  return folder;
}

const backups = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.rwbackup'));

async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scroll, client } = (await page.evaluate(
    '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
  )) as { scroll: number; client: number };
  expect(scroll, `${where}: page wider than the window`).toBeLessThanOrEqual(client);
}

/** Screenshots at both sizes and both themes; each checked for sideways scrolling. */
async function lookAt(app: RunningApp, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const [width, height] of [
    [1024, 700],
    [640, 400],
  ] as const) {
    await app.page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme: scheme });
      // Buttons fade between colours: let the fade end before looking.
      await app.page.waitForTimeout(400);
      // What the window shows at that size (the top of the page), not the whole page.
      await app.page.screenshot({
        path: join(SCREENSHOT_DIR, `backups-${name}-${width}x${height}-${scheme}.png`),
      });
      await noSidewaysScroll(app.page, `${name} ${width}x${height} ${scheme}`);
    }
  }
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await app.page.emulateMedia({ colorScheme: 'light' });
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await visible(heading(page, 'Settings'));
}

/** Set-up that is not under test goes straight through the real handlers. */
async function addCase(app: RunningApp, title: string): Promise<void> {
  const made = await app.workbench.dispatch('case:create', {
    title,
    processType: 'circle',
    setting: 'school',
  });
  expect(made.ok).toBe(true);
}

it('chooses a folder, backs up now and says so; restores on a new computer from the first-run screen', async () => {
  const folder = backupFolder();
  const app = await startApp({ workbench: { desktop: { chooseFolder: async () => folder } } });
  apps.push(app);
  const { page } = app;
  await createVault(page);
  await addCase(app, 'Harbour Street circle');
  await openSettings(page);
  const section = page.getByRole('region', { name: 'Backups' });
  await visible(section.getByText('None yet.'));
  await section.getByRole('button', { name: 'Choose a folder…' }).click();
  await visible(section.getByText(folder, { exact: true }));
  await lookAt(app, 'settings-folder-chosen');
  await section.getByRole('button', { name: 'Back up now' }).click();
  await visible(section.getByRole('status').filter({ hasText: 'Backed up and verified.' }));
  const [name] = backups(folder);
  expect(name).toMatch(/^restorative-workbench-\d{4}-\d{2}-\d{2}T\d{4}\.rwbackup$/);
  await visible(section.getByText(`${name} in ${folder}`));
  await visible(section.getByText(/^\d{1,2} \w+ \d{4}, \d{2}:\d{2} · \d+ KB$/));
  // Finished means finished: no "Backing up…" line left beside "Backed up and verified."
  expect(await section.getByText(/The workbench stays usable meanwhile/).count()).toBe(0);
  await lookAt(app, 'settings-backed-up');
  expectCleanRun(app);

  // A new computer: an empty profile, the backup file chosen through the open-file dialog.
  const fresh = await startApp({
    workbench: { desktop: { chooseOpenFile: async () => join(folder, name!) } },
  });
  apps.push(fresh);
  const next = fresh.page;
  await visible(heading(next, 'Welcome'));
  await visible(next.getByText('Moving from another computer?'));
  await lookAt(fresh, 'first-run');
  await button(next, 'Restore from a backup').click();
  await visible(heading(next, 'Restore from a backup'));
  await lookAt(fresh, 'restore-choose');
  await button(next, 'Choose a backup file…').click();
  await visible(next.getByText(name!, { exact: true }));
  await visible(
    next.getByText(/a backup made before the change still opens with the passphrase you had then/),
  );
  await field(next, 'Passphrase of this backup').fill('not the passphrase at all');
  await button(next, 'Open the backup').click();
  await visible(next.getByText('This passphrase does not open this backup.', { exact: true }));
  await lookAt(fresh, 'restore-wrong-passphrase');
  await field(next, 'Passphrase of this backup').fill(PASSPHRASE);
  await button(next, 'Open the backup').click();
  await visible(next.getByText('It holds 1 case and no people.', { exact: false }));
  await lookAt(fresh, 'restore-summary');
  await button(next, 'Restore').click();
  await shellVisible(next);
  await visible(next.getByRole('status').filter({ hasText: 'Backup restored' }));
  await visible(next.getByText('Harbour Street circle'));
  expect(fresh.workbench.vault.isUnlocked).toBe(true);
  expectCleanRun(fresh);
});

it('restores over the open vault from Settings, asking first and keeping the vault it replaces', async () => {
  const folder = backupFolder();
  const app = await startApp({ workbench: { desktop: { chooseFolder: async () => folder } } });
  apps.push(app);
  const { page } = app;
  await createVault(page);
  await addCase(app, 'Library circle');
  await openSettings(page);
  const section = page.getByRole('region', { name: 'Backups' });
  await section.getByRole('button', { name: 'Choose a folder…' }).click();
  await section.getByRole('button', { name: 'Back up now' }).click();
  await visible(section.getByRole('status').filter({ hasText: 'Backed up and verified.' }));
  await addCase(app, 'Made after the backup');

  await openSettings(page);
  await section.getByRole('button', { name: 'Show the backups' }).click();
  const restore = section.getByRole('button', { name: /^Restore the backup of / });
  await restore.click();
  const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
  await visible(dialog.getByText('It holds 1 case and no people.', { exact: false }));
  await visible(dialog.getByText('Your current vault is not deleted', { exact: false }));
  await lookAt(app, 'restore-over-confirm');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(app.workbench.vault.isUnlocked).toBe(true);
  await restore.click();
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Backup restored' });
  await visible(notice);
  await visible(notice.getByText(/kept in the vault folder as vault\.db\.before-restore-/));
  // (The case list's own table is wider than 1024 px, whatever the notice: looked at on Today.)
  await page.getByRole('button', { name: 'Today' }).click();
  await visible(notice);
  await lookAt(app, 'restored-notice');
  await page.getByRole('button', { name: 'Cases' }).click();
  await visible(page.getByText('Library circle'));
  expect(await page.getByText('Made after the backup').count()).toBe(0);
  expect(readdirSync(app.dir).some((n) => n.startsWith('vault.db.before-restore-'))).toBe(true);
  await openSettings(page);
  await visible(section.getByText(/^Restored on .* from the backup of /));
  expectCleanRun(app);
});

it('after damage, offers the latest verified backup, and restores it', async () => {
  const folder = backupFolder();
  const app = await startApp({ workbench: { desktop: { chooseFolder: async () => folder } } });
  apps.push(app);
  const { page } = app;
  await createVault(page);
  await addCase(app, 'Corridor incident');
  await openSettings(page);
  const section = page.getByRole('region', { name: 'Backups' });
  await section.getByRole('button', { name: 'Choose a folder…' }).click();
  await section.getByRole('button', { name: 'Back up now' }).click();
  await visible(section.getByRole('status').filter({ hasText: 'Backed up and verified.' }));
  await button(page, 'Lock').click();
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(app.dir, `vault.db${suffix}`), { force: true });
  writeFileSync(join(app.dir, 'vault.db'), randomBytes(64 * 1024));
  await unlock(page, PASSPHRASE);
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await visible(notice.getByText(/The latest verified backup is from .* and holds 1 case and no people\./));
  await lookAt(app, 'damaged-offer');
  await notice.getByRole('button', { name: 'Restore this backup…' }).click();
  await page
    .getByRole('dialog', { name: 'Restore a backup' })
    .getByRole('button', { name: 'Restore this backup' })
    .click();
  await visible(page.getByRole('status').filter({ hasText: 'Backup restored' }));
  await page.getByRole('button', { name: 'Cases' }).click();
  await visible(page.getByText('Corridor incident'));
  expectCleanRun(app);
});

it('Today says so calmly when the backup drive has been away longer than the interval plus a day', async () => {
  const folder = backupFolder();
  const dir = mkdtempSync(join(tmpdir(), 'rw-e2e-'));
  const first = await startApp({ dir, workbench: { desktop: { chooseFolder: async () => folder } } });
  await createVault(first.page);
  await first.workbench.dispatch('backup:chooseFolder', { slot: 'first' });
  expect((await first.workbench.dispatch('backup:now', {})).ok).toBe(true);
  await first.close();
  rmSync(folder, { recursive: true, force: true });

  const later = Date.now() + 9 * 24 * 3_600_000;
  const app = await startApp({ dir, workbench: { now: () => later } });
  apps.push(app);
  await unlock(app.page, PASSPHRASE);
  await app.page.getByRole('button', { name: 'Today' }).click();
  const notice = app.page.getByText(
    'Last backup 9 days ago: plug in your backup drive or choose another folder.',
  );
  await visible(notice);
  await lookAt(app, 'today-notice');
  await button(app.page, 'Open backup settings').click();
  await visible(heading(app.page, 'Settings'));
  await visible(app.page.getByText('The backup folder cannot be found', { exact: false }).first());
  expectCleanRun(app);
});
