/**
 * Writes a small file so that a crash at any moment leaves either the old content or the new,
 * never a mix: write a temp file beside it, fsync it, rename over the target, fsync the folder.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const TEMP_SUFFIX = '.tmp-write';

export interface AtomicWriteHooks {
  /** Test seam: called after the temp file is durable and before the rename. */
  beforeRename?: () => void;
}

export function writeFileAtomic(path: string, content: string, hooks: AtomicWriteHooks = {}): void {
  const temp = `${path}.${process.pid}${TEMP_SUFFIX}`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  hooks.beforeRename?.();
  renameSync(temp, path);
  fsyncDirectory(dirname(path));
}

export function fsyncDirectory(dir: string): void {
  // Directories cannot be opened for fsync on Windows; there the rename is already durable
  // enough for NTFS, so a failure here is not an error.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* see comment above */
  }
}

/** Removes temp files a crash left behind for `path` (they hold only wrapped keys). */
export function removeStaleTemps(path: string): void {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) rmSync(join(dir, name), { force: true });
  }
}
