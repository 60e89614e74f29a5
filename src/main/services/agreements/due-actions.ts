/**
 * Agreed actions that are due: overdue or due within a week, across every case that is not
 * archived, for the Today screen and the case list's "Overdue actions" filter.
 */
import { isOverdue, type ActionStatus } from '../../../shared/domain/agreement';
import { json, today, type ServiceContext } from '../core';
import type { Body } from './agreement-view';

export interface DueAction {
  id: string;
  caseId: string;
  caseReference: string;
  what: string;
  dueOn: string;
  overdue: boolean;
}

/**
 * Actions of agreed agreements (not yet reviewed) that are overdue or due within `horizonDays`,
 * across every case that is not archived: for Today and the case list's filter.
 */
export function dueActions(ctx: ServiceContext, horizonDays = 7): DueAction[] {
  const day = today(ctx);
  const until = new Date(Date.parse(`${day}T12:00:00Z`) + horizonDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const rows = ctx.db
    .prepare(
      `SELECT v.case_id, v.body, c.reference FROM agreement_versions v JOIN cases c ON c.id = v.case_id
       WHERE c.archived_at IS NULL AND v.status = 'agreed'
         AND v.version = (SELECT max(version) FROM agreement_versions w WHERE w.case_id = v.case_id AND w.status != 'draft')`,
    )
    .all() as { case_id: string; body: string; reference: string }[];
  // Follow-up of those agreements' cases only (by index), not of every agreement ever made.
  const latest = new Map(
    (
      ctx.db
        .prepare(
          `SELECT action_id, status FROM action_updates WHERE case_id IN (SELECT value FROM json_each(?))
           ORDER BY recorded_at, rowid`,
        )
        .all(JSON.stringify(rows.map((r) => r.case_id))) as { action_id: string; status: ActionStatus }[]
    ).map((u) => [u.action_id, u.status]),
  );
  const due: DueAction[] = [];
  for (const row of rows) {
    for (const a of json<Partial<Body>>(row.body, {}).actions ?? []) {
      const status = latest.get(a.id) ?? 'not_started';
      if (!a.byWhen || a.byWhen > until || ['done', 'partly_done', 'not_done'].includes(status)) continue;
      due.push({
        id: a.id,
        caseId: row.case_id,
        caseReference: row.reference,
        what: a.what,
        dueOn: a.byWhen,
        overdue: isOverdue({ byWhen: a.byWhen, status }, day),
      });
    }
  }
  return due.sort((x, y) => x.dueOn.localeCompare(y.dueOn));
}

/** Ids of cases with at least one overdue action. */
export function casesWithOverdueActions(ctx: ServiceContext): Set<string> {
  return new Set(
    dueActions(ctx, 0)
      .filter((a) => a.overdue)
      .map((a) => a.caseId),
  );
}
