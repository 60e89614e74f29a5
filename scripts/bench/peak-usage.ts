/**
 * Peak extra disk and memory while a task runs. The task usually blocks the main thread in
 * one native call (VACUUM, rekey), so the sampling runs in a worker thread: every 10 ms it
 * adds up the sizes of the files in the watched folders and reads the process's resident
 * memory, keeping the highest of each in shared memory.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const SAMPLER = String.raw`
const { workerData } = require('node:worker_threads');
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const peaks = new BigInt64Array(workerData.shared);
function folderBytes() {
  let total = 0;
  for (const dir of workerData.dirs) {
    let names = [];
    try { names = readdirSync(dir); } catch {}
    for (const name of names) { try { total += statSync(join(dir, name)).size; } catch {} }
  }
  return total;
}
setInterval(() => {
  const disk = BigInt(folderBytes());
  const rss = BigInt(process.memoryUsage().rss);
  if (disk > peaks[0]) peaks[0] = disk;
  if (rss > peaks[1]) peaks[1] = rss;
}, 10);
`;

export function folderBytes(dirs: readonly string[]): number {
  let total = 0;
  for (const dir of dirs) for (const name of readdirSync(dir)) total += statSync(join(dir, name)).size;
  return total;
}

export interface PeakUsage {
  /** Bytes on disk above what the folders held when sampling started. */
  extraDisk: number;
  /** Resident memory above the process's when sampling started. */
  extraMemory: number;
}

/** Runs `task` while sampling; returns its result and the peaks above the starting point. */
export async function measurePeaks<T>(
  dirs: readonly string[],
  task: () => T | Promise<T>,
): Promise<{ result: T; peaks: PeakUsage }> {
  const shared = new SharedArrayBuffer(16);
  const peaks = new BigInt64Array(shared);
  const startDisk = folderBytes(dirs);
  const startMemory = process.memoryUsage().rss;
  const sampler = new Worker(SAMPLER, { eval: true, workerData: { shared, dirs } });
  await new Promise<void>((resolve) => sampler.once('online', () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 30));
  try {
    const result = await task();
    await new Promise((resolve) => setTimeout(resolve, 30));
    return {
      result,
      peaks: {
        extraDisk: Math.max(0, Number(peaks[0]) - startDisk),
        extraMemory: Math.max(0, Number(peaks[1]) - startMemory),
      },
    };
  } finally {
    await sampler.terminate();
  }
}
