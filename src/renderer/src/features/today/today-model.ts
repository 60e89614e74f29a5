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

/** How many meetings and actions Today shows at first, and adds with each "Show more". */
export const TODAY_PAGE = 40;

/** Under a day's heading when only some of its meetings are shown yet; empty otherwise. */
export function dayCountLine(shown: number, total: number): string {
  return shown < total ? `${shown} of ${total} meetings this day shown` : '';
}

export function showMoreLabel(remaining: number, what: 'meeting' | 'action'): string {
  const next = Math.min(remaining, TODAY_PAGE);
  return `Show ${next} more ${next === 1 ? what : `${what}s`}`;
}

export interface ActionGroup<T> {
  key: 'overdue' | 'due';
  heading: string;
  items: T[];
}

/**
 * Actions due, split into the overdue ones (first, as they come earliest) and those due within
 * the week; the headings count the whole of each group, shown or not yet.
 */
export function actionGroups<T extends { overdue: boolean }>(today: {
  dueActions: readonly T[];
  actionsTotal: number;
  overdueTotal: number;
}): ActionGroup<T>[] {
  const overdue = today.dueActions.filter((a) => a.overdue);
  const due = today.dueActions.filter((a) => !a.overdue);
  const groups: ActionGroup<T>[] = [];
  if (overdue.length > 0)
    groups.push({ key: 'overdue', heading: `Overdue (${today.overdueTotal})`, items: overdue });
  if (due.length > 0)
    groups.push({
      key: 'due',
      heading: `Due within a week (${today.actionsTotal - today.overdueTotal})`,
      items: due,
    });
  return groups;
}
