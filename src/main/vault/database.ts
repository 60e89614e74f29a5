/**
 * Opening the encrypted database. The whole file (and its WAL) is encrypted by SQLite3
 * Multiple Ciphers as its cipher record says (cipher-record.ts), keyed with the raw 256-bit
 * data key so no second KDF runs on every open.
 *
 * What runs on the main thread at unlock is bounded, whatever the vault's size: the first 24
 * bytes of the file, the write-ahead log (a few megabytes at most, checked frame by frame),
 * and the pages a read-only probe needs for the schema version. Every page SQLite reads is
 * authenticated by AEGIS; the full integrity check runs afterwards in a worker.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { aegisRecord, keyConnection, type CipherRecord } from './cipher-record';
import { headerProblem } from './file-header';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { Database, type Db } from './sqlite';
import { prepareSearchIndex } from './search-index';
import { checkWal } from './wal-check';

export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: 'unreadable' | 'newer_schema',
    message: string,
  ) {
    super(message);
  }
}

export interface OpenOptions {
  /** Path to the native .node build for this runtime (Electron needs its own). */
  nativeBinding?: string | undefined;
}

/**
 * The page cache of the vault's connection, in MiB. SQLite's default (about 16 MiB) is smaller
 * than what a facilitator's week reads at five years' size (the case list, Today, a year's
 * report and the cases opened), so those pages were read and decrypted again on every visit.
 * It is a ceiling, filled only as pages are read, and emptied when the vault locks.
 */
export const PAGE_CACHE_MIB = 64;

/** Pragmas per DESIGN.md: durable WAL, enforced foreign keys, no temp files, no mmap. */
function applyPragmas(db: Db): void {
  db.pragma(`cache_size = -${PAGE_CACHE_MIB * 1024}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('mmap_size = 0');
}

/**
 * Reads the schema version through a read-only connection, so a file from a newer app version
 * (or a damaged one) is refused without SQLite writing to it: a read-write close would
 * checkpoint the WAL into the main file.
 */
function probeSchemaVersion(
  path: string,
  dataKey: Buffer,
  record: CipherRecord,
  options: OpenOptions,
): number {
  // A read-only connection to a WAL database still creates an empty -wal and a -shm and
  // leaves them behind; remove the ones it created, so a refused file's folder is unchanged.
  const created = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix));
  const probe = new Database(path, {
    readonly: true,
    fileMustExist: true,
    nativeBinding: options.nativeBinding,
  });
  try {
    keyConnection(probe, record, dataKey);
    probe.prepare('SELECT count(*) FROM sqlite_master').get();
    return schemaVersion(probe);
  } catch {
    throw new DatabaseOpenError('unreadable', 'The database file cannot be read.');
  } finally {
    probe.close();
    if (created.includes('-wal') && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size === 0) {
      for (const suffix of created) rmSync(path + suffix, { force: true });
    }
  }
}

/**
 * Refuses a file that is not what its record says (header), a log that would silently drop
 * committed work (WAL), or a schema from a newer version (read-only probe): all before a
 * read-write connection exists, so a refused file is left exactly as it was.
 */
export function assertOpenable(
  path: string,
  dataKey: Buffer,
  record: CipherRecord,
  options: OpenOptions,
): void {
  const problem = headerProblem(path, record, dataKey) ?? checkWal(`${path}-wal`).problem;
  if (problem) throw new DatabaseOpenError('unreadable', problem);
  if (probeSchemaVersion(path, dataKey, record, options) > LATEST_SCHEMA_VERSION) {
    throw new DatabaseOpenError(
      'newer_schema',
      'This vault was saved by a newer version of Restorative Workbench. Update the app to open it; nothing was changed.',
    );
  }
}

/** Opens (or creates) the database at `path`; a new file is made in the current format. */
export function openEncryptedDatabase(
  path: string,
  dataKey: Buffer,
  record: CipherRecord = aegisRecord(),
  options: OpenOptions = {},
): Db {
  if (existsSync(path)) assertOpenable(path, dataKey, record, options);
  const db = new Database(path, { nativeBinding: options.nativeBinding });
  try {
    keyConnection(db, record, dataKey);
    applyPragmas(db);
    migrate(db);
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    throw new DatabaseOpenError('unreadable', 'The database file cannot be read.');
  }
  // Outside the "cannot be read" path: a fault in the app's own folding must never get a
  // readable vault moved aside as damaged.
  try {
    prepareSearchIndex(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * What a worker needs to open its own read-only connection to the open vault: the file, its
 * cipher record, and a copy of the data key in a buffer of its own (moved to the worker, and
 * zeroed there once the connection is keyed).
 */
export interface ReadConnection {
  path: string;
  record: CipherRecord;
  dataKey: Uint8Array;
  nativeBinding: string | undefined;
}

/** The page cache of a worker's read connection, in MiB: one long read, then it closes. */
const READ_CACHE_MIB = 32;

/**
 * A read-only connection beside the vault's own, for a long read in a worker: WAL gives it one
 * consistent moment of the vault while the main connection goes on writing. `query_only` too,
 * so nothing run through it can change the vault, even by mistake. The key is zeroed here.
 */
export function openReadConnection(connection: ReadConnection): Db {
  const dataKey = Buffer.from(
    connection.dataKey.buffer,
    connection.dataKey.byteOffset,
    connection.dataKey.byteLength,
  );
  const db = new Database(connection.path, {
    readonly: true,
    fileMustExist: true,
    nativeBinding: connection.nativeBinding,
  });
  try {
    keyConnection(db, connection.record, dataKey);
    db.pragma(`cache_size = -${READ_CACHE_MIB * 1024}`);
    db.pragma('temp_store = MEMORY');
    db.pragma('mmap_size = 0');
    db.pragma('query_only = ON');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch {
    db.close();
    throw new DatabaseOpenError('unreadable', 'The database file cannot be read.');
  } finally {
    dataKey.fill(0);
  }
}

/**
 * Moves a database that cannot be read (and its -wal/-shm) aside, never deleting it, so a
 * person or a support tool can still try to recover it. Returns the new name of the main file.
 */
/** A database in WAL mode is up to three files. */
export const DATABASE_FILE_SUFFIXES = ['', '-wal', '-shm'] as const;

export function moveAside(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.unreadable-${stamp}`;
  for (const suffix of DATABASE_FILE_SUFFIXES) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}
