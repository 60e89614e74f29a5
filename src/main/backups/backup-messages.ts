/**
 * What each backup outcome means, in words a facilitator can act on. Written once: the
 * status, the result of "Back up now" and the errors of a restore all say it this way. No
 * paths in the sentences (the screen shows the folder beside them), nothing about cases.
 */
import type { BackupProblem } from '../../shared/schemas/backups';
import { WorkbenchError, type ErrorCode } from '../../shared/errors';
import type { BackupFileProblem } from '../vault/backup/backup-format';

export const problemMessages: Record<BackupProblem, string> = {
  'folder-missing':
    'The backup folder cannot be found: plug in your backup drive or choose another folder. Earlier backups are as they were.',
  'read-only': 'The backup folder cannot be written to (it is read-only): choose another folder.',
  'no-space':
    'There is not enough space for the backup in the backup folder: free some space or choose another folder. Nothing else was changed.',
  'write-failed':
    'The backup could not be written (the drive may have been removed while it was written). Earlier backups are as they were.',
  busy: 'The vault was too busy to take a backup just now. It will be tried again.',
  'not-verified':
    'The backup did not verify, so it was kept as a failed backup and does not count. Earlier backups are as they were: back up again, or choose another folder.',
  stopped:
    'The backup could not finish before the vault locked, so it was stopped and its unfinished file removed. It runs again when you next unlock.',
  'no-folder': 'Choose a backup folder first.',
};

const fileMessages: Record<BackupFileProblem, { code: ErrorCode; message: string }> = {
  empty: {
    code: 'not_a_backup',
    message:
      'This file is empty, so it is not a backup (perhaps one that was never finished). Nothing was changed.',
  },
  'not-a-backup': {
    code: 'not_a_backup',
    message: 'This file is not a Restorative Workbench backup. Nothing was changed.',
  },
  'newer-format': {
    code: 'backup_newer',
    message:
      'This backup was made by a newer version of Restorative Workbench. Update the app to restore it. Nothing was changed.',
  },
  incomplete: {
    code: 'backup_damaged',
    message:
      'This backup is damaged: it is incomplete, perhaps because copying it was cut off. Nothing was changed; try another backup.',
  },
  damaged: {
    code: 'backup_damaged',
    message:
      'This backup is damaged: it has changed since it was written. Nothing was changed; try another backup.',
  },
};

export function backupFileError(problem: BackupFileProblem): WorkbenchError {
  return new WorkbenchError(fileMessages[problem]);
}
