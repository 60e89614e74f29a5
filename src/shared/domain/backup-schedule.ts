/**
 * When an automatic backup is due, and when the facilitator should be told there has not
 * been one for a while. Pure: the clock and the facts come in as arguments.
 *
 * - At a lock or quit a backup is made if anything changed since the last verified one and
 *   the last one is older than the interval: "every lock" always; "daily" when the last one
 *   was on an earlier calendar day (so a habit of locking at five backs up every day, not
 *   every other day); "weekly" when it was seven or more calendar days ago (so locking at five
 *   every Monday backs up every Monday, and a clock change in between moves nothing); "only
 *   by hand" never.
 * - Today speaks when there has been no verified backup for longer than the interval plus a
 *   day (a day for "every lock"; a week for "only by hand", which still deserves a nudge), or
 *   when the backup folder cannot be reached.
 */
import type { BackupInterval } from '../schemas/backups';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight of the local calendar day of `ms`, so day counts follow the calendar, not 24 hours. */
function localDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Whole calendar days from `from` to `to` (0 on the same day). */
export function calendarDaysBetween(from: number, to: number): number {
  return Math.round((localDay(to) - localDay(from)) / DAY_MS);
}

export interface DueFacts {
  interval: BackupInterval;
  /** When the last verified backup was made; null if there has never been one. */
  lastVerifiedAt: number | null;
  changedSinceLastBackup: boolean;
  now: number;
}

export function backupDueAtLock(facts: DueFacts): boolean {
  if (facts.interval === 'manual') return false;
  if (facts.lastVerifiedAt === null) return true;
  if (!facts.changedSinceLastBackup) return false;
  switch (facts.interval) {
    case 'every-lock':
      return true;
    case 'daily':
      return calendarDaysBetween(facts.lastVerifiedAt, facts.now) >= 1;
    case 'weekly':
      return calendarDaysBetween(facts.lastVerifiedAt, facts.now) >= 7;
  }
}

/** How long without a verified backup before Today says so: the interval plus a day. */
export function quietAllowedMs(interval: BackupInterval): number {
  return (interval === 'weekly' || interval === 'manual' ? 8 : 2) * DAY_MS;
}

/** "today", "yesterday", "9 days ago". */
export function daysAgo(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

export interface NoticeFacts {
  interval: BackupInterval;
  lastVerifiedAt: number | null;
  /** When the vault was made (or restored): no backup is expected before it is a day old. */
  vaultSince: number;
  folders: { reachable: boolean }[];
  now: number;
}

/** The one calm line for Today (and Settings), or null when all is well. */
export function backupNotice(facts: NoticeFacts): { message: string; folderProblem: boolean } | null {
  const since = facts.lastVerifiedAt ?? facts.vaultSince;
  const stale = facts.now - since > quietAllowedMs(facts.interval);
  if (facts.folders.length === 0) {
    return stale
      ? {
          message:
            'No backups yet: choose a backup folder in Settings, so a lost laptop does not lose your cases.',
          folderProblem: true,
        }
      : null;
  }
  const unreachable = facts.folders.every((f) => !f.reachable);
  const last =
    facts.lastVerifiedAt === null
      ? 'No backup yet'
      : `Last backup ${daysAgo(calendarDaysBetween(facts.lastVerifiedAt, facts.now))}`;
  if (unreachable) {
    return { message: `${last}: plug in your backup drive or choose another folder.`, folderProblem: true };
  }
  if (stale) return { message: `${last}: back up now, or check the backup settings.`, folderProblem: false };
  return null;
}
