import { describe, expect, it } from 'vitest';
import { channels } from '../../src/shared/contract';
import {
  attentionBadges,
  attentionHint,
  countLine,
  defaultFilters,
  emptyStateFor,
  isNarrowed,
  listInput,
  peopleLabel,
} from '../../src/renderer/src/features/cases/case-list-model';

const now = new Date('2026-11-24T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000 - 60_000).toISOString();

describe('the list query', () => {
  it('asks for active cases by most recent activity when nothing is chosen', () => {
    const input = listInput(defaultFilters);
    expect(channels['case:list'].input.parse(input)).toMatchObject({
      query: '',
      statuses: [],
      processTypes: [],
      settings: [],
      needsAttention: false,
      archived: 'active',
      sort: 'recent',
      limit: 250,
    });
  });

  it('turns each chosen filter into the service’s lists, and trims the search', () => {
    const input = listInput(
      {
        ...defaultFilters,
        query: '  lunch ',
        status: 'preparation',
        processType: 'circle',
        setting: 'school',
        needsAttention: true,
        overdueActions: true,
        archived: 'all',
        sort: 'title',
      },
      500,
    );
    expect(input).toEqual({
      query: 'lunch',
      statuses: ['preparation'],
      processTypes: ['circle'],
      settings: ['school'],
      needsAttention: true,
      overdueActions: true,
      archived: 'all',
      sort: 'title',
      limit: 500,
    });
    expect(channels['case:list'].input.safeParse(input).success).toBe(true);
  });
});

describe('attention badges', () => {
  it('says how long a case has been quiet, in days', () => {
    expect(attentionBadges({ attention: ['no_recent_activity'], lastActivityAt: daysAgo(23) }, now)).toEqual([
      'No activity for 23 days',
    ]);
    expect(attentionBadges({ attention: ['no_recent_activity'], lastActivityAt: daysAgo(1) }, now)).toEqual([
      'No activity for 1 day',
    ]);
  });

  it('words every reason calmly, in the order the service gives them', () => {
    expect(
      attentionBadges(
        {
          attention: ['upcoming_meeting', 'consent_withdrawn', 'overdue_actions'],
          lastActivityAt: daysAgo(0),
        },
        now,
      ),
    ).toEqual(['Meeting soon', 'Consent withdrawn', 'Actions overdue']);
    expect(attentionBadges({ attention: [], lastActivityAt: daysAgo(40) }, now)).toEqual([]);
  });

  it('explains "needs attention" with the number of days from Settings', () => {
    expect(attentionHint(14)).toBe(
      'No activity for 14 days, a meeting in the next 7 days, or consent withdrawn.',
    );
    expect(attentionHint(1)).toMatch(/^No activity for 1 day,/);
  });
});

describe('honest empty states and counts', () => {
  it('tells "no cases yet" from "nothing matches" from "all archived"', () => {
    expect(emptyStateFor(defaultFilters, 0)).toEqual({ kind: 'no-cases' });
    expect(emptyStateFor({ ...defaultFilters, query: 'x' }, 0)).toEqual({ kind: 'no-cases' });
    expect(emptyStateFor({ ...defaultFilters, query: 'x' }, 5)).toEqual({ kind: 'no-match' });
    expect(emptyStateFor({ ...defaultFilters, archived: 'archived' }, 5)).toEqual({ kind: 'no-match' });
    expect(emptyStateFor(defaultFilters, 3)).toEqual({ kind: 'all-archived', archived: 3 });
  });

  it('does not count sorting as narrowing the list', () => {
    expect(isNarrowed({ ...defaultFilters, sort: 'title' })).toBe(false);
    expect(isNarrowed({ ...defaultFilters, query: '   ' })).toBe(false);
    expect(isNarrowed({ ...defaultFilters, needsAttention: true })).toBe(true);
  });

  it('counts what is shown', () => {
    expect(countLine(1, 1)).toBe('1 case');
    expect(countLine(8, 8)).toBe('8 cases');
    expect(countLine(250, 2000)).toBe('Showing 250 of 2,000 cases');
    expect(peopleLabel(1)).toBe('1 person');
    expect(peopleLabel(0)).toBe('0 people');
  });
});
