/**
 * Moving a vault from SQLCipher to AEGIS, once, on unlock. Measured (npm run bench -- vault):
 * building the new file beside the old one and swapping is faster than rekeying in place
 * (which this library does as an in-place VACUUM with a rollback journal, after leaving WAL),
 * and only it has a single commit point that a crash cannot split. So:
 *
 *   1. `vault.db.updating` is written from vault.db by VACUUM INTO in a worker (the old
 *      file and its WAL are only read), made WAL, fsynced, then verified on its own
 *      read-only connection: exact AEGIS header, integrity_check ok, the same row count in
 *      every table as the old file.
 *   2. Commit: the key file is replaced atomically with one whose record says aegis.
 *   3. Swap: the old file's -wal and -shm are removed and vault.db.updating is renamed over
 *      vault.db. Only now is the old file gone, and only because the new one was verified.
 *
 * A kill at any moment leaves one readable vault: before the commit the key file still says
 * sqlcipher and a leftover .updating file is an unverified copy, removed; after it, the key
 * file says aegis and a leftover .updating file is the verified database, swapped in. Either
 * way `settleInterruptedUpdate` runs before anything opens the database. Peak extra disk: one
 * copy of the database.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDirectory } from './atomic-file';
import { PLAIN_HEADER_BYTES, aegisRecord, type CipherRecord } from './cipher-record';
import { verifyCopy } from './copy-verify';
import { DATABASE_FILE_SUFFIXES, DatabaseOpenError, assertOpenable, type OpenOptions } from './database';
import { readFileStart } from './file-header';
import { readKeyFile, writeKeyFile } from './key-file';
import { startConversion, WorkerTaskError } from './vault-worker';

export const UPDATING_SUFFIX = '.updating';
const SCRATCH_SUFFIX = '.updating-scratch';

/** Test seam for the kill -9 proofs: called as each step is done. */
export type StorageUpdateStep = 'copied' | 'verified' | 'committed' | 'swapped';
export interface StorageUpdateHooks {
  reached?(step: StorageUpdateStep): void;
}

export interface StorageUpdateContext extends OpenOptions {
  dbPath: string;
  keyPath: string;
  hooks?: StorageUpdateHooks | undefined;
}

/** The copy was not what it should be; the old vault is untouched and still opens. */
export class StorageUpdateError extends Error {}

function removeDatabaseFiles(path: string): void {
  for (const suffix of [...DATABASE_FILE_SUFFIXES, '-journal']) rmSync(path + suffix, { force: true });
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Step 3, also used to finish a swap a crash interrupted. */
function swapIn(dbPath: string): void {
  const updating = dbPath + UPDATING_SUFFIX;
  // The old file's log must go before the rename: SQLite would replay it into the new file.
  rmSync(`${dbPath}-wal`, { force: true });
  rmSync(`${dbPath}-shm`, { force: true });
  rmSync(`${updating}-shm`, { force: true });
  if (existsSync(`${updating}-wal`)) renameSync(`${updating}-wal`, `${dbPath}-wal`);
  renameSync(updating, dbPath);
  fsyncDirectory(dirname(dbPath));
}

/** Resolves what a crash during an update left, by the key file's record alone. */
export function settleInterruptedUpdate(dbPath: string, record: CipherRecord): void {
  rmSync(dbPath + SCRATCH_SUFFIX, { force: true });
  if (!existsSync(dbPath + UPDATING_SUFFIX)) return;
  if (record.cipher === 'aegis') swapIn(dbPath);
  else removeDatabaseFiles(dbPath + UPDATING_SUFFIX);
}

/** The record of a converted file: AEGIS, with the reserved bytes the conversion kept. */
function convertedRecord(path: string): CipherRecord {
  const start = readFileStart(path, PLAIN_HEADER_BYTES);
  if (start.length < PLAIN_HEADER_BYTES) throw new StorageUpdateError('The new file has no header.');
  const reserve = start[20]!;
  return aegisRecord(reserve);
}

/** Step 1's copy, in a worker; returns the old file's row counts, read in the same pass. */
async function convert(context: StorageUpdateContext, record: CipherRecord, dataKey: Buffer) {
  const { dbPath } = context;
  const files = { source: dbPath, target: dbPath + UPDATING_SUFFIX, scratch: dbPath + SCRATCH_SUFFIX };
  try {
    const task = startConversion(files, { source: record, target: aegisRecord() }, dataKey, context);
    return (await task.result).counts;
  } catch (error) {
    // The old file could not be read through: it is damaged, like any unreadable vault.
    const code = error instanceof WorkerTaskError ? error.code : null;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      throw new DatabaseOpenError('unreadable', 'The database file cannot be read.');
    }
    throw error;
  }
}

/**
 * Updates the vault at `dbPath` from the legacy `record` to AEGIS and returns the new record.
 * A damaged or newer old file is reported as DatabaseOpenError (nothing written); a copy that
 * fails verification as StorageUpdateError (copy removed, old file and key file untouched).
 */
export async function updateStorage(
  context: StorageUpdateContext,
  record: CipherRecord,
  dataKey: Buffer,
): Promise<CipherRecord> {
  const { dbPath, keyPath } = context;
  const updating = dbPath + UPDATING_SUFFIX;
  const scratch = dbPath + SCRATCH_SUFFIX;
  assertOpenable(dbPath, dataKey, record, context);

  let target: CipherRecord;
  try {
    const sourceCounts = await convert(context, record, dataKey);
    target = convertedRecord(updating);
    fsyncFile(updating);
    fsyncDirectory(dirname(dbPath));
    context.hooks?.reached?.('copied');

    if ((await verifyCopy(updating, target, dataKey, sourceCounts, context)) !== 'verified') {
      throw new StorageUpdateError('The new file did not verify.');
    }
  } catch (error) {
    removeDatabaseFiles(updating);
    rmSync(scratch, { force: true });
    if (error instanceof DatabaseOpenError || error instanceof StorageUpdateError) throw error;
    throw new StorageUpdateError('The storage update failed.');
  }
  rmSync(scratch, { force: true });
  context.hooks?.reached?.('verified');

  writeKeyFile(keyPath, { ...readKeyFile(keyPath), database: target });
  context.hooks?.reached?.('committed');
  swapIn(dbPath);
  context.hooks?.reached?.('swapped');
  return target;
}
