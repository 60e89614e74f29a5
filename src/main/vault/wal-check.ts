/**
 * Reads a write-ahead log the way SQLite's recovery does, before SQLite sees it, to find the
 * one kind of damage SQLite itself would hide. SQLite replays frames while their running
 * checksum holds and silently ignores everything from the first bad frame on: a changed byte
 * in the middle of the log would quietly drop every transaction committed after it. Here a
 * log is damaged when its header is bad, or when a commit frame of the current log generation
 * that checks out on its own lies beyond the point where the running checksum breaks.
 *
 * What is not damage: a torn tail left by a kill or a power cut (the last, unacknowledged
 * transaction, which SQLite rightly drops: every acknowledged commit was fsynced), and frames
 * of an older generation after the current ones (their salts differ). Streaming, frame by
 * frame; the log is never read into memory whole.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

const HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;
const MAGIC_LITTLE_ENDIAN = 0x377f0682;
const MAGIC_BIG_ENDIAN = 0x377f0683;
const FORMAT_VERSION = 3007000;
/** Frames read per system call. */
const FRAMES_PER_READ = 64;

export interface WalReport {
  frames: number;
  /** Frames up to and including the last commit SQLite will replay. */
  replayed: number;
  problem: string | null;
}

type Checksum = [number, number];

/** SQLite's WAL checksum: two running 32-bit sums over pairs of 32-bit words. */
function checksum(data: Buffer, start: number, end: number, bigEndian: boolean, seed: Checksum): Checksum {
  let s1 = seed[0];
  let s2 = seed[1];
  for (let i = start; i < end; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s1 = (s1 + x0 + s2) >>> 0;
    s2 = (s2 + x1 + s1) >>> 0;
  }
  return [s1, s2];
}

function frameChecksum(frame: Buffer, at: number, pageSize: number, bigEndian: boolean, seed: Checksum) {
  const head = checksum(frame, at, at + 8, bigEndian, seed);
  return checksum(frame, at + FRAME_HEADER_BYTES, at + FRAME_HEADER_BYTES + pageSize, bigEndian, head);
}

export function checkWal(walPath: string): WalReport {
  const clean: WalReport = { frames: 0, replayed: 0, problem: null };
  if (!existsSync(walPath)) return clean;
  const size = statSync(walPath).size;
  if (size === 0) return clean;
  const damaged = (frames: number, replayed: number): WalReport => ({
    frames,
    replayed,
    problem: 'The write-ahead log is damaged.',
  });
  const fd = openSync(walPath, 'r');
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    if (readSync(fd, header, 0, HEADER_BYTES, 0) < HEADER_BYTES) return damaged(0, 0);
    const magic = header.readUInt32BE(0);
    const pageSize = header.readUInt32BE(8);
    const validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
    if ((magic !== MAGIC_LITTLE_ENDIAN && magic !== MAGIC_BIG_ENDIAN) || !validPageSize) return damaged(0, 0);
    const bigEndian = magic === MAGIC_BIG_ENDIAN;
    const headerSum = checksum(header, 0, 24, bigEndian, [0, 0]);
    if (
      header.readUInt32BE(4) !== FORMAT_VERSION ||
      headerSum[0] !== header.readUInt32BE(24) ||
      headerSum[1] !== header.readUInt32BE(28)
    ) {
      return damaged(0, 0);
    }
    const salt1 = header.readUInt32BE(16);
    const salt2 = header.readUInt32BE(20);

    const frameBytes = FRAME_HEADER_BYTES + pageSize;
    const frames = Math.floor((size - HEADER_BYTES) / frameBytes);
    const chunk = Buffer.alloc(frameBytes * FRAMES_PER_READ);
    let running: Checksum = headerSum;
    let chainIntact = true;
    let replayed = 0;
    let previousStored: Checksum = headerSum;
    for (let first = 0; first < frames; first += FRAMES_PER_READ) {
      const count = Math.min(FRAMES_PER_READ, frames - first);
      readSync(fd, chunk, 0, count * frameBytes, HEADER_BYTES + first * frameBytes);
      for (let k = 0; k < count; k += 1) {
        const at = k * frameBytes;
        const index = first + k + 1;
        const page = chunk.readUInt32BE(at);
        const commit = chunk.readUInt32BE(at + 4) !== 0;
        const current = chunk.readUInt32BE(at + 8) === salt1 && chunk.readUInt32BE(at + 12) === salt2;
        const stored: Checksum = [chunk.readUInt32BE(at + 16), chunk.readUInt32BE(at + 20)];
        const matches = (sum: Checksum) => sum[0] === stored[0] && sum[1] === stored[1];
        if (chainIntact) {
          const sum = current && page !== 0 ? frameChecksum(chunk, at, pageSize, bigEndian, running) : null;
          if (sum && matches(sum)) {
            running = sum;
            if (commit) replayed = index;
          } else {
            chainIntact = false;
          }
        }
        // Past the break: a commit of this generation that checks out from the frame before
        // it is a transaction SQLite would silently drop.
        if (!chainIntact && current && commit && page !== 0) {
          if (matches(frameChecksum(chunk, at, pageSize, bigEndian, previousStored))) {
            return damaged(frames, replayed);
          }
        }
        previousStored = stored;
      }
    }
    return { frames, replayed, problem: null };
  } finally {
    closeSync(fd);
  }
}
