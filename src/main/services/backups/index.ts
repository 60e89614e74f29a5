/** Backups: their settings, flags and log, inside the vault (where backups go is not: see vault/backup). */
export {
  defaultBackupSettings,
  getBackupFlags,
  getBackupSettings,
  lastProblem,
  lastRestore,
  lastVerified,
  recordBackupEvent,
  setBackupFlags,
  updateBackupSettings,
  type BackupEvent,
  type BackupFlags,
  type BackupTrigger,
} from './backup-records';
