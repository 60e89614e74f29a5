/**
 * better-sqlite3 is a native module: Node and Electron need different builds. `npm install`
 * keeps the Node build where the package put it and (when the Electron binary is present)
 * adds an Electron build under native/. Each runtime picks its own through `nativeBinding`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const NATIVE_FILE = 'better_sqlite3.node';

/** Folder of the Electron build for an Electron version, e.g. native/electron-41.7.1/. */
export function electronBindingPath(appRoot: string, electronVersion: string): string {
  return join(appRoot, 'native', `electron-${electronVersion}`, NATIVE_FILE);
}

/** The binding for this runtime: undefined under Node (the package default), a path in Electron. */
export function nativeBindingFor(appRoot: string, versions: NodeJS.ProcessVersions): string | undefined {
  const electron = (versions as NodeJS.ProcessVersions & { electron?: string }).electron;
  if (!electron) return undefined;
  const path = electronBindingPath(appRoot, electron);
  if (!existsSync(path)) {
    throw new Error(
      `The database module has no build for Electron ${electron}. Run "npm install" again on a machine with a network connection.`,
    );
  }
  return path;
}
