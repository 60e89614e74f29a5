/**
 * Opening a backup: its clear part, the data key from a secret (or the vault's own key), the
 * manifest, and the database it holds written to a place of the caller's choosing and
 * verified there exactly as every copy of the vault is (copy-verify.ts). The same steps
 * verify a backup just written and restore one, so a backup that verified is one that
 * restores.
 */
import { rmSync } from 'node:fs';
import { removeGradually } from './async-files';
import { decodeRecoveryKey } from '../../../shared/domain/recovery-key';
import { verifyCopy, type CopyVerdict } from '../copy-verify';
import { unwrapWithSecret } from '../crypto';
import { WorkerTaskError, type TableCounts, type WorkerEnvironment } from '../vault-worker';
import {
  BackupFileError,
  deriveBackupKeys,
  openManifest,
  readPrefix,
  type BackupManifest,
  type OpenedPrefix,
} from './backup-format';
import { startOpen } from './backup-stream';

export type BackupSecret =
  { kind: 'passphrase'; passphrase: string } | { kind: 'recovery-key'; recoveryKey: string };

/** The clear part of a backup file, checked; a file that cannot be read at all is 'not-a-backup'. */
export function inspectBackup(path: string): OpenedPrefix {
  try {
    return readPrefix(path);
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError('not-a-backup');
  }
}

/** The data key the secret unwraps, or null for a secret that does not open this backup. */
export async function unwrapBackupKey(prefix: OpenedPrefix, secret: BackupSecret): Promise<Buffer | null> {
  if (secret.kind === 'passphrase') {
    return unwrapWithSecret(Buffer.from(secret.passphrase, 'utf8'), prefix.header.passphrase);
  }
  const bytes = decodeRecoveryKey(secret.recoveryKey);
  return bytes ? unwrapWithSecret(Buffer.from(bytes), prefix.header.recovery) : null;
}

export interface OpenedBackup {
  path: string;
  prefix: OpenedPrefix;
  manifest: BackupManifest;
}

/** The backup at `path` opened with `dataKey`; null when the key is not this backup's. */
export function openBackup(path: string, dataKey: Buffer, prefix = inspectBackup(path)): OpenedBackup | null {
  const manifest = openManifest(prefix, dataKey);
  return manifest ? { path, prefix, manifest } : null;
}

export type OpenVerdict = CopyVerdict | 'file-damaged' | 'file-incomplete' | 'stopped';

/**
 * Writes the database the backup holds to `target` (a new file) and verifies it against
 * `expected` row counts. Anything but 'verified' removes what was written.
 */
export async function unsealAndVerify(
  opened: OpenedBackup,
  dataKey: Buffer,
  target: string,
  expected: TableCounts,
  environment: WorkerEnvironment & {
    signal?: AbortSignal | undefined;
    /** Test seam: the database is written at `target`, not yet checked. */
    opened?: () => void | Promise<void>;
  },
): Promise<OpenVerdict> {
  await removeDatabaseFilesAsync(target);
  const keys = deriveBackupKeys(dataKey, opened.prefix.header.salt);
  let verdict: OpenVerdict = 'stopped';
  try {
    const place = {
      key: keys.snapshot,
      checksum: opened.prefix.checksum,
      offset: opened.prefix.prefixBytes,
      bytes: opened.manifest.snapshotBytes,
    };
    const task = startOpen(opened.path, target, place);
    const stop = () => void task.cancel();
    environment.signal?.addEventListener('abort', stop, { once: true });
    try {
      await task.result;
    } catch (error) {
      if (!(error instanceof WorkerTaskError)) throw error;
      verdict =
        error.code === 'BACKUP_DAMAGED'
          ? 'file-damaged'
          : error.code === 'BACKUP_INCOMPLETE'
            ? 'file-incomplete'
            : 'stopped';
      if (verdict === 'stopped' && !environment.signal?.aborted) throw error;
      return verdict;
    } finally {
      environment.signal?.removeEventListener('abort', stop);
    }
    await environment.opened?.();
    verdict = await verifyCopy(target, opened.manifest.database, dataKey, expected, environment);
    if (environment.signal?.aborted) verdict = 'stopped';
    return verdict;
  } finally {
    keys.zero();
    if (verdict !== 'verified') await removeDatabaseFilesAsync(target);
  }
}

const DATABASE_SUFFIXES = ['', '-wal', '-shm', '-journal'];

export function removeDatabaseFiles(path: string): void {
  for (const suffix of DATABASE_SUFFIXES) rmSync(path + suffix, { force: true });
}

/** The same, off the main thread and gently: the file can be hundreds of megabytes. */
async function removeDatabaseFilesAsync(path: string): Promise<void> {
  for (const suffix of DATABASE_SUFFIXES) await removeGradually(path + suffix);
}
