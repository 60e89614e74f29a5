/**
 * What the backup tests share: a workbench whose folder dialog answers with a folder of the
 * test's own and whose open-file dialog answers with whatever file the test names, and the
 * channel calls a facilitator's clicks make (choose a folder, back up now, restore a file).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupStatus, RestoreCandidate, RestoreSummary } from '../../../src/shared/schemas/backups';
import {
  call,
  openTempWorkbench,
  tempDir,
  type TempWorkbench,
  type TempWorkbenchOptions,
} from './temp-workbench';

export interface DialogAnswers {
  folder: string | null;
  file: string | null;
}

export function backupWorkbench(answers: DialogAnswers, options: TempWorkbenchOptions = {}): TempWorkbench {
  return openTempWorkbench({
    ...options,
    desktop: {
      chooseFolder: async () => answers.folder,
      chooseOpenFile: async () => answers.file,
      ...options.desktop,
    },
  });
}

export async function chooseBackupFolder(
  wb: TempWorkbench,
  slot: 'first' | 'second' = 'first',
): Promise<BackupStatus> {
  return (await call(wb, 'backup:chooseFolder', { slot })) as BackupStatus;
}

export interface BackupNowResult {
  results: { folder: string; outcome: string; file: string | null; message: string }[];
  status: BackupStatus;
}

export async function backUpNow(wb: TempWorkbench): Promise<BackupNowResult> {
  return (await call(wb, 'backup:now')) as BackupNowResult;
}

/** The complete backups in a folder (names ending .rwbackup), sorted. */
export function completeBackups(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.rwbackup'))
    .sort();
}

/** A backup file the test names, chosen through the open-file dialog, as the restore screens do. */
export async function chooseBackupFile(
  wb: TempWorkbench,
  answers: DialogAnswers,
  path: string,
): Promise<RestoreCandidate> {
  answers.file = path;
  return (await call(wb, 'restore:chooseFile')) as RestoreCandidate;
}

export async function openWithPassphrase(
  wb: TempWorkbench,
  token: string,
  passphrase: string,
): Promise<RestoreSummary> {
  return (await call(wb, 'restore:open', { token, with: 'passphrase', passphrase })) as RestoreSummary;
}

export async function applyRestore(wb: TempWorkbench, token: string) {
  return (await call(wb, 'restore:apply', { token })) as {
    from: string;
    cases: number;
    people: number;
    keptAs: string | null;
  };
}

export function backupFolder(): string {
  return tempDir('rw-backups-');
}

export function onlyBackup(folder: string): string {
  const names = completeBackups(folder);
  if (names.length !== 1) throw new Error(`expected one backup in the folder, found ${names.length}`);
  return join(folder, names[0]!);
}
