// Is the Electron binary here? `npm install` downloads it on a networked machine; installs
// with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (CI, this offline workplace) leave it out.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

export function electronVersion() {
  const pkg = join(electronDir, 'package.json');
  return existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : null;
}

/** Absolute path of the Electron executable, or null when it was never downloaded. */
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export function electronNativeBinding(version) {
  return join(root, 'native', `electron-${version}`, 'better_sqlite3.node');
}
