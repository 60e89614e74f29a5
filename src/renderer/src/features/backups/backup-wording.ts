/**
 * How backups are said on screen: sizes, the choices of interval and retention, and the one
 * line about a backup that is shown wherever it is mentioned. Pure, so the wording is tested.
 */
import type { BackupInterval, BackupStatus, RestoreSummary } from '../../../../shared/schemas/backups';
import { formatDateTime } from '../cases/dates';

/** "842 KB", "12.4 MB", "1.2 GB" (decimal units, as file managers show them). */
export function formatSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1_000))} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}

export const intervalLabels: Record<BackupInterval, string> = {
  daily: 'Once a day',
  'every-lock': 'Every time it locks',
  weekly: 'Once a week',
  manual: 'Only by hand (Back up now)',
};

export const keepChoices = {
  keepDaily: [3, 5, 7, 10, 14, 30],
  keepWeekly: [0, 2, 4, 8, 12, 26],
  keepMonthly: [0, 3, 6, 12, 24, 60],
} as const;

export function countLabel(n: number, unit: 'day' | 'week' | 'month'): string {
  if (n === 0) return 'None';
  return `The last ${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "1 December 2026, 18:30 · 12.4 MB". */
export function verifiedLine(verified: NonNullable<BackupStatus['lastVerified']>): string {
  return `${formatDateTime(verified.at)} · ${formatSize(verified.bytes)}`;
}

/** "12 cases and 31 people" / "1 case and no people". */
export function holdsLine(summary: Pick<RestoreSummary, 'cases' | 'people'>): string {
  const count = (n: number, one: string, many: string) =>
    n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;
  return `${count(summary.cases, 'case', 'cases')} and ${count(summary.people, 'person', 'people')}`;
}

/** The shell's line after a restore: what came back, and where the vault it replaced is kept. */
export function restoredNotice(restored: {
  from: string;
  cases: number;
  people: number;
  keptAs: string | null;
}): {
  title: string;
  message: string;
  tone: 'success';
} {
  const kept = restored.keptAs
    ? ` The vault as it was before is kept in the vault folder as ${restored.keptAs}.`
    : '';
  return {
    title: 'Backup restored',
    message: `The backup of ${formatDateTime(restored.from)} is restored: ${holdsLine(restored)}.${kept}`,
    tone: 'success',
  };
}
