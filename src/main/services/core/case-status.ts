/**
 * The status follows the work: the first preparation meeting moves a case to preparation, a
 * confirmed conference to conference, an agreement agreed to follow-up. Only ever forward and
 * never out of "closed" (closing stays a deliberate act with its reason); each move is on the
 * timeline with what caused it, and the facilitator can set the status back by hand.
 */
import { caseStatuses, type CaseStatus } from '../../../shared/domain/case-model';
import { recordCaseEvent } from './case-events';
import type { ServiceContext } from './context';

/** What moved the status, as a code the timeline turns into words. */
export type StatusCause = 'first_preparation_meeting' | 'conference_confirmed' | 'agreement_agreed';

const order = Object.keys(caseStatuses) as CaseStatus[];

export function advanceStatus(ctx: ServiceContext, caseId: string, to: CaseStatus, cause: StatusCause): void {
  const row = ctx.db.prepare('SELECT status FROM cases WHERE id = ?').get(caseId) as
    { status: CaseStatus } | undefined;
  if (!row || row.status === 'closed' || order.indexOf(row.status) >= order.indexOf(to)) return;
  ctx.db.prepare('UPDATE cases SET status = ? WHERE id = ?').run(to, caseId);
  recordCaseEvent(ctx, caseId, 'status', { from: row.status, to, reason: null, cause });
}
