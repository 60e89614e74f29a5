// npm run screenshots: rebuild the renderer and remake the README's pictures in docs/screenshots/
// (the browser test writes them there only when SCREENSHOTS=1; an ordinary test run leaves them).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './electron-presence.mjs';

const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const steps = [
  [bin('electron-vite', 'bin/electron-vite.js'), 'build'],
  [bin('vitest', 'vitest.mjs'), 'run', '--project', 'browser', 'tests/e2e/readme-screenshots.test.ts'],
];
for (const [script, ...args] of steps) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SCREENSHOTS: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
