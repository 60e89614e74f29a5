/**
 * The case list: filters (status, process type, setting, archive, needs attention, overdue
 * actions), a text filter over reference, title, summary and people's names (folded, like
 * every search), and sorting.
 */
import type { z } from 'zod';
import type { CaseSummary, caseListInput } from '../../../shared/schemas/cases';
import { filterKey } from '../../../shared/domain/search-words';
import { casesWithOverdueActions } from '../agreements';
import {
  attentionDaysOf,
  caseSelect,
  localMinute,
  toSummary,
  type CaseRow,
  type ServiceContext,
} from '../core';

const sortOrders: Record<z.output<typeof caseListInput>['sort'], string> = {
  recent: 'c.last_activity_at DESC',
  oldest: 'c.created_at ASC',
  reference: 'c.reference ASC',
  title: 'c.title COLLATE NOCASE ASC',
  status: `CASE c.status WHEN 'referral' THEN 0 WHEN 'assessment' THEN 1 WHEN 'preparation' THEN 2
           WHEN 'conference' THEN 3 WHEN 'follow_up' THEN 4 ELSE 5 END, c.last_activity_at DESC`,
};

export function listCases(
  ctx: ServiceContext,
  input: z.output<typeof caseListInput>,
  attentionDays = attentionDaysOf(ctx),
): { cases: CaseSummary[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = { nowLocal: localMinute(ctx.now()) };
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
  const sql = `${caseSelect} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${sortOrders[input.sort]}`;
  const now = ctx.now();
  let cases = (ctx.db.prepare(sql).all(params) as CaseRow[]).map((row) => toSummary(row, now, attentionDays));
  if (input.needsAttention) cases = cases.filter((c) => c.attention.length > 0);
  if (input.overdueActions) {
    const overdue = casesWithOverdueActions(ctx);
    cases = cases.filter((c) => overdue.has(c.id));
  }
  return { cases: cases.slice(0, input.limit), total: cases.length };
}
