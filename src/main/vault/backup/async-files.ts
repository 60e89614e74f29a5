/**
 * The file steps of a backup done off the main thread (libuv's pool): a backup writes and
 * removes files of hundreds of megabytes on a disk the vault's own saves fsync on, and any of
 * these calls can wait for the disk. A save must not wait behind them.
 */
import { copyFile, lstat, open, rename, rm, stat } from 'node:fs/promises';

/** How much of a large file one step of `rm` gives back to the file system. */
const SHRINK_STEP_BYTES = 16 * 1024 * 1024;

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

/**
 * Removes a file of ours that nobody else reads (a temp file, or a backup already renamed out
 * of the backup names); no error if it is not there. A large one is first shrunk 16 MiB at a
 * time, each step flushed: freeing hundreds of megabytes in one unlink is one large journal
 * transaction, and every save's fsync meanwhile waits for it (measured here: 40-80 ms for
 * 193 MiB at once, under 8 ms in steps).
 */
export async function removeGradually(path: string): Promise<void> {
  const info = await lstat(path).catch(() => null);
  if (info?.isFile() && info.size > SHRINK_STEP_BYTES) {
    try {
      const handle = await open(path, 'r+');
      try {
        for (let size = info.size; size > 0;) {
          size = Math.max(0, size - SHRINK_STEP_BYTES);
          await handle.truncate(size);
          await handle.datasync();
        }
      } finally {
        await handle.close();
      }
    } catch {
      /* one that cannot be shrunk is simply removed below */
    }
  }
  await rm(path, { force: true });
}

export { copyFile, rename, rm, stat };
