/**
 * What happens around one written backup: a copy of it into a second folder (copied, every
 * piece's tag checked in the copy, then renamed, so the copy is as verified as the original:
 * the same bytes), the backups of this vault found in a folder, and retention (old ones
 * removed only after a newer one verified, and only this vault's).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { backupsToKeep, type KeepRule } from '../../../shared/domain/backup-retention';
import { copyFile, removeGradually, rename, stat, syncFile, syncFolder } from './async-files';
import { deriveBackupKeys, type BackupManifest } from './backup-format';
import { freshBackupNames, listBackupFiles, removeStaleWriting } from './backup-files';
import { inspectBackup, openBackup, type OpenedBackup } from './backup-open';
import { startOpen } from './backup-stream';
import { BackupWriteError } from './backup-writer';

/** Checks every piece of the backup at `path` without writing anything. */
export async function tagsVerify(opened: OpenedBackup, dataKey: Buffer): Promise<boolean> {
  const keys = deriveBackupKeys(dataKey, opened.prefix.header.salt);
  try {
    const place = {
      key: keys.snapshot,
      checksum: opened.prefix.checksum,
      offset: opened.prefix.prefixBytes,
      bytes: opened.manifest.snapshotBytes,
    };
    await startOpen(opened.path, null, place).result;
    return true;
  } catch {
    return false;
  } finally {
    keys.zero();
  }
}

/** Copies a verified backup into `folder` under the same kind of names; returns its final path. */
export async function copyBackup(
  source: string,
  folder: string,
  dataKey: Buffer,
  createdAt: Date,
  now: number,
): Promise<{ path: string; name: string; bytes: number }> {
  try {
    if (!statSync(folder).isDirectory()) throw new BackupWriteError('folder-missing');
  } catch (error) {
    if (error instanceof BackupWriteError) throw error;
    throw new BackupWriteError('folder-missing');
  }
  await removeStaleWriting(folder, now);
  const names = freshBackupNames(folder, createdAt);
  const writing = join(folder, names.writing);
  try {
    await copyFile(source, writing);
    await syncFile(writing);
    await syncFolder(folder);
  } catch (error) {
    await removeGradually(writing);
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupWriteError(
      code === 'ENOSPC' || code === 'EDQUOT'
        ? 'no-space'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'read-only'
          : 'write-failed',
    );
  }
  const opened = openBackup(writing, dataKey);
  if (!opened || !(await tagsVerify(opened, dataKey))) {
    await rename(writing, join(folder, names.failed));
    await syncFolder(folder);
    throw new BackupWriteError('not-verified', names.failed);
  }
  const path = join(folder, names.final);
  await rename(writing, path);
  await syncFolder(folder);
  return { path, name: names.final, bytes: (await stat(path)).size };
}

export interface FoundBackup {
  path: string;
  name: string;
  bytes: number;
  manifest: BackupManifest;
}

/** The complete backups of the vault with `dataKey` in `folder`, newest first. */
export function backupsOfThisVault(folder: string, dataKey: Buffer): FoundBackup[] {
  const found: FoundBackup[] = [];
  for (const entry of listBackupFiles(folder)) {
    if (entry.kind !== 'complete') continue;
    try {
      const opened = openBackup(entry.path, dataKey, inspectBackup(entry.path));
      if (opened)
        found.push({ path: entry.path, name: entry.name, bytes: entry.bytes, manifest: opened.manifest });
    } catch {
      /* damaged, or of another version: never counted, never removed by retention */
    }
  }
  return found.sort((a, b) => Date.parse(b.manifest.createdAt) - Date.parse(a.manifest.createdAt));
}

/** A file whose manifest opens with this vault's key (a failed one may still have an intact start). */
function isOurs(path: string, dataKey: Buffer): boolean {
  try {
    return openBackup(path, dataKey) !== null;
  } catch {
    return false;
  }
}

/**
 * Removes a backup retention lets go. It is first renamed out of the backup names (to the
 * unfinished kind, which a later backup tidies away if this stops half-way), so the gradual
 * removal never leaves a shortened file under a name that says "complete". A folder that
 * refuses the rename keeps the file.
 */
async function retire(path: string): Promise<void> {
  const leaving = `${path.replace(/\.failed$/, '')}.writing`;
  await rename(path, leaving);
  await removeGradually(leaving);
}

/**
 * Retention in one folder, run after `newest` verified there: of this vault's backups, those
 * the rule does not keep are removed, and this vault's failed ones older than `newest` (they
 * never counted, and a newer backup now stands in for them).
 * Returns the names removed.
 */
export async function applyRetention(
  folder: string,
  dataKey: Buffer,
  rule: KeepRule,
  newest: string,
): Promise<string[]> {
  const ours = backupsOfThisVault(folder, dataKey);
  if (!ours.some((b) => b.name === newest)) return [];
  const keep = backupsToKeep(
    ours.map((b) => ({ id: b.name, createdAt: Date.parse(b.manifest.createdAt) })),
    rule,
  );
  keep.add(newest);
  const removed: string[] = [];
  for (const backup of ours) {
    if (keep.has(backup.name)) continue;
    await retire(backup.path);
    removed.push(backup.name);
  }
  for (const entry of listBackupFiles(folder)) {
    if (entry.kind === 'failed' && entry.name < newest && isOurs(entry.path, dataKey)) {
      await retire(entry.path);
      removed.push(entry.name);
    }
  }
  if (removed.length > 0) await syncFolder(folder);
  return removed;
}
