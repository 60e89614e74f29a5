/**
 * How one encrypted SQLite file is encrypted: the cipher and its parameters, recorded beside
 * the wrapped keys (in the key file today, in a backup file later) so that opening a file is
 * a lookup, never a guess. Every connection to an encrypted file is keyed here.
 *
 * - `aegis` (current): SQLite3 Multiple Ciphers' AEGIS-256, an authenticated cipher. Each page
 *   has its own random nonce and a tag bound to its page number, so a changed, swapped or
 *   truncated page reads as damage (SQLITE_CORRUPT), never as other data. Keyed with the raw
 *   256-bit data key: no second KDF on every open.
 * - `sqlcipher` (version 1 key files): SQLCipher 4 (AES-256-CBC + HMAC-SHA512 per page). Still
 *   read, only to be migrated to `aegis` once.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { Db } from './sqlite';

export const PAGE_SIZE = 4096;
/** Bytes AEGIS-256 needs at the end of each page: a 32-byte nonce and a 32-byte tag. */
export const AEGIS_RESERVE_BYTES = 64;
/** Bytes 16..23 of an SQLite header sit outside the cipher; offset 24 is where it starts. */
export const PLAIN_HEADER_BYTES = 24;
const SALT_BYTES = 16;
const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');

export const cipherRecordSchema = z.discriminatedUnion('cipher', [
  z.object({
    cipher: z.literal('aegis'),
    algorithm: z.literal('aegis-256'),
    pageSize: z.literal(PAGE_SIZE),
    /** 64 for a file made as AEGIS; a file converted from SQLCipher keeps SQLCipher's 80. */
    reserveBytes: z.number().int().min(AEGIS_RESERVE_BYTES).max(255),
    /** The raw data key, no KDF; the header salt is HMAC-SHA256(data key, label), first 16 bytes. */
    key: z.literal('raw-data-key'),
    headerSalt: z.literal('hmac-sha256'),
  }),
  z.object({
    cipher: z.literal('sqlcipher'),
    legacy: z.literal(4),
    pageSize: z.literal(PAGE_SIZE),
    key: z.literal('raw-data-key'),
  }),
]);
export type CipherRecord = z.infer<typeof cipherRecordSchema>;
export type AegisRecord = Extract<CipherRecord, { cipher: 'aegis' }>;

export function aegisRecord(reserveBytes = AEGIS_RESERVE_BYTES): AegisRecord {
  return {
    cipher: 'aegis',
    algorithm: 'aegis-256',
    pageSize: PAGE_SIZE,
    reserveBytes,
    key: 'raw-data-key',
    headerSalt: 'hmac-sha256',
  };
}

/** What a version 1 key file implies: every vault made before the aegis format. */
export const SQLCIPHER_V4_RECORD: CipherRecord = {
  cipher: 'sqlcipher',
  legacy: 4,
  pageSize: PAGE_SIZE,
  key: 'raw-data-key',
};

/** True for a record this version still reads but no longer writes. */
export function isLegacy(record: CipherRecord): boolean {
  return record.cipher !== 'aegis';
}

/**
 * The pragmas that choose the cipher for the next key given on a connection (the main
 * database, or a database attached after them). Plain data, so a worker thread can apply
 * them without a second copy of this logic.
 */
export function cipherPragmas(record: CipherRecord): string[] {
  return record.cipher === 'aegis'
    ? [`cipher = 'aegis'`, `algorithm = '${record.algorithm}'`]
    : [`cipher = 'sqlcipher'`, `legacy = ${record.legacy}`];
}

/**
 * The first 16 bytes of an AEGIS file: SQLite3 Multiple Ciphers keeps a salt there in clear
 * that a raw key never uses. Deriving it from the data key makes those bytes checkable too,
 * so a changed header byte is found like any other damage.
 */
export function headerSalt(dataKey: Buffer): Buffer {
  return createHmac('sha256', dataKey)
    .update('restorative-workbench/vault-header-salt')
    .digest()
    .subarray(0, SALT_BYTES);
}

/**
 * The key as SQLite3 Multiple Ciphers takes a raw key: x'<64 hex digits>' (plus the salt for
 * an AEGIS file, which sets it when the file is created and is ignored after). Built in a
 * Buffer so the caller can zero it, unlike a JS string.
 */
export function rawKeyText(record: CipherRecord, dataKey: Buffer): Buffer {
  const bytes = record.cipher === 'aegis' ? Buffer.concat([dataKey, headerSalt(dataKey)]) : dataKey;
  const text = Buffer.alloc(3 + bytes.length * 2);
  text.write("x'", 0, 'latin1');
  // Hex digits written byte by byte: key.toString('hex') would leave the key in a JS string.
  for (let i = 0; i < bytes.length; i += 1) {
    text[2 + i * 2] = HEX_DIGITS[bytes[i]! >> 4]!;
    text[3 + i * 2] = HEX_DIGITS[bytes[i]! & 0x0f]!;
  }
  text.write("'", text.length - 1, 'latin1');
  if (bytes !== dataKey) bytes.fill(0);
  return text;
}

/** Keys a fresh connection: cipher pragmas first, then the raw key (zeroed straight after). */
export function keyConnection(db: Db, record: CipherRecord, dataKey: Buffer): void {
  for (const pragma of cipherPragmas(record)) db.pragma(pragma);
  const key = rawKeyText(record, dataKey);
  try {
    db.key(key);
  } finally {
    key.fill(0);
  }
}

/**
 * The 24 bytes an intact AEGIS vault file starts with: the derived salt, then the page size,
 * WAL read and write versions (2, 2), the reserved bytes and SQLite's fixed payload
 * fractions (64, 32, 32). Null for SQLCipher, whose header is encrypted after the salt.
 */
export function expectedHeader(record: CipherRecord, dataKey: Buffer): Buffer | null {
  if (record.cipher !== 'aegis') return null;
  const header = Buffer.alloc(PLAIN_HEADER_BYTES);
  headerSalt(dataKey).copy(header, 0);
  header.writeUInt16BE(record.pageSize, 16);
  header.set([2, 2, record.reserveBytes, 64, 32, 32], 18);
  return header;
}
