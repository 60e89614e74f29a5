/**
 * Whether documents for participants (invitations, the agreement, completion letters) may be
 * made at all. A risk decision to stop, or a case closed because of risk, means none can be:
 * the services refuse, and the screens say why on the buttons.
 */
import { WorkbenchError } from '../../../shared/errors';
import type { CaseRecord } from '../../../shared/schemas/cases';
import type { ServiceContext } from './context';
import { currentRiskDecision } from './risk-decisions';

export function participantDocumentsBlocked(ctx: ServiceContext, kase: CaseRecord): string | null {
  if (kase.status === 'closed' && kase.closureReason === 'risk')
    return 'This case was closed because of risk, so no letters or agreements for participants can be made.';
  if (currentRiskDecision(ctx, kase.id)?.decision === 'stop')
    return 'The risk decision is “Stop”, so no letters or agreements for participants can be made while it stands.';
  return null;
}

export function assertParticipantDocumentsAllowed(ctx: ServiceContext, kase: CaseRecord): void {
  const reason = participantDocumentsBlocked(ctx, kase);
  if (reason) throw new WorkbenchError({ code: 'invalid_input', message: reason });
}
