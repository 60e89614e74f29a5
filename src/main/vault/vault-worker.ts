/**
 * Long reads of the whole vault run in a worker thread with its own connection, so the main
 * process keeps answering the window: the full integrity check after unlock, building the
 * AEGIS copy when an old vault is migrated, and holding the moment a backup copies.
 *
 * The worker is a short script run with `eval`, not a separate file: it then works the same
 * under plain Node, the test runner and the bundled Electron main without a build step of
 * its own. It holds no logic of its own beyond running SQL it is given: the cipher pragmas
 * come from cipher-record.ts and every decision about the results is made here, in main.
 * Keys travel as raw-key text in buffers that are transferred (not copied) to the worker and
 * zeroed there once used.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { cipherPragmas, rawKeyText, type CipherRecord } from './cipher-record';

const WORKER_SCRIPT = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const task = workerData.task;
// Buffers arrive as plain Uint8Arrays; views over the same (transferred) memory, no copies.
const asBuffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
for (const name of ['key', 'sourceKey', 'targetKey']) if (task[name]) task[name] = asBuffer(task[name]);

function open(path, options, pragmas, key) {
  const db = new Database(path, { ...options, nativeBinding: workerData.nativeBinding });
  try {
    for (const pragma of pragmas) db.pragma(pragma);
    db.key(key);
    return db;
  } catch (error) {
    db.close();
    throw error;
  } finally {
    key.fill(0);
  }
}

function tableCounts(db, schema) {
  const names = db
    .prepare('SELECT name FROM "' + schema + '".sqlite_schema WHERE type = ? AND rootpage > 0 ORDER BY name')
    .pluck()
    .all('table');
  const counts = {};
  for (const name of names) {
    const quoted = '"' + schema + '"."' + name.replace(/"/g, '""') + '"';
    counts[name] = db.prepare('SELECT count(*) FROM ' + quoted).pluck().get();
  }
  return counts;
}

function check() {
  const db = open(task.path, { readonly: true, fileMustExist: true }, task.pragmas, task.key);
  try {
    const messages = db.pragma('integrity_check').map((row) => row.integrity_check);
    const intact = messages.length === 1 && messages[0] === 'ok';
    return { intact, problems: intact ? 0 : messages.length, counts: task.counts ? tableCounts(db, 'main') : null };
  } finally {
    db.close();
  }
}

function convert() {
  const reopenKey = Buffer.from(task.targetKey);
  // The connection's main database (an empty scratch file) carries the target's cipher and
  // key: VACUUM INTO gives the file it writes the main database's codec. The source is
  // attached with its own cipher and key.
  const db = open(task.scratch, {}, task.targetPragmas, task.targetKey);
  let counts;
  try {
    for (const pragma of task.sourcePragmas) db.pragma(pragma);
    db.prepare('ATTACH ? AS source KEY ?').run(task.source, task.sourceKey);
    task.sourceKey.fill(0);
    counts = tableCounts(db, 'source');
    db.prepare('VACUUM source INTO ?').run(task.target);
  } finally {
    task.sourceKey.fill(0);
    db.close();
  }
  const target = open(task.target, { fileMustExist: true }, task.targetPragmas, reopenKey);
  try {
    target.pragma('journal_mode = WAL');
  } finally {
    target.close();
  }
  return { counts };
}

const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
function walBytes(path) {
  try {
    return require('node:fs').statSync(path + '-wal').size;
  } catch {
    return 0;
  }
}

// A backup's moment: the log is checkpointed and emptied, then a read transaction begins
// with no frames in the log. SQLite then reads the database file alone for this transaction
// and lets no checkpoint write to it until it ends, so the file's bytes stay exactly this
// moment's database while main goes on saving into the log. Row counts come from the same
// transaction. If a save slips in between the two steps, the log is not empty: try again.
// The checkpoint is main's to make, on its own connection, when main has the vault open: a
// checkpoint here would hold the write lock, and main's transactions (which read, then write)
// would meet it with SQLITE_BUSY. Main answers through 'turns'.
function hold() {
  const db = open(task.path, { fileMustExist: true, timeout: task.busyMs }, task.pragmas, task.key);
  const turns = task.turns ? new Int32Array(task.turns) : null;
  const checkpoint = () => {
    if (!turns) return db.pragma('wal_checkpoint(TRUNCATE)');
    const before = Atomics.load(turns, 0);
    parentPort.postMessage({ checkpoint: true });
    Atomics.wait(turns, 0, before, task.busyMs);
  };
  try {
    for (let attempt = 1; attempt <= task.attempts; attempt += 1) {
      checkpoint();
      db.exec('BEGIN');
      const pageCount = db.pragma('page_count', { simple: true });
      if (walBytes(task.path) === 0) {
        const value = {
          pageCount,
          pageSize: db.pragma('page_size', { simple: true }),
          schemaVersion: db.pragma('user_version', { simple: true }),
          counts: tableCounts(db, 'main'),
          attempts: attempt,
        };
        parentPort.once('message', () => {
          db.exec('COMMIT');
          db.close();
          parentPort.postMessage({ released: true });
        });
        return value;
      }
      db.exec('ROLLBACK');
      pause(task.pauseMs * attempt);
    }
    throw Object.assign(new Error('busy'), { code: 'SNAPSHOT_BUSY' });
  } catch (error) {
    db.close();
    throw error;
  }
}

try {
  const value = task.kind === 'check' ? check() : task.kind === 'hold' ? hold() : convert();
  parentPort.postMessage({ ok: true, value });
} catch (error) {
  parentPort.postMessage({ ok: false, code: typeof error.code === 'string' ? error.code : null });
}
`;

export type TableCounts = Record<string, number>;

export interface CheckResult {
  intact: boolean;
  /** How many problems integrity_check listed (their text is not kept: it is not needed). */
  problems: number;
  counts: TableCounts | null;
}

