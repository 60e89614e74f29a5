/**
 * The case list: filters (status, process type, setting, archive, needs attention, overdue
 * actions), a text filter over reference, title, summary and people's names (folded, like
 * every search, by the case's own key first), and sorting.
 *
 * At five years' size a page is a small part of the caseload, so the database does the
 * narrowing, counting, sorting and cutting: the count reads only the columns the filters
 * need, and the page's glance columns (people, next meeting, withdrawn consent) are worked
 * out for the rows sent, not for every case. The referral's text is never read here.
 */
import type { z } from 'zod';
import type { CaseSummary, caseListInput } from '../../../shared/schemas/cases';
import { filterKey } from '../../../shared/domain/search-words';
import { casesWithOverdueActions } from '../agreements';
import {
  attentionDaysOf,
  attentionParams,
  caseGlanceColumns,
  localMinute,
  needsAttentionSql,
  summaryColumns,
  toSummary,
  type ServiceContext,
  type SummaryRow,
} from '../core';

const sortOrders: Record<z.output<typeof caseListInput>['sort'], string> = {
  recent: 'c.last_activity_at DESC',
  oldest: 'c.created_at ASC',
  reference: 'c.reference ASC',
  title: 'c.title COLLATE NOCASE ASC',
  status: `CASE c.status WHEN 'referral' THEN 0 WHEN 'assessment' THEN 1 WHEN 'preparation' THEN 2
           WHEN 'conference' THEN 3 WHEN 'follow_up' THEN 4 ELSE 5 END, c.last_activity_at DESC`,
};

/** The WHERE clause of the filters that need only the case row (and its people, for a query). */
function rowFilters(
  ctx: ServiceContext,
  input: z.output<typeof caseListInput>,
  params: Record<string, unknown>,
) {
  const where: string[] = [];
  if (input.archived === 'active') where.push('c.archived_at IS NULL');
  if (input.archived === 'archived') where.push('c.archived_at IS NOT NULL');
  const inList = (column: string, values: readonly string[], name: string) => {
    if (values.length === 0) return;
    const keys = values.map((v, i) => {
      params[`${name}${i}`] = v;
      return `@${name}${i}`;
    });
    where.push(`${column} IN (${keys.join(', ')})`);
  };
  inList('c.status', input.statuses, 'status');
  inList('c.process_type', input.processTypes, 'type');
  inList('c.setting', input.settings, 'setting');
  // The folded keys (kept by the search index) make "lukasz" find "Łukasz" and "O’Brien"
  // find "O'Brien"; a substring test of short keys, not a fold of every row per keystroke.
  const needle = filterKey(input.query);
  if (needle) {
    params['needle'] = needle;
    // The case's own key first (most broad queries stop there); otherwise the cases of the
    // people who match, found once: people first (CROSS JOIN keeps that order), then their
    // cases by index, since the other way round reads every participant row.
    where.push(`(EXISTS (SELECT 1 FROM case_search k WHERE k.case_id = c.id AND instr(k.key, @needle) > 0)
      OR c.id IN (SELECT p.case_id FROM person_search s CROSS JOIN participants p ON p.person_id = s.person_id
                  WHERE instr(s.key, @needle) > 0))`);
  }
  if (input.overdueActions) {
    params['overdue'] = JSON.stringify([...casesWithOverdueActions(ctx)]);
    where.push('c.id IN (SELECT value FROM json_each(@overdue))');
  }
  return where;
}

export function listCases(
  ctx: ServiceContext,
  input: z.output<typeof caseListInput>,
  attentionDays = attentionDaysOf(ctx),
): { cases: CaseSummary[]; total: number } {
  const now = ctx.now();
  const params: Record<string, unknown> = {
    nowLocal: localMinute(now),
    limit: input.limit,
    ...attentionParams(now, attentionDays),
  };
  const where = rowFilters(ctx, input, params);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // "Needs attention" depends on the glance columns, so those are worked out first for the
  // cases the other filters leave (open ones only: a closed case never needs attention).
  const matching = input.needsAttention
    ? `SELECT c.* FROM (SELECT ${summaryColumns}, c.created_at, ${caseGlanceColumns} FROM cases c
         ${whereSql ? `${whereSql} AND` : 'WHERE'} c.status != 'closed' AND c.archived_at IS NULL) c
       WHERE ${needsAttentionSql}`
    : `SELECT ${summaryColumns}, c.created_at FROM cases c ${whereSql}`;
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM (${matching})`).get(params) as { n: number }).n;
  const rows = ctx.db
    .prepare(
      `WITH page AS MATERIALIZED (SELECT * FROM (${matching}) c ORDER BY ${sortOrders[input.sort]} LIMIT @limit)
       SELECT ${summaryColumns}, ${caseGlanceColumns} FROM page c ORDER BY ${sortOrders[input.sort]}`,
    )
    .all(params) as SummaryRow[];
  return { cases: rows.map((row) => toSummary(row, now, attentionDays)), total };
}
