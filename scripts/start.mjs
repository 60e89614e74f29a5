// npm start / npm run dev: build and launch the app, or say in one line what is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinary, electronNativeBinding, electronVersion, root } from './electron-presence.mjs';

const dev = process.argv.includes('--dev');
const version = electronVersion();

function fail(message) {
  console.error(`Cannot start Restorative Workbench: ${message}`);
  process.exit(1);
}

if (!version || !electronBinary()) {
  fail(
    'the Electron binary is not installed (installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 leave it out); run "npm install" on a machine with internet access. "npm test" works without it.',
  );
}
if (!existsSync(electronNativeBinding(version))) {
  fail(
    `SQLite has no build for Electron ${version}; run "node scripts/native-build.mjs" with internet access.`,
  );
}
const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const result = spawnSync(process.execPath, [cli, dev ? 'dev' : 'preview'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