export class WorkerTaskError extends Error {
  constructor(readonly code: string | null) {
    super(code ? `The database task failed (${code}).` : 'The database task failed.');
  }
}

/** A task running in its worker: its result, and a way to stop it (for lock). */
export interface RunningTask<T> {
  result: Promise<T>;
  stop(): Promise<void>;
}

export interface WorkerEnvironment {
  nativeBinding?: string | undefined;
}

const driverPath = (): string => createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');

/**
 * Runs an `eval` worker script with `workerData` and resolves with its first message, which
 * is `{ ok: true, value }` or `{ ok: false, code }`. Keys in `keys` are transferred, not copied.
 */
export function runWorkerScript<T>(
  script: string,
  workerData: Record<string, unknown>,
  keys: Buffer[],
  background: boolean,
  /** Messages before the result (they have no `ok`). */
  onMessage?: (message: Record<string, unknown>) => void,
): RunningTask<T> & { worker: Worker } {
  const worker = new Worker(script, {
    eval: true,
    workerData,
    transferList: keys.map((key) => key.buffer as ArrayBuffer),
  });
  // A background check never keeps the process alive on its own; an awaited task must.
  if (background) worker.unref();
  const result = new Promise<T>((resolve, reject) => {
    worker.on('message', (message: { ok: true; value: T } | { ok: false; code: string | null }) => {
      if (!('ok' in message)) onMessage?.(message);
      else if (message.ok) resolve(message.value);
      else reject(new WorkerTaskError(message.code));
    });
    worker.once('error', () => reject(new WorkerTaskError(null)));
    worker.once('exit', () => reject(new WorkerTaskError('stopped')));
  });
  return {
    worker,
    result,
    stop: async () => {
      await worker.terminate();
    },
  };
}

function start<T>(
  task: Record<string, unknown>,
  keys: Buffer[],
  environment: WorkerEnvironment,
  background: boolean,
  onMessage?: (message: Record<string, unknown>) => void,
): RunningTask<T> & { worker: Worker } {
  const workerData = { driver: driverPath(), nativeBinding: environment.nativeBinding, task };
  return runWorkerScript<T>(WORKER_SCRIPT, workerData, keys, background, onMessage);
}

/**
 * A copy of `bytes` in a buffer of its own (not a slice of Node's shared pool, which must not
 * move), so it can be transferred to or from a worker.
 */
