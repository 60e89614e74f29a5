/** Today's meetings grouped by day, with headings a person reads at a glance. */
import { calendarDaysBetween, formatLongDate, parseLocal } from '../cases/dates';

export interface DayGroup<T> {
  day: string;
  heading: string;
  items: T[];
}

export function dayHeading(day: string, now: Date): string {
  const date = parseLocal(day);
  if (!date) return day;
  const long = formatLongDate(date);
  const offset = calendarDaysBetween(now, date);
  if (offset === 0) return `Today, ${long}`;
  if (offset === 1) return `Tomorrow, ${long}`;
  return long;
}

/** Items are already in time order (the service sorts them); grouping keeps that order. */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[], now: Date): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const day = item.startsAt.slice(0, 10);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, heading: dayHeading(day, now), items: [item] });
  }
  return groups;
}
