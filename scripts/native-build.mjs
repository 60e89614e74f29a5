// postinstall: give Electron its own build of the SQLite module, beside the Node build that
// `npm install` already made, so `npm test` (Node) and `npm start` (Electron) both work
// after one install with no rebuild in between. The app picks a build by runtime through
// better-sqlite3's `nativeBinding` option (src/main/native-binding.ts).
// It never fails the install: without the Electron binary (CI, offline) it says so and stops.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary, electronNativeBinding, electronVersion, root } from './electron-presence.mjs';

const version = electronVersion();
const target = version && electronNativeBinding(version);

if (!version || !electronBinary()) {
  console.log(
    'native-build: no Electron binary here, so no Electron build of SQLite (npm test does not need one).',
  );
  process.exit(0);
}
if (existsSync(target)) {
  console.log(`native-build: Electron ${version} build of SQLite already present.`);
  process.exit(0);
}

const source = join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
const work = mkdtempSync(join(tmpdir(), 'rw-native-'));
// The machine's npm config may point node-gyp at Node's headers; Electron needs its own.
const env = {
  ...process.env,
  npm_config_nodedir: '',
  npm_config_runtime: 'electron',
  npm_config_target: version,
};
try {
  cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join(source, 'build')}`) });
  const bin = join(root, 'node_modules', '.bin');
  try {
    execFileSync(join(bin, 'prebuild-install'), ['--runtime=electron', `--target=${version}`], {
      cwd: work,
      env,
      stdio: 'inherit',
    });
  } catch {
    const nodeGyp = process.env.npm_config_node_gyp;
    if (!nodeGyp) throw new Error('no prebuilt binary and node-gyp not found');
    execFileSync(
      process.execPath,
      [
        nodeGyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, env, stdio: 'inherit' },
    );
  }
  mkdirSync(join(target, '..'), { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  console.log(`native-build: built SQLite for Electron ${version}.`);
} catch (error) {
  console.warn(
    `native-build: could not build SQLite for Electron ${version} (${error.message}); npm start will say so.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
