/**
 * Which backups to keep: the newest of each of the last N calendar days, ISO weeks and
 * months that have a backup (7 daily, 4 weekly and 12 monthly by default), and always the
 * newest of all. Everything else may go, and only ever after a newer backup has verified:
 * the caller runs this after a verified backup, never after a failed one.
 */
export interface KeepRule {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dayKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** ISO 8601 week: a week runs Monday to Sunday and belongs to the year of its Thursday. */
function weekKey(d: Date): string {
  const thursday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7) + 3);
  const jan4 = new Date(thursday.getFullYear(), 0, 4);
  const firstThursday = new Date(jan4.getFullYear(), 0, 4 - ((jan4.getDay() + 6) % 7) + 3);
  // Rounded: a clock change makes a week an hour longer or shorter.
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${thursday.getFullYear()}-W${pad(week)}`;
}

function monthKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

/** The ids of the backups to keep, given each one's id and the moment it holds. */
export function backupsToKeep<T extends { id: string; createdAt: number }>(
  backups: readonly T[],
  rule: KeepRule,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt);
  const keep = new Set<string>();
  if (newestFirst[0]) keep.add(newestFirst[0].id);
  const bucket = (key: (d: Date) => string, limit: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const k = key(new Date(backup.createdAt));
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      keep.add(backup.id);
    }
  };
  bucket(dayKey, rule.keepDaily);
  bucket(weekKey, rule.keepWeekly);
  bucket(monthKey, rule.keepMonthly);
  return keep;
}
