/**
 * The backup file: one file per backup, authenticated end to end. Readable in clear are only
 * a format marker and what is needed to derive the wrapping keys; everything else is sealed
 * with keys derived from the vault's data key and a salt of this file's own.
 *
 *   "RWBACKUP" | u16 format version | u32 n | header (n bytes of JSON):
 *       the passphrase and recovery-key wraps of the data key, each with its KDF parameters
 *       (as they were when the backup was made), and the file's salt
 *   u32 m | manifest (m bytes): AES-256-GCM of the manifest JSON (app and schema version,
 *       the cipher record of the snapshot, when it was made, row counts), the bytes before it
 *       as associated data
 *   SHA-256 of everything above (a changed byte there is "damaged" before any secret is typed)
 *   snapshot chunks: the database file as it was at one moment (its pages still encrypted
 *       as the vault's are), in 1 MiB pieces, each AES-256-GCM with its index and a "last"
 *       flag in the nonce and the checksum above as associated data (no piece can be
 *       changed, moved, dropped or borrowed from another file)
 *   "RWBKEND1"
 *
 * The record and the two wraps are the vault's SealedDatabase, split: the wraps in clear
 * (they are useless without a secret), the record inside the manifest.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import { cipherRecordSchema } from '../cipher-record';
import type { WrappedKey } from '../crypto';
import { sealedDatabaseSchema } from '../key-file';

export const BACKUP_EXTENSION = 'rwbackup';
export const MAGIC = Buffer.from('RWBACKUP', 'latin1');
export const END_MARKER = Buffer.from('RWBKEND1', 'latin1');
export const FORMAT_VERSION = 1;
export const CHUNK_BYTES = 1 << 20;
export const TAG_BYTES = 16;
const CHECKSUM_BYTES = 32;
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_MANIFEST_BYTES = 256 * 1024;
const MANIFEST_FORMAT = 'restorative-workbench/backup-manifest';

const headerSchema = z.object({
  passphrase: sealedDatabaseSchema.shape.passphrase,
  recovery: sealedDatabaseSchema.shape.recovery,
  salt: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
});
export type BackupHeader = z.infer<typeof headerSchema>;

const countSchema = z.number().int().min(0);
export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  app: z.object({ name: z.string(), version: z.string() }),
  schemaVersion: z.number().int().min(0),
  database: cipherRecordSchema,
  createdAt: z.string(),
  snapshotBytes: z.number().int().min(1),
  chunkBytes: z.literal(CHUNK_BYTES),
  tables: z.record(z.string(), countSchema),
  summary: z.object({ cases: countSchema, people: countSchema }),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** Why a file cannot be read as a backup, before or after a secret is given. */
export type BackupFileProblem = 'empty' | 'not-a-backup' | 'newer-format' | 'incomplete' | 'damaged';

export class BackupFileError extends Error {
  constructor(readonly problem: BackupFileProblem) {
    super(`The backup file cannot be read (${problem}).`);
  }
}

/** The two keys of one file: the manifest's and the snapshot's, from the data key and its salt. */
export interface BackupKeys {
  manifest: Buffer;
  snapshot: Buffer;
  zero(): void;
}

export function deriveBackupKeys(dataKey: Buffer, salt: string): BackupKeys {
  const saltBytes = Buffer.from(salt, 'base64');
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', dataKey, saltBytes, `restorative-workbench/backup v1 ${purpose}`, 32));
  const keys = { manifest: derive('manifest'), snapshot: derive('snapshot') };
  return {
    ...keys,
    zero: () => {
      keys.manifest.fill(0);
      keys.snapshot.fill(0);
    },
  };
}

export function newBackupSalt(): string {
  return randomBytes(32).toString('base64');
}

/** The number of sealed pieces a snapshot of `bytes` is cut into. */
export function chunkCount(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / CHUNK_BYTES));
}

/** What the whole file must measure, once the manifest says how big the snapshot is. */
export function expectedFileBytes(prefixBytes: number, snapshotBytes: number): number {
  return prefixBytes + snapshotBytes + chunkCount(snapshotBytes) * TAG_BYTES + END_MARKER.length;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** Everything before the snapshot: marker, header, sealed manifest, checksum. */
export interface SealedPrefix {
  bytes: Buffer;
  /** The checksum, which every snapshot piece carries as associated data. */
  checksum: Buffer;
}

export function sealPrefix(header: BackupHeader, manifest: BackupManifest, keys: BackupKeys): SealedPrefix {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const clear = Buffer.concat([MAGIC, u16(FORMAT_VERSION), u32(headerBytes.length), headerBytes]);
  const plain = Buffer.from(JSON.stringify(manifest), 'utf8');
  const cipher = createCipheriv('aes-256-gcm', keys.manifest, Buffer.alloc(12));
  const lengthField = u32(plain.length + TAG_BYTES);
  cipher.setAAD(Buffer.concat([clear, lengthField]));
  const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  const body = Buffer.concat([clear, lengthField, sealed]);
  const checksum = createHash('sha256').update(body).digest();
  return { bytes: Buffer.concat([body, checksum]), checksum };
}

/** What can be read of a backup without a secret. */
export interface OpenedPrefix {
  header: BackupHeader;
  /** Bytes before the snapshot. */
  prefixBytes: number;
  checksum: Buffer;
  fileBytes: number;
  /** The header and length field, the manifest's associated data. */
  associated: Buffer;
  sealedManifest: Buffer;
}

function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, buffer, filled, length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return buffer.subarray(0, filled);
}

