/**
 * Backup files in a folder: their names, which of them are complete, and what a crash or a
 * pulled USB stick can leave. A name ending in `.rwbackup` is always a complete, verified
 * backup (it is renamed to it only after verification); `.rwbackup.writing` is one being
 * written (or interrupted), `.rwbackup.failed` one that did not verify.
 */
import { readdirSync, statSync } from 'node:fs';
import { removeGradually } from './async-files';
import { join } from 'node:path';
import { BACKUP_EXTENSION } from './backup-format';

export const BACKUP_PREFIX = 'restorative-workbench-';
export const WRITING_SUFFIX = `.${BACKUP_EXTENSION}.writing`;
export const FAILED_SUFFIX = `.${BACKUP_EXTENSION}.failed`;
const FINAL_SUFFIX = `.${BACKUP_EXTENSION}`;
/** A temp file this old is an interrupted backup, not one another computer is writing now. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** `restorative-workbench-2026-12-01T1830`, in local time (what the facilitator reads). */
export function backupStem(at: Date): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${BACKUP_PREFIX}${date}T${pad(at.getHours())}${pad(at.getMinutes())}`;
}

export interface BackupNames {
  final: string;
  writing: string;
  failed: string;
}

/** Names for a new backup in `folder` that no file there has yet (a second in one minute gets -2). */
export function freshBackupNames(folder: string, at: Date): BackupNames {
  const taken = new Set(readdirSync(folder));
  const stem = backupStem(at);
  for (let n = 1; ; n += 1) {
    const base = n === 1 ? stem : `${stem}-${n}`;
    const names = {
      final: base + FINAL_SUFFIX,
      writing: base + WRITING_SUFFIX,
      failed: base + FAILED_SUFFIX,
    };
    if (!Object.values(names).some((name) => taken.has(name))) return names;
  }
}

export type BackupFileKind = 'complete' | 'writing' | 'failed';

/** What kind of backup file a name is, or null for any other file. */
export function backupFileKind(name: string): BackupFileKind | null {
  if (!name.startsWith(BACKUP_PREFIX)) return null;
  if (name.endsWith(WRITING_SUFFIX)) return 'writing';
  if (name.endsWith(FAILED_SUFFIX)) return 'failed';
  if (name.endsWith(FINAL_SUFFIX)) return 'complete';
  return null;
}

export interface FolderEntry {
  name: string;
  path: string;
  kind: BackupFileKind;
  bytes: number;
  modifiedAt: number;
}

/** The backup files in a folder (complete, being written, failed), newest first by name. */
export function listBackupFiles(folder: string): FolderEntry[] {
  const entries: FolderEntry[] = [];
  for (const name of readdirSync(folder)) {
    const kind = backupFileKind(name);
    if (!kind) continue;
    const path = join(folder, name);
    try {
      const stat = statSync(path);
      if (stat.isFile()) entries.push({ name, path, kind, bytes: stat.size, modifiedAt: stat.mtimeMs });
    } catch {
      /* gone meanwhile (another computer's sync, or a cleanup) */
    }
  }
  return entries.sort((a, b) => b.name.localeCompare(a.name));
}

/** Removes temp files interrupted backups left (older than an hour, so never one being written). */
export async function removeStaleWriting(folder: string, now: number): Promise<void> {
  for (const entry of listBackupFiles(folder)) {
    if (entry.kind === 'writing' && now - entry.modifiedAt > STALE_TEMP_MS) {
      await removeGradually(entry.path);
    }
  }
}
