/**
 * A five-year caseload (issue 15): the case list narrows, counts and pages in the database
 * with the same "needs attention" rule as each row's badges and sends only what its table
 * shows; Today comes a page at a time with its totals; the report's statements read through
 * indexes, never by scanning the timeline, plans, agreements or follow-up.
 */
import { describe, expect, it } from 'vitest';
import { reportQueries } from '../../../src/main/services/reports';
import { localMinute } from '../../../src/main/services/core';
import { createCase } from '../support/case-fixtures';
import { call, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest({ start: '2026-11-24T10:00:00Z' });

type Listed = { cases: { id: string; attention: string[] }[]; total: number };
const list = async (input: Record<string, unknown>) => (await call(t.wb, 'case:list', input)) as Listed;
const at = (iso: string) => (t.clock = new Date(iso));

/** Eleven cases: idle ones, recent ones, one with a meeting soon, one closed, one archived. */
async function caseload() {
  const made: Record<string, string> = {};
  for (let i = 0; i < 8; i += 1) {
    at(`2026-${i < 4 ? '09' : '11'}-${String(10 + i).padStart(2, '0')}T09:00:00Z`);
    made[`case ${i}`] = (await createCase(t.wb, { title: `Case ${i}` })).id;
  }
  at('2026-09-01T09:00:00Z');
  made['closed'] = (await createCase(t.wb, { title: 'Closed long ago' })).id;
  await call(t.wb, 'case:setStatus', { id: made['closed'], status: 'closed', closureReason: 'completed' });
  made['archived'] = (await createCase(t.wb, { title: 'Archived' })).id;
  await call(t.wb, 'case:setStatus', { id: made['archived'], status: 'closed', closureReason: 'completed' });
  await call(t.wb, 'case:archive', { id: made['archived'] });
  at('2026-11-23T09:00:00Z');
  const soon = (await createCase(t.wb, { title: 'Meeting soon' })).id;
  at('2026-11-24T10:00:00Z');
  await call(t.wb, 'meeting:save', {
    caseId: soon,
    kind: 'preparation',
    startsAt: localMinute(new Date('2026-11-27T10:00:00Z')),
  });
  return { ...made, soon } as Record<string, string>;
}

describe('the case list pages in the database', () => {
  it('lists just the cases whose badges say they need attention, counted whole and cut to the page', async () => {
    const made = await caseload();
    const everything = await list({ archived: 'all', limit: 100 });
    expect(everything.total).toBe(11);
    const needing = everything.cases.filter((c) => c.attention.length > 0).map((c) => c.id);
    // The four idle cases and the one with a meeting soon; never the closed or archived ones.
    expect(needing).toHaveLength(5);
    expect(needing).toContain(made.soon);
    expect(needing).not.toContain(made['closed']);

    const attention = await list({ needsAttention: true, limit: 100 });
    expect(attention.cases.map((c) => c.id)).toEqual(needing);
    expect(attention.total).toBe(5);
    const page = await list({ needsAttention: true, limit: 2 });
    expect(page.cases.map((c) => c.id)).toEqual(needing.slice(0, 2));
    expect(page.total).toBe(5);
    expect((await list({ limit: 3 })).total).toBe(10);
  });

  it('sends what the table shows, never the referral', async () => {
    await createCase(t.wb, { title: 'One case' });
    const [row] = (await list({})).cases as unknown as Record<string, unknown>[];
    expect(Object.keys(row!).sort()).toEqual(
      [
        'archived',
        'attention',
        'id',
        'lastActivityAt',
        'nextMeetingAt',
        'peopleCount',
        'processType',
        'reference',
        'setting',
        'status',
        'title',
      ].sort(),
    );
    expect(JSON.stringify(row)).not.toContain('lunch queue');
  });
});

describe('Today comes a page at a time', () => {
  it('gives the first meetings with the total and each day’s count', async () => {
    const kase = await createCase(t.wb);
    for (const [day, hour] of [
      [25, 9],
      [25, 11],
      [25, 14],
      [26, 10],
      [28, 15],
    ] as const) {
      await call(t.wb, 'meeting:save', {
        caseId: kase.id,
        kind: 'preparation',
        startsAt: `2026-11-${day}T${String(hour).padStart(2, '0')}:00`,
      });
    }
    const today = (await call(t.wb, 'today:get', { meetingsLimit: 2 })) as {
      upcomingMeetings: { startsAt: string }[];
      meetingsTotal: number;
      meetingDays: { day: string; count: number }[];
      actionsTotal: number;
    };
    expect(today.upcomingMeetings.map((m) => m.startsAt)).toEqual(['2026-11-25T09:00', '2026-11-25T11:00']);
    expect(today.meetingsTotal).toBe(5);
    expect(today.meetingDays).toEqual([
      { day: '2026-11-25', count: 3 },
      { day: '2026-11-26', count: 1 },
      { day: '2026-11-28', count: 1 },
    ]);
    expect(today.actionsTotal).toBe(0);
    const all = (await call(t.wb, 'today:get', {})) as { upcomingMeetings: unknown[] };
    expect(all.upcomingMeetings).toHaveLength(5);
    await expect(call(t.wb, 'today:get', { meetingsLimit: 0 })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('the report reads a year through indexes', () => {
  const LARGE = [
    'case_events',
    'conference_plans',
    'agreement_versions',
    'action_updates',
    'agreement_reviews',
  ];
  it.each(Object.entries(reportQueries))('%s scans none of the large tables', (_name, sql) => {
    const plan = (
      t.wb.vault.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ from: '2026-01-01', to: '2026-12-31' }) as {
        detail: string;
      }[]
    )
      .map((r) => r.detail)
      .join('\n');
    for (const table of LARGE) expect(plan).not.toMatch(new RegExp(`SCAN ${table}\\b(?! USING COVERING)`));
  });
});
