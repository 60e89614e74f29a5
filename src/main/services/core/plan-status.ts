/**
 * A confirmed conference goes back to planning when what was confirmed no longer holds: its
 * date, place or invitations changed, or someone it is for withdrew consent to take part. The
 * move is on the timeline with its cause, and the Conference tab says why.
 */
import { recordCaseEvent } from './case-events';
import type { ServiceContext } from './context';
import { caseRoster } from './roster';

export type ReopenCause = { cause: 'plan_changed' } | { cause: 'withdrawal'; personId: string };

/** Returns whether a confirmed conference was moved back to planning. */
export function reopenConference(ctx: ServiceContext, caseId: string, why: ReopenCause): boolean {
  const row = ctx.db.prepare('SELECT status FROM conference_plans WHERE case_id = ?').get(caseId) as
    { status: string } | undefined;
  if (row?.status !== 'confirmed') return false;
  ctx.db
    .prepare(
      `UPDATE conference_plans SET status = 'planning', confirmed_at = NULL, override_reason = NULL WHERE case_id = ?`,
    )
    .run(caseId);
  recordCaseEvent(ctx, caseId, 'conference_reopened', { ...why });
  return true;
}

/**
 * After someone's consent changes: if they are one of those the conference is for and no
 * longer take part, a confirmed conference goes back to planning. (Consent given again does
 * not confirm it again: the facilitator passes the gate again.)
 */
export function afterConsentChange(ctx: ServiceContext, caseId: string, personId: string): void {
  const roster = caseRoster(ctx, caseId);
  const out = roster.expected.some((e) => e.participant.person.id === personId && e.standing.withdrawn);
  if (out) reopenConference(ctx, caseId, { cause: 'withdrawal', personId });
}
