import { describe, expect, it } from 'vitest';
import { dayHeading, groupByDay } from '../../src/renderer/src/features/today/today-model';

const now = new Date(2026, 10, 24, 9, 0); // Tuesday 24 November 2026, local time

describe('Today groups meetings by day', () => {
  it('heads today and tomorrow by name, later days by date', () => {
    expect(dayHeading('2026-11-24', now)).toBe('Today, Tuesday 24 November 2026');
    expect(dayHeading('2026-11-25', now)).toBe('Tomorrow, Wednesday 25 November 2026');
    expect(dayHeading('2026-11-27', now)).toBe('Friday 27 November 2026');
  });

  it('keeps the service’s time order inside each day', () => {
    const meetings = [
      { id: 'a', startsAt: '2026-11-24T10:00' },
      { id: 'b', startsAt: '2026-11-24T15:30' },
      { id: 'c', startsAt: '2026-11-26T09:00' },
    ];
    expect(groupByDay(meetings, now).map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([
      ['Today, Tuesday 24 November 2026', ['a', 'b']],
      ['Thursday 26 November 2026', ['c']],
    ]);
    expect(groupByDay([], now)).toEqual([]);
  });
});
