/**
 * From a data key to an open database, whatever state the folder is in: an update a crash
 * interrupted is settled first, a vault in the old format is updated, and a file that cannot
 * be read is kept aside (never deleted) while a fresh one is started in the current format.
 */
import { existsSync } from 'node:fs';
import type { VaultState } from '../../shared/contract';
import type { AtomicWriteHooks } from './atomic-file';
import { aegisRecord, isLegacy, type CipherRecord } from './cipher-record';
import { DatabaseOpenError, moveAside, openEncryptedDatabase, type OpenOptions } from './database';
import { readKeyFile, writeKeyFile } from './key-file';
import type { Db } from './sqlite';
import {
  StorageUpdateError,
  settleInterruptedUpdate,
  updateStorage,
  type StorageUpdateHooks,
} from './storage-update';

export type VaultProblem = NonNullable<VaultState['problem']>;

export interface OpenContext extends OpenOptions {
  dbPath: string;
  keyPath: string;
  now: () => number;
  updateHooks?: StorageUpdateHooks | undefined;
  keyFileHooks?: AtomicWriteHooks | undefined;
}

export interface OpenedDatabase {
  db: Db;
  record: CipherRecord;
  /** What is known of the whole file: just verified (an update), empty (fresh), or nothing. */
  checked: 'verified' | 'empty' | 'unknown';
  problem?: VaultProblem;
}

/** How the damaged file was found: when opening it, or by the full check after unlock. */
export type DamageFound = 'opening' | 'check';

function damagedMessage(movedTo: string, found: DamageFound): string {
  const name = movedTo.split(/[\\/]/).pop();
  const what =
    found === 'opening'
      ? 'The case database could not be read'
      : 'A check of the case database after unlocking found damage';
  return `${what}, so it was kept as ${name} in the vault folder and a new, empty one was started. Nothing was deleted.`;
}

/** Puts `record` in the key file (read afresh, so a passphrase just changed is kept). */
function recordInKeyFile(context: OpenContext, record: CipherRecord): void {
  const current = readKeyFile(context.keyPath);
  if (JSON.stringify(current.database) === JSON.stringify(record)) return;
  writeKeyFile(context.keyPath, { ...current, database: record }, context.keyFileHooks);
}

/**
 * Keeps the unreadable database aside and starts an empty one in the current format. The key
 * file's record is written before the new file exists: a crash in between leaves no database
 * file, which the next unlock starts afresh.
 */
export function startAfresh(context: OpenContext, dataKey: Buffer, found: DamageFound): OpenedDatabase {
  const movedTo = moveAside(context.dbPath, new Date(context.now()));
  const record = aegisRecord();
  recordInKeyFile(context, record);
  return {
    db: openEncryptedDatabase(context.dbPath, dataKey, record, context),
    record,
    checked: 'empty',
    problem: { code: 'corrupt_vault', message: damagedMessage(movedTo, found) },
  };
}

/** Opens the vault's database; a newer schema is refused (DatabaseOpenError) without writing. */
export async function openVaultDatabase(
  context: OpenContext,
  dataKey: Buffer,
  record: CipherRecord,
): Promise<OpenedDatabase> {
  settleInterruptedUpdate(context.dbPath, record);
  try {
    let current = record;
    let checked: OpenedDatabase['checked'] = 'unknown';
    if (isLegacy(record) && !existsSync(context.dbPath)) {
      current = aegisRecord();
      recordInKeyFile(context, current);
      checked = 'empty';
    } else if (isLegacy(record)) {
      try {
        current = await updateStorage({ ...context, hooks: context.updateHooks }, record, dataKey);
        checked = 'verified';
      } catch (error) {
        // The copy did not verify: nothing was changed, so keep working in the old format
        // this time; the next unlock tries again.
        if (!(error instanceof StorageUpdateError)) throw error;
      }
    }
    return { db: openEncryptedDatabase(context.dbPath, dataKey, current, context), record: current, checked };
  } catch (error) {
    if (!(error instanceof DatabaseOpenError) || error.kind === 'newer_schema') throw error;
    return startAfresh(context, dataKey, 'opening');
  }
}
