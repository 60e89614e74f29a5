/**
 * The risk assessment's decisions (proceed, with measures, indirect, co-facilitate, stop), each
 * with its measures and who decided. A new decision is appended, never written over the last:
 * the latest counts (the readiness gate and every participant document read it), the earlier
 * ones stay readable, and each is on the timeline.
 */
import type { z } from 'zod';
import type { riskAssessmentInput } from '../../../shared/schemas/conference';
import {
  currentRiskDecision,
  getCase,
  recordCaseEvent,
  riskDecisions,
  type RiskDecisionRecord,
  type ServiceContext,
} from '../core';

/** The decision as the contract shows it (without its row id). */
function shown({ id: _id, ...decision }: RiskDecisionRecord) {
  return decision;
}

export function getRiskAssessment(ctx: ServiceContext, caseId: string) {
  const current = currentRiskDecision(ctx, caseId);
  return current ? shown(current) : null;
}

export function riskHistory(ctx: ServiceContext, caseId: string) {
  return riskDecisions(ctx, caseId).map(shown);
}

export function assessRisk(ctx: ServiceContext, input: z.output<typeof riskAssessmentInput>) {
  getCase(ctx, input.caseId);
  const id = ctx.newId();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        'INSERT INTO risk_decisions (id, case_id, decision, measures, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.caseId, input.decision, input.measures, input.decidedBy, ctx.now().toISOString());
    recordCaseEvent(ctx, input.caseId, 'risk_decision', { decisionId: id, decision: input.decision });
  })();
  return getRiskAssessment(ctx, input.caseId)!;
}
