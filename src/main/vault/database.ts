/**
 * Opening the encrypted database. The whole file (and its WAL) is encrypted by SQLite3
 * Multiple Ciphers in SQLCipher 4 format, keyed with the raw 256-bit data key so no second
 * KDF runs on every open.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { Database, type Db } from './sqlite';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { prepareSearchIndex } from './search-index';

export const SQLITE_PLAINTEXT_HEADER = 'SQLite format 3\u0000';

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

function keyDatabase(db: Db, dataKey: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  // The x'..' form hands SQLite the raw key bytes (no PBKDF2 on every open). It is built in
  // a Buffer so it can be zeroed straight after, unlike a JS string.
  const rawKey = Buffer.concat([Buffer.from("x'"), Buffer.from(dataKey.toString('hex')), Buffer.from("'")]);
  try {
    db.key(rawKey);
  } finally {
    rawKey.fill(0);
  }
}

/** Pragmas per DESIGN.md: durable WAL, enforced foreign keys, no temp files, no mmap. */
function applyPragmas(db: Db): void {
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
function probeSchemaVersion(path: string, dataKey: Buffer, options: OpenOptions): number {
  // A read-only connection to a WAL database still creates an empty -wal and a -shm and
  // leaves them behind; remove the ones it created, so a refused file's folder is unchanged.
  const created = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix));
  const probe = new Database(path, {
    readonly: true,
    fileMustExist: true,
    nativeBinding: options.nativeBinding,
  });
  try {
    keyDatabase(probe, dataKey);
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

export function openEncryptedDatabase(path: string, dataKey: Buffer, options: OpenOptions = {}): Db {
  if (existsSync(path)) {
    if (readFileSync(path).subarray(0, 16).toString('latin1') === SQLITE_PLAINTEXT_HEADER) {
      throw new DatabaseOpenError('unreadable', 'The database file is not encrypted.');
    }
    if (probeSchemaVersion(path, dataKey, options) > LATEST_SCHEMA_VERSION) {
      throw new DatabaseOpenError(
        'newer_schema',
        'This vault was saved by a newer version of Restorative Workbench. Update the app to open it; nothing was changed.',
      );
    }
  }
  const db = new Database(path, { nativeBinding: options.nativeBinding });
  try {
    keyDatabase(db, dataKey);
    applyPragmas(db);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseOpenError('unreadable', 'The database file is damaged.');
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
 * Moves a database that cannot be read (and its -wal/-shm) aside, never deleting it, so a
 * person or a support tool can still try to recover it. Returns the new name of the main file.
 */
export function moveAside(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.unreadable-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}
