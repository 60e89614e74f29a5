// npm run test:electron: launch the real app with Playwright's Electron support, check the
// hardened window shows the first-run screen, and quit. Where the Electron binary is absent
// (CI, this offline workplace) it says clearly that it skipped, and why.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { _electron as electron } from 'playwright-core';
import { electronBinary, root } from './electron-presence.mjs';

const binary = electronBinary();
if (!binary) {
  console.log(
    'test:electron SKIPPED: no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1). Nothing was tested.',
  );
  process.exit(0);
}
const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(1);

const userData = mkdtempSync(join(tmpdir(), 'rw-electron-'));
const app = await electron.launch({ executablePath: binary, args: [root, `--user-data-dir=${userData}`] });
try {
  const window = await app.firstWindow();
  await window.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  const exposed = await window.evaluate(() => ({
    workbench: typeof window.workbench,
    require: typeof window.require,
    process: typeof window.process,
  }));
  if (exposed.workbench !== 'object' || exposed.require !== 'undefined' || exposed.process !== 'undefined') {
    throw new Error(`renderer is not isolated as expected: ${JSON.stringify(exposed)}`);
  }
  const state = await window.evaluate(() => window.workbench.vault.status());
  if (state.state !== 'absent') throw new Error(`expected a fresh vault, got ${state.state}`);
  console.log('test:electron passed: hardened window, window.workbench over IPC, first-run vault state.');
} finally {
  await app.close();
  rmSync(userData, { recursive: true, force: true });
}
