/**
 * Backup settings and what has happened to backups, inside the encrypted vault: the interval
 * and retention, two flags (changed since the last verified backup; a backup owed), and a
 * log of backups, failures and restores. Paths, times, sizes and outcomes only.
 */
import { randomUUID } from 'node:crypto';
import {
  backupSettingsSchema,
  type BackupProblem,
  type BackupSettings,
  type BackupStatus,
} from '../../../shared/schemas/backups';
import type { Db } from '../../vault/sqlite';

export const defaultBackupSettings: BackupSettings = {
  interval: 'daily',
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
};

const LOG_ROWS_KEPT = 500;

interface SettingsRow {
  interval: string;
  keep_daily: number;
  keep_weekly: number;
  keep_monthly: number;
  changed: number;
  owed: number;
}

function settingsRow(db: Db): SettingsRow {
  return db.prepare('SELECT * FROM backup_settings WHERE id = 1').get() as SettingsRow;
}

export function getBackupSettings(db: Db): BackupSettings {
  const row = settingsRow(db);
  const parsed = backupSettingsSchema.safeParse({
    interval: row.interval,
    keepDaily: row.keep_daily,
    keepWeekly: row.keep_weekly,
    keepMonthly: row.keep_monthly,
  });
  return parsed.success ? parsed.data : defaultBackupSettings;
}

export function updateBackupSettings(db: Db, changes: Partial<BackupSettings>): BackupSettings {
  const next = { ...getBackupSettings(db), ...changes };
  db.prepare(
    'UPDATE backup_settings SET interval = ?, keep_daily = ?, keep_weekly = ?, keep_monthly = ? WHERE id = 1',
  ).run(next.interval, next.keepDaily, next.keepWeekly, next.keepMonthly);
  return next;
}

export interface BackupFlags {
  /** Something changed since the last verified backup (kept across sessions). */
  changed: boolean;
  /** A backup could not finish before a lock or quit: it runs at the next unlock. */
  owed: boolean;
}

export function getBackupFlags(db: Db): BackupFlags {
  const row = settingsRow(db);
  return { changed: row.changed === 1, owed: row.owed === 1 };
}

export function setBackupFlags(db: Db, flags: Partial<BackupFlags>): void {
  const next = { ...getBackupFlags(db), ...flags };
  db.prepare('UPDATE backup_settings SET changed = ?, owed = ? WHERE id = 1').run(
    next.changed ? 1 : 0,
    next.owed ? 1 : 0,
  );
}

export type BackupTrigger = 'lock' | 'quit' | 'unlock' | 'manual' | 'restore';

export type BackupEvent =
  | { event: 'verified'; folder: string; file: string; bytes: number; snapshotAt: string }
  | { event: BackupProblem; folder: string; file?: string }
  | {
      event: 'restored';
      folder: string;
      file: string;
      bytes: number;
      snapshotAt: string;
      keptAs: string | null;
    };

export function recordBackupEvent(db: Db, at: Date, trigger: BackupTrigger, entry: BackupEvent): void {
  db.prepare(
    `INSERT INTO backup_log (id, at, event, trigger, folder, file, bytes, snapshot_at, kept_as)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    randomUUID(),
    at.toISOString(),
    entry.event,
    trigger,
    entry.folder,
    entry.file ?? '',
    'bytes' in entry ? entry.bytes : 0,
    'snapshotAt' in entry ? entry.snapshotAt : null,
    'keptAs' in entry ? entry.keptAs : null,
  );
  db.prepare(
    'DELETE FROM backup_log WHERE id NOT IN (SELECT id FROM backup_log ORDER BY at DESC, rowid DESC LIMIT ?)',
  ).run(LOG_ROWS_KEPT);
}

interface LogRow {
  at: string;
  event: string;
  folder: string;
  file: string;
  bytes: number;
  snapshot_at: string | null;
  kept_as: string | null;
}

/** The backup the vault can be restored from most recently: a verified one, or the one restored. */
export function lastVerified(db: Db): BackupStatus['lastVerified'] {
  const row = db
    .prepare(
      `SELECT * FROM backup_log WHERE event IN ('verified', 'restored') AND file != ''
       ORDER BY snapshot_at DESC, rowid DESC LIMIT 1`,
    )
    .get() as LogRow | undefined;
  return row ? { at: row.snapshot_at ?? row.at, folder: row.folder, file: row.file, bytes: row.bytes } : null;
}

/** The latest failure, if it came after the last verified backup (an older one is history). */
export function lastProblem(db: Db): { at: string; problem: BackupProblem; folder: string } | null {
  const row = db
    .prepare(
      `SELECT * FROM backup_log WHERE event NOT IN ('verified', 'restored') AND at > coalesce(
         (SELECT max(at) FROM backup_log WHERE event IN ('verified', 'restored')), '') ORDER BY at DESC, rowid DESC LIMIT 1`,
    )
    .get() as LogRow | undefined;
  return row ? { at: row.at, problem: row.event as BackupProblem, folder: row.folder } : null;
}

export function lastRestore(db: Db): BackupStatus['lastRestore'] {
  const row = db
    .prepare(`SELECT * FROM backup_log WHERE event = 'restored' ORDER BY at DESC, rowid DESC LIMIT 1`)
    .get() as LogRow | undefined;
  return row ? { at: row.at, from: row.snapshot_at ?? row.at, keptAs: row.kept_as } : null;
}
