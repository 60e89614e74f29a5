/**
 * Dates on the people screens, in the workbench's one wording (cases/dates.ts: a stored
 * calendar date is that day everywhere, a timestamp the local day it happened). What is not
 * a date is shown as it was stored rather than left out.
 */
import { formatDate as formatAnyDate, localDateInput } from '../cases/dates';

export function formatDate(value: string): string {
  return formatAnyDate(value) || value;
}

/** The local calendar date, YYYY-MM-DD (what a date input holds). */
export function todayIso(now: Date = new Date()): string {
  return localDateInput(now);
}
