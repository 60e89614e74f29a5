/**
 * Writing one backup into one folder, so that whatever happens (a crash, a pulled USB stick,
 * a full disk, a lock that cannot wait) the folder holds earlier backups intact and no file
 * that looks complete but is not:
 *
 *   1. A worker holds one moment of the vault (vault-worker.ts: the database file alone is
 *      that moment while main goes on saving into the log) and counts every table's rows.
 *   2. `<name>.rwbackup.writing` is created in the folder: the sealed prefix, then (in a
 *      second worker) the file's pages in sealed pieces, fsynced. The moment is let go.
 *   3. The backup is opened in a temporary place (the vault folder, `vault.db.verifying`)
 *      with its own keys, every piece's tag checked, and the database it holds verified:
 *      header, integrity_check, and each table's rows equal to the vault's at that moment.
 *   4. Only then is it renamed `<name>.rwbackup` and the folder fsynced. One that did not
 *      verify is renamed `<name>.rwbackup.failed` and never counted.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { removeGradually, rename, stat, syncFolder, writeNewFile } from './async-files';
import type { CipherRecord } from '../cipher-record';
import type { WrappedKey } from '../crypto';
import {
  startSnapshotHold,
  WorkerTaskError,
  type TableCounts,
  type WorkerEnvironment,
} from '../vault-worker';
import {
  CHUNK_BYTES,
  deriveBackupKeys,
  newBackupSalt,
  sealPrefix,
  type BackupManifest,
} from './backup-format';
import { freshBackupNames, removeStaleWriting } from './backup-files';
import { openBackup, unsealAndVerify } from './backup-open';
import { startSeal } from './backup-stream';

export const APP_NAME = 'Restorative Workbench';
export const VERIFYING_NAME = 'vault.db.verifying';

/** The vault as the backup reads it (the caller keeps and zeroes the key). */
export interface BackupSource {
  dbPath: string;
  record: CipherRecord;
  dataKey: Buffer;
  wraps: { passphrase: WrappedKey; recovery: WrappedKey };
  /** The open vault's checkpoint on its own connection (see startSnapshotHold). */
  checkpoint?: (() => void) | undefined;
}

/** held: the moment is held; written: the file is sealed; opened: it is open in the temporary place. */
export type BackupStep = 'held' | 'written' | 'opened' | 'verified' | 'renamed';

/** Test seams: each step as it is done, and a write that fails as a full disk would. */
export interface BackupHooks {
  reached?(step: BackupStep): void | Promise<void>;
  failAfterBytes?: number;
}

export interface WriteBackupOptions extends WorkerEnvironment {
  folder: string;
  /** Where the backup is opened to be verified: the vault's own folder. */
  scratchDir: string;
  now: Date;
  appVersion: string;
  signal?: AbortSignal | undefined;
  hooks?: BackupHooks | undefined;
}

export interface WrittenBackup {
  path: string;
  name: string;
  bytes: number;
  createdAt: string;
  tables: TableCounts;
  summary: BackupManifest['summary'];
}

export type BackupWriteProblem =
  'folder-missing' | 'read-only' | 'no-space' | 'write-failed' | 'busy' | 'not-verified' | 'stopped';

export class BackupWriteError extends Error {
  constructor(
    readonly problem: BackupWriteProblem,
    /** For 'not-verified': the name the file was kept under. */
    readonly keptAs?: string,
  ) {
    super(`The backup was not written (${problem}).`);
  }
}

function problemOf(code: string | null | undefined): BackupWriteProblem {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'folder-missing';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'no-space';
    case 'SNAPSHOT_BUSY':
      return 'busy';
    case 'STOPPED':
    case 'stopped':
      return 'stopped';
    default:
      return 'write-failed';
  }
}

function asWriteError(error: unknown, signal?: AbortSignal): BackupWriteError {
  if (error instanceof BackupWriteError) return error;
  if (signal?.aborted) return new BackupWriteError('stopped');
  const code =
    error instanceof WorkerTaskError ? error.code : ((error as NodeJS.ErrnoException | null)?.code ?? null);
  return new BackupWriteError(problemOf(code));
}

function assertFolder(folder: string): void {
  try {
    if (!statSync(folder).isDirectory()) throw new BackupWriteError('folder-missing');
  } catch (error) {
    throw asWriteError(error);
  }
}

/** Creates the temp file with the prefix; the pieces are appended by the seal worker. */
async function createWithPrefix(path: string, prefix: Buffer, hooks?: BackupHooks): Promise<void> {
  if (hooks?.failAfterBytes !== undefined && hooks.failAfterBytes < prefix.length) {
    throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
  }
  await writeNewFile(path, prefix);
}

