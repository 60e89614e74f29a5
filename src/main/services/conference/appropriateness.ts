/**
 * The appropriateness check: does the person responsible acknowledge what happened, and are
 * the people willing. Each check is appended (the latest counts, earlier ones stay readable,
 * each is on the timeline). The acknowledgement is one value with the referral's "acknowledges
 * it?" (cases.acknowledged): recording a check changes it there, and editing the referral
 * changes what the check shows.
 */
import type { Acknowledgement } from '../../../shared/domain/case-model';
import { recordCaseEvent, type ServiceContext } from '../core';

interface CheckRow {
  acknowledged: string;
  willingness: string;
  recorded_at: string;
}

export function appropriatenessOf(ctx: ServiceContext, caseId: string) {
  const history = (
    ctx.db
      .prepare(
        'SELECT acknowledged, willingness, recorded_at FROM appropriateness_checks WHERE case_id = ? ORDER BY recorded_at DESC, rowid DESC',
      )
      .all(caseId) as CheckRow[]
  ).map((r) => ({ acknowledged: r.acknowledged, willingness: r.willingness, recordedAt: r.recorded_at }));
  const kase = ctx.db.prepare('SELECT acknowledged FROM cases WHERE id = ?').get(caseId) as
    { acknowledged: string } | undefined;
  return {
    acknowledged: kase?.acknowledged ?? 'unknown',
    willingness: history[0]?.willingness ?? '',
    // Not checked yet: what is shown is what the referral said.
    fromReferral: history.length === 0,
    history,
  };
}

export function recordAppropriateness(
  ctx: ServiceContext,
  caseId: string,
  check: { acknowledged: Acknowledgement; willingness: string },
): void {
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      'INSERT INTO appropriateness_checks (id, case_id, acknowledged, willingness, recorded_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(id, caseId, check.acknowledged, check.willingness, at);
  ctx.db.prepare('UPDATE cases SET acknowledged = ? WHERE id = ?').run(check.acknowledged, caseId);
  recordCaseEvent(ctx, caseId, 'appropriateness', { checkId: id, acknowledged: check.acknowledged });
}
