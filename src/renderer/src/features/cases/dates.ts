/**
 * Dates as a facilitator in the UK reads them ("24 November 2026", "14:30"). Meetings are
 * stored as local wall-clock text ("2026-11-24T14:30"), records as UTC ISO instants; both are
 * shown in local time. Pure and DOM-free, so the wording is unit-tested.
 */
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const weekdayDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-24" or "2026-11-24T14:30" (local wall clock) as a Date; null when it is not one. */
export function parseLocal(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A local date ("2026-11-24"), a local date-time or a UTC ISO instant, as a Date. */
function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const local = parseLocal(value);
  if (local) return local;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** "24 November 2026". */
export function formatDate(value: string | Date): string {
  const date = toDate(value);
  return date ? dayMonthYear.format(date) : '';
}

/** "Tuesday 24 November 2026" (en-GB puts no comma after the weekday). */
export function formatLongDate(value: string | Date): string {
  const date = toDate(value);
  return date ? weekdayDate.format(date).replace(',', '') : '';
}

/** "14:30". */
export function formatTime(value: string | Date): string {
  const date = toDate(value);
  return date ? clock.format(date) : '';
}

/** "24 November 2026, 14:30". */
export function formatDateTime(value: string | Date): string {
  const date = toDate(value);
  return date ? `${dayMonthYear.format(date)}, ${clock.format(date)}` : '';
}

/** Today as the value of an <input type="date">: "2026-11-24" in local time. */
export function localDateInput(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `earlier` to `later` counted by calendar day, so 23:00 to 01:00 is one day. */
export function calendarDaysBetween(earlier: Date, later: Date): number {
  const a = Date.UTC(earlier.getFullYear(), earlier.getMonth(), earlier.getDate());
  const b = Date.UTC(later.getFullYear(), later.getMonth(), later.getDate());
  return Math.round((b - a) / 86_400_000);
}

/** Whole 24-hour days elapsed, the way the service counts "no activity for N days". */
export function elapsedDays(from: string, now: Date): number {
  const start = new Date(from).getTime();
  return Number.isNaN(start) ? 0 : Math.max(0, Math.floor((now.getTime() - start) / 86_400_000));
}
