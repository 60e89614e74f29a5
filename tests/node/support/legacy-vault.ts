/**
 * Vaults in the format before AEGIS, made here by test code and never by the app: a version 1
 * key file (no cipher record) and a SQLCipher 4 database (AES-256-CBC + HMAC-SHA512, raw key).
 * The keying is spelled out here rather than borrowed from the app's cipher-record.ts, so a
 * change there cannot quietly change what "the old format" means in the tests.
 *
 * Two ways to get one:
 * - `downgradeToLegacy`: a locked vault the app made (with whatever a test put in it) is
 *   rewritten in the old format with the same content, key and secrets.
 * - `writeLegacyVault`: made from nothing, as the old app made it (schema from the app's own
 *   migrations, a case and notes inserted with SQL).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  deriveWrappingKey,
  newDataKey,
  newHkdfParams,
  newScryptParams,
  unwrapKey,
  wrapKey,
  type WrappedKey,
} from '../../../src/main/vault/crypto';
import { migrate, migrations } from '../../../src/main/vault/migrations';
import { Database, type Db } from '../../../src/main/vault/sqlite';
import { RECOVERY_KEY_BYTES, encodeRecoveryKey } from '../../../src/shared/domain/recovery-key';
import { TEST_PASSPHRASE, TEST_SCRYPT } from './temp-workbench';

/** Where a vault under test came from: made new (AEGIS), or migrated from the old format. */
export type VaultOrigin = 'new' | 'migrated';
export const VAULT_ORIGINS: readonly VaultOrigin[] = ['new', 'migrated'];

const rawKey = (key: Buffer) => Buffer.from(`x'${key.toString('hex')}'`, 'latin1');

function keyAsSqlcipher(db: Db, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.key(rawKey(key));
}

