/**
 * One backup run over the chosen folders: written and verified in the first folder that can
 * take it, copied (and checked again) into the other, then retention in each folder where it
 * verified. Each folder has its own outcome, so a USB stick not plugged in does not stop the
 * synced folder from getting its backup.
 */
import type { KeepRule } from '../../shared/domain/backup-retention';
import type { BackupProblem } from '../../shared/schemas/backups';
import { applyRetention, copyBackup } from '../vault/backup/backup-copies';
import {
  BackupWriteError,
  writeBackup,
  type BackupHooks,
  type BackupSource,
  type WrittenBackup,
} from '../vault/backup/backup-writer';
import { problemMessages } from './backup-messages';

export type FolderOutcome =
  | { folder: string; outcome: 'verified'; file: string; bytes: number; createdAt: string }
  | { folder: string; outcome: BackupProblem; file: string | null };

export interface RunSettings {
  folders: readonly string[];
  keep: KeepRule;
  scratchDir: string;
  now: Date;
  appVersion: string;
  nativeBinding?: string | undefined;
  signal: AbortSignal;
  hooks?: BackupHooks | undefined;
}

function failure(folder: string, error: unknown, signal: AbortSignal): FolderOutcome {
  const problem: BackupProblem =
    error instanceof BackupWriteError ? error.problem : signal.aborted ? 'stopped' : 'write-failed';
  return {
    folder,
    outcome: problem,
    file: error instanceof BackupWriteError ? (error.keptAs ?? null) : null,
  };
}

export async function runBackup(source: BackupSource, settings: RunSettings): Promise<FolderOutcome[]> {
  const outcomes: FolderOutcome[] = [];
  let first: WrittenBackup | null = null;
  for (const folder of settings.folders) {
    if (settings.signal.aborted) {
      outcomes.push({ folder, outcome: 'stopped', file: null });
      continue;
    }
    try {
      if (!first) {
        first = await writeBackup(source, {
          folder,
          scratchDir: settings.scratchDir,
          now: settings.now,
          appVersion: settings.appVersion,
          nativeBinding: settings.nativeBinding,
          signal: settings.signal,
          hooks: settings.hooks,
        });
        outcomes.push({
          folder,
          outcome: 'verified',
          file: first.name,
          bytes: first.bytes,
          createdAt: first.createdAt,
        });
      } else {
        const copy = await copyBackup(
          first.path,
          folder,
          source.dataKey,
          new Date(first.createdAt),
          settings.now.getTime(),
        );
        outcomes.push({
          folder,
          outcome: 'verified',
          file: copy.name,
          bytes: copy.bytes,
          createdAt: first.createdAt,
        });
      }
    } catch (error) {
      outcomes.push(failure(folder, error, settings.signal));
    }
  }
  for (const outcome of outcomes) {
    if (outcome.outcome !== 'verified') continue;
    try {
      await applyRetention(outcome.folder, source.dataKey, settings.keep, outcome.file);
    } catch {
      /* a folder that went away after the backup keeps its old backups: nothing is lost */
    }
  }
  return outcomes;
}

export function outcomeMessage(outcome: FolderOutcome): string {
  return outcome.outcome === 'verified' ? 'Backed up and verified.' : problemMessages[outcome.outcome];
}
