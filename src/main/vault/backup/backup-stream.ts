/**
 * The snapshot part of a backup file, sealed and opened in a worker thread so the main
 * process keeps answering the window while hundreds of megabytes go through AES-256-GCM:
 *
 * - seal: reads the database file's first `bytes` bytes (its pages are already encrypted as
 *   the vault's are) and appends them to the backup file in sealed pieces, then the end
 *   marker, then fsyncs the file.
 * - open: reads the pieces back, checks every tag and the end marker, and (when given a
 *   target) writes the database file they hold, fsynced. Nothing is written for a piece
 *   before its tag has verified, and a target that does not verify is the caller's to remove.
 *
 * How a piece is sealed (nonce = "last" flag and index, the prefix checksum as associated
 * data) is written here once, in the worker script, for both directions.
 */
import { CHUNK_BYTES, END_MARKER, TAG_BYTES } from './backup-format';
import { runWorkerScript, transferableCopy, type RunningTask } from '../vault-worker';

/** A stream task: its result, and a way to stop it between two pieces (its files closed). */
export interface StreamTask<T> extends RunningTask<T> {
  cancel(): Promise<void>;
}

function streamTask<T>(data: { task: Record<string, unknown> }, key: Buffer): StreamTask<T> {
  const stop = new SharedArrayBuffer(4);
  const running = runWorkerScript<T>(STREAM_SCRIPT, { task: { ...data.task, stop } }, [key], false);
  return {
    result: running.result,
    stop: running.stop,
    cancel: async () => {
      Atomics.store(new Int32Array(stop), 0, 1);
      await running.result.catch(() => undefined);
    },
  };
}

const STREAM_SCRIPT = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const task = workerData.task;
const key = Buffer.from(task.key.buffer, task.key.byteOffset, task.key.byteLength);
const aad = Buffer.from(task.aad);
const endMarker = Buffer.from(task.endMarker);
// Set by main to stop between two pieces, so files are closed (a terminated thread would leak them).
const stopFlag = new Int32Array(task.stop);
const stopping = () => Atomics.load(stopFlag, 0) === 1;

const fail = (code) => Object.assign(new Error(code), { code });

function nonce(index, last) {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32BE(last ? 1 : 0, 0);
  bytes.writeBigUInt64BE(BigInt(index), 4);
  return bytes;
}
function readFully(fd, buffer, length, position) {
  let filled = 0;
  while (filled < length) {
    const read = fs.readSync(fd, buffer, filled, length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}
function writeFully(fd, buffer, position) {
  let written = 0;
  while (written < buffer.length) {
    written += fs.writeSync(fd, buffer, written, buffer.length - written, position + written);
  }
}
const chunks = Math.max(1, Math.ceil(task.bytes / task.chunkBytes));
// Written to disk every few megabytes, not all at the end: on a journalling file system an
// fsync of the vault's log (every save) waits for whatever else is waiting to be written, so
// hundreds of megabytes left in the page cache would make a save wait for all of them. The
// flush runs in the thread pool while the next pieces are sealed; one at a time.
let flushing = null;
async function flushSoon(fd, index) {
  if ((index + 1) % task.flushEvery !== 0) return;
  if (flushing) await flushing;
  flushing = new Promise((resolve, reject) => fs.fdatasync(fd, (error) => (error ? reject(error) : resolve())));
}
async function flushed() {
  const pending = flushing;
  flushing = null;
  if (pending) await pending;
}
const lengthOf = (i) => Math.min(task.chunkBytes, task.bytes - i * task.chunkBytes);

async function seal() {
  const source = fs.openSync(task.source, 'r');
  const target = fs.openSync(task.target, 'r+');
  const plain = Buffer.alloc(task.chunkBytes);
  try {
    let position = task.offset;
    for (let i = 0; i < chunks; i += 1) {
      if (stopping()) throw fail('STOPPED');
      const length = lengthOf(i);
      if (readFully(source, plain, length, i * task.chunkBytes) !== length) throw fail('SOURCE_SHORT');
      const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce(i, i === chunks - 1));
      cipher.setAAD(aad);
      // No concatenation: the piece and its tag are written as they come (a copy per megabyte costs).
      const sealed = cipher.update(plain.subarray(0, length));
      cipher.final();
      const tag = cipher.getAuthTag();
      // Test seam for "the disk is full": the write fails as the OS would say it.
      if (task.failAfterBytes !== null && position - task.offset + length + tag.length > task.failAfterBytes) {
        throw fail('ENOSPC');
      }
      writeFully(target, sealed, position);
      writeFully(target, tag, position + length);
      position += length + tag.length;
      await flushSoon(target, i);
    }
    writeFully(target, endMarker, position);
    await flushed();
    fs.fsyncSync(target);
    return { chunks, fileBytes: position + endMarker.length };
  } finally {
    await flushed().catch(() => undefined);
    plain.fill(0);
    fs.closeSync(source);
    fs.closeSync(target);
  }
}

async function open() {
  const source = fs.openSync(task.source, 'r');
  let target = null;
  try {
    target = task.target === null ? null : fs.openSync(task.target, 'wx', 0o600);
    const sealed = Buffer.alloc(task.chunkBytes + ${TAG_BYTES});
    let position = task.offset;
    for (let i = 0; i < chunks; i += 1) {
      if (stopping()) throw fail('STOPPED');
      const length = lengthOf(i);
      if (readFully(source, sealed, length + ${TAG_BYTES}, position) !== length + ${TAG_BYTES}) throw fail('BACKUP_INCOMPLETE');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, nonce(i, i === chunks - 1));
      decipher.setAAD(aad);
      decipher.setAuthTag(sealed.subarray(length, length + ${TAG_BYTES}));
      const plain = decipher.update(sealed.subarray(0, length));
      try {
        decipher.final();
      } catch {
        plain.fill(0);
        throw fail('BACKUP_DAMAGED');
      }
      if (target !== null) writeFully(target, plain, i * task.chunkBytes);
      plain.fill(0);
      if (target !== null) await flushSoon(target, i);
      position += length + ${TAG_BYTES};
    }
    const end = Buffer.alloc(endMarker.length);
    if (readFully(source, end, end.length, position) !== end.length) throw fail('BACKUP_INCOMPLETE');
    if (!end.equals(endMarker) || fs.fstatSync(source).size !== position + end.length) throw fail('BACKUP_DAMAGED');
    await flushed();
    if (target !== null) fs.fsyncSync(target);
    return { chunks };
  } finally {
    await flushed().catch(() => undefined);
    fs.closeSync(source);
    if (target !== null) fs.closeSync(target);
  }
}