function summaryOf(counts: TableCounts): BackupManifest['summary'] {
  return { cases: counts['cases'] ?? 0, people: counts['people'] ?? 0 };
}

/** Steps 1 and 2: the sealed file at `writing`, fsynced; returns the manifest it carries. */
async function sealSnapshot(
  source: BackupSource,
  writing: string,
  options: WriteBackupOptions,
): Promise<BackupManifest> {
  const hold = startSnapshotHold(source.dbPath, source.record, source.dataKey, {
    nativeBinding: options.nativeBinding,
    checkpoint: source.checkpoint,
  });
  const abandon = () => void hold.stop();
  options.signal?.addEventListener('abort', abandon, { once: true });
  try {
    const held = await hold.held;
    if (options.signal?.aborted) throw new BackupWriteError('stopped');
    await options.hooks?.reached?.('held');
    if (options.signal?.aborted) throw new BackupWriteError('stopped');
    const manifest: BackupManifest = {
      format: 'restorative-workbench/backup-manifest',
      app: { name: APP_NAME, version: options.appVersion },
      schemaVersion: held.schemaVersion,
      database: source.record,
      createdAt: options.now.toISOString(),
      snapshotBytes: held.pageCount * held.pageSize,
      chunkBytes: CHUNK_BYTES,
      tables: held.counts,
      summary: summaryOf(held.counts),
    };
    const header = { ...source.wraps, salt: newBackupSalt() };
    const keys = deriveBackupKeys(source.dataKey, header.salt);
    try {
      const prefix = sealPrefix(header, manifest, keys);
      await createWithPrefix(writing, prefix.bytes, options.hooks);
      const place = {
        key: keys.snapshot,
        checksum: prefix.checksum,
        offset: prefix.bytes.length,
        bytes: manifest.snapshotBytes,
      };
      const seal = startSeal(source.dbPath, writing, place, {
        failAfterBytes: options.hooks?.failAfterBytes,
      });
      const stop = () => void seal.cancel();
      options.signal?.addEventListener('abort', stop, { once: true });
      await seal.result.finally(() => options.signal?.removeEventListener('abort', stop));
    } finally {
      keys.zero();
    }
    return manifest;
  } finally {
    options.signal?.removeEventListener('abort', abandon);
    await hold.release();
  }
}

/** Writes, verifies and names one backup in `options.folder`; see the steps above. */
export async function writeBackup(source: BackupSource, options: WriteBackupOptions): Promise<WrittenBackup> {
  const { folder, signal } = options;
  assertFolder(folder);
  let names;
  try {
    await removeStaleWriting(folder, options.now.getTime());
    names = freshBackupNames(folder, options.now);
  } catch (error) {
    throw asWriteError(error);
  }
  const writing = join(folder, names.writing);
  let manifest: BackupManifest;
  try {
    manifest = await sealSnapshot(source, writing, options);
    await syncFolder(folder);
    if (signal?.aborted) throw new BackupWriteError('stopped');
    await options.hooks?.reached?.('written');
  } catch (error) {
    await removeGradually(writing);
    throw asWriteError(error, signal);
  }

  let verdict;
  try {
    const opened = openBackup(writing, source.dataKey);
    verdict = opened
      ? await unsealAndVerify(
          opened,
          source.dataKey,
          join(options.scratchDir, VERIFYING_NAME),
          manifest.tables,
          {
            nativeBinding: options.nativeBinding,
            signal,
            opened: () => options.hooks?.reached?.('opened'),
          },
        )
      : 'header';
  } catch {
    verdict = signal?.aborted ? 'stopped' : 'file-damaged';
  } finally {
    await removeGradually(join(options.scratchDir, VERIFYING_NAME));
  }
  if (verdict === 'stopped' || signal?.aborted) {
    await removeGradually(writing);
    throw new BackupWriteError('stopped');
  }
  if (verdict !== 'verified') {
    await rename(writing, join(folder, names.failed));
    await syncFolder(folder);
    throw new BackupWriteError('not-verified', names.failed);
  }
  await options.hooks?.reached?.('verified');
  const path = join(folder, names.final);
  await rename(writing, path);
  await syncFolder(folder);
  await options.hooks?.reached?.('renamed');
  return {
    path,
    name: names.final,
    bytes: (await stat(path)).size,
    createdAt: manifest.createdAt,
    tables: manifest.tables,
    summary: manifest.summary,
  };
}