function writeVersion1KeyFile(dir: string, createdAt: string, passphrase: WrappedKey, recovery: WrappedKey) {
  const file = { format: 'restorative-workbench/key-file', version: 1, createdAt, passphrase, recovery };
  writeFileSync(join(dir, 'vault.key'), `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
}

/**
 * Rewrites the locked vault in `dir` (made by the app, so AEGIS) as the old format: same data
 * key, same passphrase and recovery wraps, same content, no session marker (the old app had
 * none). Afterwards the folder looks as the previous version of the app left it.
 */
export async function downgradeToLegacy(dir: string, passphrase = TEST_PASSPHRASE): Promise<void> {
  const keyPath = join(dir, 'vault.key');
  const file = JSON.parse(readFileSync(keyPath, 'utf8')) as {
    createdAt: string;
    passphrase: WrappedKey;
    recovery: WrappedKey;
  };
  const wrapping = await deriveWrappingKey(Buffer.from(passphrase, 'utf8'), file.passphrase.kdf);
  const key = unwrapKey(file.passphrase, wrapping);
  if (!key) throw new Error('downgradeToLegacy: wrong passphrase');
  const dbPath = join(dir, 'vault.db');
  const legacyPath = join(dir, 'legacy.db');
  const scratchPath = join(dir, 'legacy-scratch.db');
  // VACUUM INTO gives the new file the main database's cipher: an empty SQLCipher scratch
  // file is the main database, the AEGIS vault is attached as the source.
  const db = new Database(scratchPath);
  try {
    keyAsSqlcipher(db, key);
    db.pragma(`cipher = 'aegis'`);
    db.prepare('ATTACH ? AS source KEY ?').run(dbPath, rawKey(key));
    db.prepare('VACUUM source INTO ?').run(legacyPath);
  } finally {
    db.close();
  }
  const legacy = new Database(legacyPath);
  try {
    keyAsSqlcipher(legacy, key);
    legacy.pragma('journal_mode = WAL');
    if (legacy.pragma('integrity_check', { simple: true }) !== 'ok')
      throw new Error('legacy copy is damaged');
  } finally {
    legacy.close();
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  rmSync(scratchPath, { force: true });
  rmSync(join(dir, 'vault.state'), { force: true });
  renameSync(legacyPath, dbPath);
  writeVersion1KeyFile(dir, file.createdAt, file.passphrase, file.recovery);
  key.fill(0);
}

export interface LegacyVault {
  recoveryKey: string;
  caseId: string;
  noteIds: string[];
}

/**
 * A vault as the previous version created it, from nothing: the notes are in one case, and
 * with `leaveWal` the last of them are only in the write-ahead log (as after a crash).
 */
export async function writeLegacyVault(
  dir: string,
  options: {
    passphrase?: string;
    notes?: readonly string[];
    leaveWal?: boolean;
    /** The bench passes the production cost; tests keep the low one. */
    scryptCost?: { N: number; r: number; p: number };
    /** The schema the old version had (all of this version's migrations when not given). */
    schemaVersion?: number;
  } = {},
): Promise<LegacyVault> {
  const dataKey = newDataKey();
  const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES);
  const passphraseKdf = newScryptParams(options.scryptCost ?? TEST_SCRYPT);
  const recoveryKdf = newHkdfParams();
  const passphraseWrap = await deriveWrappingKey(
    Buffer.from(options.passphrase ?? TEST_PASSPHRASE, 'utf8'),
    passphraseKdf,
  );
  const recoveryWrap = await deriveWrappingKey(recoveryBytes, recoveryKdf);
  const db = new Database(join(dir, 'vault.db'));
  const caseId = randomUUID();
  const noteIds: string[] = [];
  keyAsSqlcipher(db, dataKey);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  migrate(
    db,
    migrations.filter((m) => m.version <= (options.schemaVersion ?? Infinity)),
  );
  const at = '2025-11-03T10:00:00.000Z';
  db.prepare(
    `INSERT INTO cases (id, reference, title, process_type, setting, created_at, updated_at, last_activity_at)
     VALUES (?, 'RW-0001', 'Case made by the previous version', 'circle', 'other', ?, ?, ?)`,
  ).run(caseId, at, at, at);
  const insert = db.prepare(
    'INSERT INTO notes (id, case_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const bodies = options.notes ?? [];
  // Without leaveWal everything is checkpointed into the main file, as after a clean close.
  const inMainFile = options.leaveWal ? Math.floor(bodies.length / 2) : bodies.length;
  const insertAll = db.transaction((from: number, to: number) => {
    for (let index = from; index < to; index += 1) {
      const id = randomUUID();
      noteIds.push(id);
      insert.run(id, caseId, bodies[index], at, at);
    }
  });
  insertAll(0, inMainFile);
  db.pragma('wal_checkpoint(TRUNCATE)');
  // One transaction per note for the part left in the log, as autosaves write them.
  for (let index = inMainFile; index < bodies.length; index += 1) insertAll(index, index + 1);
  if (options.leaveWal) {
    // Keep the log as a crashed process leaves it: copy the files while the connection is open.
    const image = ['', '-wal'].map(
      (suffix) => [suffix, readFileSync(join(dir, `vault.db${suffix}`))] as const,
    );
    db.close();
    for (const [suffix, bytes] of image) writeFileSync(join(dir, `vault.db${suffix}`), bytes);
    rmSync(join(dir, 'vault.db-shm'), { force: true });
  } else {
    db.close();
  }
  writeVersion1KeyFile(
    dir,
    at,
    wrapKey(dataKey, passphraseWrap, passphraseKdf),
    wrapKey(dataKey, recoveryWrap, recoveryKdf),
  );
  dataKey.fill(0);
  return { recoveryKey: encodeRecoveryKey(recoveryBytes), caseId, noteIds };
}

export function isLegacyKeyFile(dir: string): boolean {
  return (
    existsSync(join(dir, 'vault.key')) && !readFileSync(join(dir, 'vault.key'), 'utf8').includes('"database"')
  );
}

/**
 * Reads every note of the one vault in `dir` straight from disk, with test code only: the
 * key file's record (or its absence, version 1) says which file is the database and how it
 * is encrypted. Used after a kill to show the folder holds exactly one readable vault before
 * the app has touched it.
 */
export async function readNotesFromDisk(
  dir: string,
  passphrase = TEST_PASSPHRASE,
): Promise<{ format: 'aegis' | 'sqlcipher'; file: string; notes: Map<string, string> }> {
  const file = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as {
    database?: { cipher: 'aegis' | 'sqlcipher' };
    passphrase: WrappedKey;
  };
  const format = file.database?.cipher ?? 'sqlcipher';
  const wrapping = await deriveWrappingKey(Buffer.from(passphrase, 'utf8'), file.passphrase.kdf);
  const key = unwrapKey(file.passphrase, wrapping);
  if (!key) throw new Error('readNotesFromDisk: wrong passphrase');
  // After the commit a verified copy not yet renamed is the database; before it, vault.db is.
  const updating = join(dir, 'vault.db.updating');
  const name = format === 'aegis' && existsSync(updating) ? 'vault.db.updating' : 'vault.db';
  const path = join(dir, name);
  // A read-only connection leaves an empty -wal and a -shm behind: remove the ones it made.
  const made = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix));
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    if (format === 'sqlcipher') keyAsSqlcipher(db, key);
    else {
      db.pragma(`cipher = 'aegis'`);
      db.key(rawKey(key));
    }
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error(`${name} is damaged`);
    const rows = db.prepare('SELECT id, body FROM notes').all() as { id: string; body: string }[];
    return { format, file: name, notes: new Map(rows.map((row) => [row.id, row.body])) };
  } finally {
    db.close();
    key.fill(0);
    for (const suffix of made) rmSync(path + suffix, { force: true });
  }
}

/** Runs `change` on the old-format database in `dir`, keyed by test code (e.g. to bump its schema). */
export async function withLegacyDatabase(
  dir: string,
  change: (db: Db) => void,
  passphrase = TEST_PASSPHRASE,
): Promise<void> {
  const file = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as { passphrase: WrappedKey };
  const key = unwrapKey(
    file.passphrase,
    await deriveWrappingKey(Buffer.from(passphrase), file.passphrase.kdf),
  );
  if (!key) throw new Error('withLegacyDatabase: wrong passphrase');
  const db = new Database(join(dir, 'vault.db'));
  try {
    keyAsSqlcipher(db, key);
    change(db);
  } finally {
    db.close();
    key.fill(0);
  }
}