(task.kind === 'seal' ? seal() : open()).then(
  (value) => parentPort.postMessage({ ok: true, value }),
  (error) => parentPort.postMessage({ ok: false, code: typeof error.code === 'string' ? error.code : null }),
).finally(() => key.fill(0));
`;

/**
 * Pieces written between two flushes to disk (see flushSoon in the script). Measured with a
 * save every 20 ms during a backup of 193 MiB: every 8 MiB left saves waiting 50-80 ms for the
 * disk all through the write, every 2 MiB mostly under 40 ms, with no clear cost to the backup.
 */
const FLUSH_EVERY_CHUNKS = 2;

export interface StreamPlace {
  /** The snapshot key of this file (derived from the data key and the file's salt). */
  key: Buffer;
  /** The prefix checksum: every piece's associated data. */
  checksum: Buffer;
  /** Where the pieces start in the backup file. */
  offset: number;
  /** The size of the database file the pieces hold. */
  bytes: number;
}

function taskData(kind: 'seal' | 'open', place: StreamPlace, key: Buffer, files: Record<string, unknown>) {
  return {
    task: {
      kind,
      key,
      aad: place.checksum,
      endMarker: END_MARKER,
      offset: place.offset,
      bytes: place.bytes,
      chunkBytes: CHUNK_BYTES,
      flushEvery: FLUSH_EVERY_CHUNKS,
      ...files,
    },
  };
}

/** Appends the sealed snapshot (and the end marker) to `target`, which holds the prefix. */
export function startSeal(
  source: string,
  target: string,
  place: StreamPlace,
  testSeam: { failAfterBytes?: number | undefined } = {},
): StreamTask<{ chunks: number; fileBytes: number }> {
  const key = transferableCopy(place.key);
  const files = { source, target, failAfterBytes: testSeam.failAfterBytes ?? null };
  return streamTask(taskData('seal', place, key, files), key);
}

/** Checks every piece of `source`; with a `target`, writes the database file they hold. */
export function startOpen(
  source: string,
  target: string | null,
  place: StreamPlace,
): StreamTask<{ chunks: number }> {
  const key = transferableCopy(place.key);
  return streamTask(taskData('open', place, key, { source, target }), key);
}
