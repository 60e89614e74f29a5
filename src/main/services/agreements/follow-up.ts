/**
 * Follow-up of an agreed agreement: each action's status over time (the history stays with the
 * action across versions), and the review meeting that closes the agreement.
 */
import type { z } from 'zod';
import type { ActionStatus } from '../../../shared/domain/agreement';
import { WorkbenchError } from '../../../shared/errors';
import type { AgreementState, reviewInput } from '../../../shared/schemas/agreements';
import { recordCaseEvent, touchCase, type ServiceContext } from '../core';
import { bodyOf } from './agreement-view';
import { agreedRow, agreementState } from './agreements';

export function setActionStatus(
  ctx: ServiceContext,
  input: { caseId: string; actionId: string; status: ActionStatus; on: string; note: string },
): AgreementState {
  const row = agreedRow(ctx, input.caseId);
  if (!bodyOf(row).actions.some((a) => a.id === input.actionId))
    throw new WorkbenchError({ code: 'not_found', message: 'That action is not in the agreed agreement.' });
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO action_updates (id, case_id, action_id, status, on_date, note, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(ctx.newId(), input.caseId, input.actionId, input.status, input.on, input.note, at);
  touchCase(ctx, input.caseId, at);
  return agreementState(ctx, input.caseId);
}

/** The review meeting closes the agreed version as completed, partly completed or not completed. */
export function recordReview(ctx: ServiceContext, input: z.output<typeof reviewInput>): AgreementState {
  const row = agreedRow(ctx, input.caseId);
  if (row.status === 'closed')
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'This agreement was already closed at a review.',
    });
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `INSERT INTO agreement_reviews (id, case_id, version_id, held_on, attendees, notes, outcome, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(ctx.newId(), input.caseId, row.id, input.heldOn, input.attendees, input.notes, input.outcome, at);
    ctx.db
      .prepare("UPDATE agreement_versions SET status = 'closed', updated_at = ? WHERE id = ?")
      .run(at, row.id);
    recordCaseEvent(ctx, input.caseId, 'review', { outcome: input.outcome, version: row.version });
  })();
  return agreementState(ctx, input.caseId);
}
