/**
 * The key file: the data key wrapped twice (by the passphrase and by the recovery key), with
 * the KDF parameters beside each so they can be raised later, and since version 2 the record
 * of how the database is encrypted. It holds nothing readable without a secret, so the app
 * may read it while locked (to say that the next unlock will update the storage format).
 * Written atomically.
 *
 * `SealedDatabase` (record + both wraps) is the part a backup file can carry unchanged for
 * the snapshot it holds: whatever opens a vault can open the backup the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic, type AtomicWriteHooks } from './atomic-file';
import { SQLCIPHER_V4_RECORD, cipherRecordSchema, type CipherRecord } from './cipher-record';
import type { WrappedKey } from './crypto';

export const KEY_FILE_FORMAT = 'restorative-workbench/key-file';
/** 1: SQLCipher 4 database, no record. 2: the database's cipher record beside the wraps. */
export const KEY_FILE_VERSION = 2;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const kdfSchema = z.discriminatedUnion('name', [
  z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
  }),
  z.object({ name: z.literal('hkdf-sha256'), salt: base64 }),
]);
const wrappedSchema = z.object({ kdf: kdfSchema, iv: base64, tag: base64, ciphertext: base64 });

export const sealedDatabaseSchema = z.object({
  database: cipherRecordSchema,
  passphrase: wrappedSchema,
  recovery: wrappedSchema,
});
export interface SealedDatabase {
  database: CipherRecord;
  passphrase: WrappedKey;
  recovery: WrappedKey;
}

const header = { format: z.literal(KEY_FILE_FORMAT), createdAt: z.string() };
const version1 = z.object({
  ...header,
  version: z.literal(1),
  passphrase: wrappedSchema,
  recovery: wrappedSchema,
});
const version2 = z.object({ ...header, version: z.literal(2), ...sealedDatabaseSchema.shape });
const keyFileSchema = z.discriminatedUnion('version', [version1, version2]);

/** A key file of either version, as this version of the app understands it. */
export interface KeyFile extends SealedDatabase {
  version: 1 | 2;
  createdAt: string;
}

export class KeyFileError extends Error {}

export function keyFileExists(path: string): boolean {
  return existsSync(path);
}

export function readKeyFile(path: string): KeyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new KeyFileError('The key file cannot be read.');
  }
  const result = keyFileSchema.safeParse(parsed);
  if (!result.success) throw new KeyFileError('The key file is not in a format this app knows.');
  const file = result.data;
  // A version 1 file predates the record: every such vault was made as SQLCipher 4.
  const database = file.version === 1 ? SQLCIPHER_V4_RECORD : file.database;
  return {
    version: file.version,
    createdAt: file.createdAt,
    database,
    passphrase: file.passphrase,
    recovery: file.recovery,
  };
}

/** Always writes the current version; the caller passes the record of the database as it is. */
export function writeKeyFile(
  path: string,
  content: { createdAt: string } & SealedDatabase,
  hooks?: AtomicWriteHooks,
): void {
  const file = {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    createdAt: content.createdAt,
    database: content.database,
    passphrase: content.passphrase,
    recovery: content.recovery,
  };
  writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, hooks);
}
