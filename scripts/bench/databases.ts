/**
 * The sides of the vault comparison. The encrypted sides are the production code path
 * (openEncryptedDatabase: keying from a cipher record, pragmas, migrations): `aegis`, the
 * format of every vault now, and `sqlcipher`, the format before it (kept so the gain stays
 * visible). The plain side is the same driver with no key, given the pragmas read back from
 * a real encrypted connection and the same migrations, so encryption is the only difference.
 * All are checked against each other after opening, so a pragma added to production later
 * cannot silently make the comparison unfair.
 */
import { readFileStart } from '../../src/main/vault/file-header';
import { join } from 'node:path';
import { SQLCIPHER_V4_RECORD, aegisRecord, type CipherRecord } from '../../src/main/vault/cipher-record';
import { newDataKey } from '../../src/main/vault/crypto';
import { openEncryptedDatabase } from '../../src/main/vault/database';
import { SQLITE_PLAINTEXT_HEADER } from '../../src/main/vault/file-header';
import { migrate } from '../../src/main/vault/migrations';
import { Database, type Db } from '../../src/main/vault/sqlite';

/** Settable pragmas copied to the plain side, in an order SQLite accepts (page size first). */
const MIRRORED = [
  'page_size',
  'auto_vacuum',
  'journal_mode',
  'synchronous',
  'foreign_keys',
  'temp_store',
  'mmap_size',
  'cache_size',
  'wal_autocheckpoint',
] as const;

/**
 * Compared after opening; read-only or derived ones included. Not secure_delete: the cipher
 * library switches it on when a key is set, so it comes with encryption (and costs nothing
 * measurable here: this workload frees no pages).
 */
const COMPARED = [...MIRRORED, 'encoding', 'locking_mode', 'user_version'] as const;

export type PragmaProfile = Record<string, string | number>;

export function readProfile(db: Db, names: readonly string[] = COMPARED): PragmaProfile {
  const profile: PragmaProfile = {};
  for (const name of names) profile[name] = db.pragma(name, { simple: true }) as string | number;
  return profile;
}

/** The pragmas production gives an encrypted vault, read from a throwaway one. */
export function productionProfile(dir: string): PragmaProfile {
  const db = openEncryptedDatabase(join(dir, 'profile.db'), newDataKey());
  try {
    return readProfile(db, MIRRORED);
  } finally {
    db.close();
  }
}

export function openPlainDatabase(path: string, profile: PragmaProfile): Db {
  const db = new Database(path);
  try {
    for (const name of MIRRORED) db.pragma(`${name} = ${String(profile[name])}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export type EncryptedSide = 'aegis' | 'sqlcipher';

export const SIDE_RECORDS: Record<EncryptedSide, CipherRecord> = {
  aegis: aegisRecord(),
  sqlcipher: SQLCIPHER_V4_RECORD,
};

/** Opens a new vault database in the side's format with a fresh key (zeroed straight after). */
export function openVaultDatabase(path: string, side: EncryptedSide = 'aegis'): Db {
  const key = newDataKey();
  try {
    return openEncryptedDatabase(path, key, SIDE_RECORDS[side]);
  } finally {
    key.fill(0);
  }
}

export function assertSameProfile(plain: PragmaProfile, encrypted: PragmaProfile): void {
  const differences = Object.keys(encrypted).filter((name) => plain[name] !== encrypted[name]);
  if (differences.length > 0) {
    const detail = differences.map((n) => `${n}: plain=${plain[n]} encrypted=${encrypted[n]}`).join(', ');
    throw new Error(`The plain and encrypted databases are not configured alike (${detail}).`);
  }
}

/** Guards against a comparison of plain with plain (or a vault that is not encrypted). */
export function assertEncryption(path: string, expectEncrypted: boolean): void {
  const head = readFileStart(path, 16).toString('latin1');
  const plaintext = head === SQLITE_PLAINTEXT_HEADER;
  if (plaintext === expectEncrypted) {
    throw new Error(
      `${path} is ${plaintext ? 'plaintext' : 'not a plain SQLite file'}, expected the opposite.`,
    );
  }
}