export function transferableCopy(bytes: Uint8Array): Buffer {
  const own = Buffer.from(new ArrayBuffer(bytes.length));
  own.set(bytes);
  return own;
}

function transferableKey(record: CipherRecord, dataKey: Buffer): Buffer {
  const text = rawKeyText(record, dataKey);
  const own = transferableCopy(text);
  text.fill(0);
  return own;
}

/** PRAGMA integrity_check (all of it) over a read-only connection, and optionally row counts. */
export function startCheck(
  path: string,
  record: CipherRecord,
  dataKey: Buffer,
  options: WorkerEnvironment & { counts?: boolean; background?: boolean },
): RunningTask<CheckResult> {
  const key = transferableKey(record, dataKey);
  return start<CheckResult>(
    { kind: 'check', path, pragmas: cipherPragmas(record), key, counts: options.counts ?? false },
    [key],
    options,
    options.background ?? false,
  );
}

/** Writes `target` as a copy of `source` in the target's cipher; returns the source's row counts. */
export function startConversion(
  files: { source: string; target: string; scratch: string },
  records: { source: CipherRecord; target: CipherRecord },
  dataKey: Buffer,
  environment: WorkerEnvironment,
): RunningTask<{ counts: TableCounts }> {
  const sourceKey = transferableKey(records.source, dataKey);
  const targetKey = transferableKey(records.target, dataKey);
  return start(
    {
      kind: 'convert',
      ...files,
      sourcePragmas: cipherPragmas(records.source),
      targetPragmas: cipherPragmas(records.target),
      sourceKey,
      targetKey,
    },
    [sourceKey, targetKey],
    environment,
    false,
  );
}

/** The database at one moment, as the hold sees it: its size and every table's rows. */
export interface HeldSnapshot {
  pageCount: number;
  pageSize: number;
  schemaVersion: number;
  counts: TableCounts;
  attempts: number;
}

/** A moment held open for a backup to copy: until `release`, the database file is that moment. */
export interface SnapshotHold {
  held: Promise<HeldSnapshot>;
  /** Ends the read transaction and closes the connection (the log can be checkpointed again). */
  release(): Promise<void>;
  /** Ends the worker at once (its connection closes with it): for a backup that cannot wait. */
  stop(): Promise<void>;
}

const RELEASE_WAIT_MS = 2_000;

export function startSnapshotHold(
  path: string,
  record: CipherRecord,
  dataKey: Buffer,
  options: WorkerEnvironment & {
    /** The open vault's own checkpoint (TRUNCATE) on main's connection; absent, the worker makes it. */
    checkpoint?: (() => void) | undefined;
    attempts?: number;
    pauseMs?: number;
    busyMs?: number;
  },
): SnapshotHold {
  const key = transferableKey(record, dataKey);
  const turns = options.checkpoint ? new SharedArrayBuffer(4) : null;
  const answer = () => {
    try {
      options.checkpoint?.();
    } catch {
      /* the vault closed meanwhile: the log check in the worker makes it try again */
    } finally {
      const flag = new Int32Array(turns!);
      Atomics.add(flag, 0, 1);
      Atomics.notify(flag, 0);
    }
  };
  const task = start<HeldSnapshot>(
    {
      kind: 'hold',
      path,
      pragmas: cipherPragmas(record),
      key,
      turns,
      attempts: options.attempts ?? 20,
      pauseMs: options.pauseMs ?? 5,
      busyMs: options.busyMs ?? 1_000,
    },
    [key],
    options,
    false,
    (message) => {
      if (message['checkpoint'] === true) answer();
    },
  );
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    task.worker.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  let released: Promise<void> | null = null;
  const release = () => {
    released ??= (async () => {
      const holding = await task.result.then(
        () => true,
        () => false,
      );
      if (!holding || exited) return;
      task.worker.postMessage('release');
      // A worker that does not let go in time is stopped: ending a thread closes its connection.
      const timer = setTimeout(() => void task.stop(), RELEASE_WAIT_MS);
      await exit;
      clearTimeout(timer);
    })();
    return released;
  };
  return { held: task.result, release, stop: task.stop };
}
