/** When a backup is due at lock, and when Today speaks: pure rules, a fixed clock. */
import { afterAll, describe, expect, it } from 'vitest';
import {
  backupDueAtLock,
  backupNotice,
  calendarDaysBetween,
} from '../../../src/shared/domain/backup-schedule';
import { backupsToKeep } from '../../../src/shared/domain/backup-retention';

const at = (text: string) => new Date(text).getTime();

// The rules count local calendar days: run them in the UK's zone, so the clock-change cases
// (29 March 2026) really cross one whatever zone the machine is in. Set before any describe
// body parses a date.
const machineZone = process.env.TZ;
process.env.TZ = 'Europe/London';
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('backup due at lock', () => {
  const base = { lastVerifiedAt: at('2026-03-02T17:05:00'), changedSinceLastBackup: true };
  it('daily: on a later calendar day, so locking at five every day backs up every day', () => {
    expect(backupDueAtLock({ ...base, interval: 'daily', now: at('2026-03-03T17:00:00') })).toBe(true);
    expect(backupDueAtLock({ ...base, interval: 'daily', now: at('2026-03-02T23:59:00') })).toBe(false);
  });
  it('weekly: seven calendar days or more; every lock: always; only by hand: never', () => {
    expect(backupDueAtLock({ ...base, interval: 'weekly', now: at('2026-03-08T23:59:00') })).toBe(false);
    // A minute earlier in the day than last week's backup still counts: a Monday habit holds.
    expect(backupDueAtLock({ ...base, interval: 'weekly', now: at('2026-03-09T17:04:00') })).toBe(true);
    // Across the UK clock change (29 March): still seven calendar days, not 167 hours.
    expect(
      backupDueAtLock({
        ...base,
        lastVerifiedAt: at('2026-03-23T17:00:00'),
        interval: 'weekly',
        now: at('2026-03-30T16:30:00'),
      }),
    ).toBe(true);
    expect(backupDueAtLock({ ...base, interval: 'every-lock', now: at('2026-03-02T17:06:00') })).toBe(true);
    expect(backupDueAtLock({ ...base, interval: 'manual', now: at('2026-04-02T17:06:00') })).toBe(false);
  });
  it('nothing changed: not due; never backed up: due', () => {
    expect(
      backupDueAtLock({
        ...base,
        changedSinceLastBackup: false,
        interval: 'every-lock',
        now: at('2026-05-01T09:00:00'),
      }),
    ).toBe(false);
    expect(
      backupDueAtLock({ lastVerifiedAt: null, changedSinceLastBackup: false, interval: 'daily', now: 0 }),
    ).toBe(true);
  });
  it('counts calendar days across a clock change', () => {
    expect(calendarDaysBetween(at('2026-03-28T23:30:00'), at('2026-03-30T00:30:00'))).toBe(2);
  });
});

describe("Today's notice", () => {
  const reachable = [{ reachable: true }];
  const facts = { interval: 'daily' as const, vaultSince: at('2026-01-01T09:00:00'), folders: reachable };
  it('says nothing within the interval plus a day', () => {
    expect(
      backupNotice({ ...facts, lastVerifiedAt: at('2026-03-01T18:00:00'), now: at('2026-03-03T17:00:00') }),
    ).toBeNull();
  });
  it('after the interval plus a day, with the days counted', () => {
    expect(
      backupNotice({ ...facts, lastVerifiedAt: at('2026-03-01T18:00:00'), now: at('2026-03-10T09:00:00') }),
    ).toEqual({
      message: 'Last backup 9 days ago: back up now, or check the backup settings.',
      folderProblem: false,
    });
  });
  it('the folder cannot be reached: plug in the drive, whenever the last backup was', () => {
    expect(
      backupNotice({
        ...facts,
        folders: [{ reachable: false }],
        lastVerifiedAt: at('2026-03-01T18:00:00'),
        now: at('2026-03-10T09:00:00'),
      }),
    ).toEqual({
      message: 'Last backup 9 days ago: plug in your backup drive or choose another folder.',
      folderProblem: true,
    });
    expect(
      backupNotice({
        ...facts,
        folders: [{ reachable: false }],
        lastVerifiedAt: at('2026-03-09T18:00:00'),
        now: at('2026-03-10T09:00:00'),
      })?.message,
    ).toBe('Last backup yesterday: plug in your backup drive or choose another folder.');
    // One of two folders reachable is enough.
    expect(
      backupNotice({
        ...facts,
        folders: [{ reachable: false }, { reachable: true }],
        lastVerifiedAt: at('2026-03-09T18:00:00'),
        now: at('2026-03-10T09:00:00'),
      }),
    ).toBeNull();
  });
  it('no folder chosen: only once the vault is older than the interval plus a day; weekly waits eight days', () => {
    const none = { ...facts, folders: [], lastVerifiedAt: null };
    expect(
      backupNotice({ ...none, vaultSince: at('2026-03-09T09:00:00'), now: at('2026-03-10T09:00:00') }),
    ).toBeNull();
    expect(backupNotice({ ...none, now: at('2026-03-10T09:00:00') })?.message).toMatch(
      /^No backups yet: choose a backup folder/,
    );
    expect(
      backupNotice({
        ...facts,
        interval: 'weekly',
        lastVerifiedAt: at('2026-03-03T09:00:00'),
        now: at('2026-03-10T09:00:00'),
      }),
    ).toBeNull();
    expect(
      backupNotice({
        ...facts,
        interval: 'weekly',
        lastVerifiedAt: at('2026-03-01T09:00:00'),
        now: at('2026-03-10T09:00:00'),
      }),
    ).not.toBeNull();
  });
});

describe('retention', () => {
  const daily = (from: string, days: number) =>
    Array.from({ length: days }, (_, i) => {
      const d = new Date(`${from}T18:00:00`);
      d.setDate(d.getDate() + i);
      return { id: d.toDateString(), createdAt: d.getTime() };
    });
  it('keeps the newest of the last 7 days, 4 ISO weeks and 12 months, and always the newest', () => {
    const backups = daily('2025-12-01', 70);
    const kept = [...backupsToKeep(backups, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 })]
      .map((id) => new Date(id))
      .sort((a, b) => a.getTime() - b.getTime())
      .map((d) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`);
    expect(kept).toEqual([
      '2025-12-31', // December's newest
      '2026-1-18', // the last four Sundays close their ISO weeks
      '2026-1-25',
      '2026-1-31', // January's newest
      '2026-2-1',
      '2026-2-2',
      '2026-2-3',
      '2026-2-4',
      '2026-2-5',
      '2026-2-6',
      '2026-2-7',
      '2026-2-8',
    ]);
  });
  it('an ISO week that spans the new year is one week', () => {
    const kept = backupsToKeep(daily('2026-12-28', 7), { keepDaily: 1, keepWeekly: 2, keepMonthly: 0 });
    // 28 December 2026 to 3 January 2027 is week 53 of 2026: one week, so only the newest.
    expect(kept.size).toBe(1);
  });
  it('nothing to keep but the newest when every count is low, and an empty list keeps nothing', () => {
    expect(backupsToKeep(daily('2026-03-01', 5), { keepDaily: 1, keepWeekly: 0, keepMonthly: 0 }).size).toBe(
      1,
    );
    expect(backupsToKeep([], { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }).size).toBe(0);
  });
});
