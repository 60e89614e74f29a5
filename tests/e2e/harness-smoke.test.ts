import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/harness';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close({ removeVault: true }));

it('the renderer reaches the real vault through window.workbench', async () => {
  const state = await app.page.evaluate(() => window.workbench.vault.status());
  expect(state).toMatchObject({ state: 'absent' });
  const error = await app.page.evaluate(() =>
    window.workbench.vault.unlock({ passphrase: 'x' }).then(
      () => null,
      (e: { code: string }) => e.code,
    ),
  );
  expect(error).toBe('no_vault');
  expect(app.offlineViolations).toEqual([]);
});
