/**
 * The header check at unlock: only the first 24 bytes are read (a vault can be hundreds of
 * megabytes; reading it whole to look at its start cost half a second and the file's size in
 * memory). What the rest of the file holds is the integrity check's job, off the main thread.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { PLAIN_HEADER_BYTES, expectedHeader, type CipherRecord } from './cipher-record';

export const SQLITE_PLAINTEXT_HEADER = 'SQLite format 3\u0000';

/** Reads at most `length` bytes from the start of a file, without reading the rest. */
export function readFileStart(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const read = readSync(fd, buffer, filled, length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

export function isPlaintextSqlite(start: Buffer): boolean {
  return start.subarray(0, 16).toString('latin1') === SQLITE_PLAINTEXT_HEADER;
}

/**
 * Why the header of an existing database file is not what its record says, or null when it
 * is. A plaintext SQLite file is always refused; an AEGIS file must match byte for byte.
 */
export function headerProblem(path: string, record: CipherRecord, dataKey: Buffer): string | null {
  const start = readFileStart(path, PLAIN_HEADER_BYTES);
  if (isPlaintextSqlite(start)) return 'The database file is not encrypted.';
  const expected = expectedHeader(record, dataKey);
  if (expected && !start.equals(expected)) return 'The database file header is damaged.';
  if (!expected && start.length < 16) return 'The database file is too short.';
  return null;
}