/**
 * Reads and checks the clear part of a backup: marker, version, checksum, end marker. Every
 * version keeps this prefix layout, so the checksum is checked before the version is
 * believed: a changed version byte is damage, not a newer backup. When the prefix cannot be
 * read, the end marker tells a cut-off file ("incomplete") from a changed one ("damaged").
 * Throws BackupFileError; reads the first few kilobytes and the last 8 bytes only.
 */
export function readPrefix(path: string): OpenedPrefix {
  const fd = openSync(path, 'r');
  try {
    const fileBytes = fstatSync(fd).size;
    if (fileBytes === 0) throw new BackupFileError('empty');
    const endIntact =
      fileBytes >= MAGIC.length + END_MARKER.length &&
      readAt(fd, END_MARKER.length, fileBytes - END_MARKER.length).equals(END_MARKER);
    const broken = () => new BackupFileError(endIntact ? 'damaged' : 'incomplete');
    const start = readAt(fd, 14, 0);
    if (start.length < MAGIC.length || !start.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new BackupFileError(endIntact ? 'damaged' : 'not-a-backup');
    }
    if (start.length < 14) throw broken();
    const headerLength = start.readUInt32BE(10);
    if (headerLength > MAX_HEADER_BYTES) throw broken();
    const clearAndLength = readAt(fd, 18 + headerLength, 0);
    if (clearAndLength.length < 18 + headerLength) throw broken();
    const manifestLength = clearAndLength.readUInt32BE(14 + headerLength);
    if (manifestLength > MAX_MANIFEST_BYTES || manifestLength <= TAG_BYTES) throw broken();
    const bodyLength = 18 + headerLength + manifestLength;
    const body = readAt(fd, bodyLength + CHECKSUM_BYTES, 0);
    if (body.length < bodyLength + CHECKSUM_BYTES) throw broken();
    const checksum = body.subarray(bodyLength);
    if (!createHash('sha256').update(body.subarray(0, bodyLength)).digest().equals(checksum)) throw broken();
    const version = start.readUInt16BE(8);
    if (version > FORMAT_VERSION) throw new BackupFileError('newer-format');
    if (version !== FORMAT_VERSION) throw new BackupFileError('damaged');
    if (!endIntact) throw new BackupFileError('incomplete');
    let header: BackupHeader;
    try {
      header = headerSchema.parse(JSON.parse(body.subarray(14, 14 + headerLength).toString('utf8')));
    } catch {
      throw new BackupFileError('damaged');
    }
    return {
      header,
      prefixBytes: bodyLength + CHECKSUM_BYTES,
      checksum: Buffer.from(checksum),
      fileBytes,
      associated: Buffer.from(body.subarray(0, 18 + headerLength)),
      sealedManifest: Buffer.from(body.subarray(18 + headerLength, bodyLength)),
    };
  } finally {
    closeSync(fd);
  }
}

/**
 * The manifest, if `dataKey` is this backup's key; null if it is not (a wrong secret cannot
 * get here: its unwrap fails first; so null means the backup is of another vault). Throws
 * BackupFileError when the manifest opens but the file's size does not match it.
 */
export function openManifest(prefix: OpenedPrefix, dataKey: Buffer): BackupManifest | null {
  const keys = deriveBackupKeys(dataKey, prefix.header.salt);
  let plain: Buffer;
  try {
    const sealed = prefix.sealedManifest;
    const decipher = createDecipheriv('aes-256-gcm', keys.manifest, Buffer.alloc(12));
    decipher.setAAD(prefix.associated);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  } finally {
    keys.zero();
  }
  let json: unknown = null;
  try {
    json = JSON.parse(plain.toString('utf8'));
  } catch {
    json = null;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    // Sealed by a key that fits, but not in a shape this version knows: a newer manifest.
    throw new BackupFileError('newer-format');
  }
  const expected = expectedFileBytes(prefix.prefixBytes, parsed.data.snapshotBytes);
  if (prefix.fileBytes < expected) throw new BackupFileError('incomplete');
  if (prefix.fileBytes > expected) throw new BackupFileError('damaged');
  return parsed.data;
}

/** The data key's two wraps, as the backup carries them. */
export function wrapsOf(header: BackupHeader): { passphrase: WrappedKey; recovery: WrappedKey } {
  return { passphrase: header.passphrase, recovery: header.recovery };
}
