/**
 * The file steps of a backup done off the main thread (libuv's pool): a backup writes and
 * removes files of hundreds of megabytes on a disk the vault's own saves fsync on, and any of
 * these calls can wait for the disk. A save must not wait behind them.
 */
import { copyFile, open, rename, rm, stat } from 'node:fs/promises';

/** Makes a rename or a new name in `dir` durable; on Windows folders cannot be fsynced (see atomic-file.ts). */
export async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* see atomic-file.ts */
  }
}

export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A new file (never one that exists) holding `bytes`, fsynced. */
export async function writeNewFile(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export { copyFile, rename, rm, stat };
