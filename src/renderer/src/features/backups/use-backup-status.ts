/**
 * backup:status for any screen that shows it (Settings, Today), read again whenever main says
 * a backup started or finished, and replaced by the status a backup change answers with.
 */
import type { BackupStatus } from '../../../../shared/schemas/backups';
import { setQueryData, useQuery, type QueryResult } from '../../lib/query';
import { useWorkbenchEvent } from '../../lib/use-session';

export function useBackupStatus(): QueryResult<BackupStatus> {
  const status = useQuery('backup:status');
  useWorkbenchEvent('backup:changed', () => status.refetch());
  return status;
}

export function showBackupStatus(status: BackupStatus): void {
  setQueryData('backup:status', undefined, status);
}
