import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  elapsedDays,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTime,
  localDateInput,
  parseLocal,
} from '../../src/renderer/src/features/cases/dates';

// Dates are built in local time so the expectations hold in any time zone.
const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe('en-GB dates', () => {
  it('writes a calendar date the British way', () => {
    expect(formatDate('2026-11-24')).toBe('24 November 2026');
    expect(formatDate(at(2026, 3, 1))).toBe('1 March 2026');
  });

  it('reads stored meeting times as local wall-clock time', () => {
    expect(formatDateTime('2026-11-24T14:30')).toBe('24 November 2026, 14:30');
    expect(formatTime('2026-11-24T09:05')).toBe('09:05');
  });

  it('shows a UTC instant in local time', () => {
    const instant = at(2026, 11, 24, 8, 15).toISOString();
    expect(formatDateTime(instant)).toBe('24 November 2026, 08:15');
  });

  it('names the weekday without a comma after it', () => {
    expect(formatLongDate('2026-11-24')).toBe('Tuesday 24 November 2026');
  });

  it('gives nothing rather than "Invalid Date" for text that is not a date', () => {
    expect(formatDate('soon')).toBe('');
    expect(formatDateTime('')).toBe('');
    expect(parseLocal('2026-11-24T14')).toBeNull();
  });

  it('fills a date input with today in local time', () => {
    expect(localDateInput(at(2026, 1, 5, 23, 59))).toBe('2026-01-05');
  });

  it('counts calendar days and elapsed days', () => {
    expect(calendarDaysBetween(at(2026, 11, 24, 23), at(2026, 11, 25, 1))).toBe(1);
    expect(calendarDaysBetween(at(2026, 11, 24), at(2026, 11, 24, 22))).toBe(0);
    const now = at(2026, 11, 24, 12);
    expect(elapsedDays(at(2026, 11, 3, 13).toISOString(), now)).toBe(20);
    expect(elapsedDays('not a date', now)).toBe(0);
  });
});
