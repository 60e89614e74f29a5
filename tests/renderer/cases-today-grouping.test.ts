import { describe, expect, it } from 'vitest';
import {
  actionGroups,
  dayCountLine,
  dayHeading,
  groupByDay,
  showMoreLabel,
} from '../../src/renderer/src/features/today/today-model';

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

describe('Today comes a page at a time', () => {
  it('says under a day how many of its meetings are shown, only when some are not yet', () => {
    expect(dayCountLine(12, 48)).toBe('12 of 48 meetings this day shown');
    expect(dayCountLine(5, 5)).toBe('');
  });

  it('offers the next page, never more than there are', () => {
    expect(showMoreLabel(603, 'action')).toBe('Show 40 more actions');
    expect(showMoreLabel(7, 'meeting')).toBe('Show 7 more meetings');
    expect(showMoreLabel(1, 'meeting')).toBe('Show 1 more meeting');
  });

  it('groups actions as overdue first, then due within a week, counting the whole of each', () => {
    const dueActions = [
      { id: 'a', overdue: true },
      { id: 'b', overdue: true },
      { id: 'c', overdue: false },
    ];
    expect(
      actionGroups({ dueActions, actionsTotal: 90, overdueTotal: 30 }).map((g) => [
        g.heading,
        g.items.map((i) => i.id),
      ]),
    ).toEqual([
      ['Overdue (30)', ['a', 'b']],
      ['Due within a week (60)', ['c']],
    ]);
    expect(actionGroups({ dueActions: dueActions.slice(2), actionsTotal: 1, overdueTotal: 0 })).toHaveLength(
      1,
    );
  });
});
