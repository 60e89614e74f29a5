/**
 * The risk assessment's decision (proceed, with measures, indirect, co-facilitate, stop), its
 * measures and who decided: what the readiness gate reads before a conference is confirmed.
 */
import type { z } from 'zod';
import type { RiskDecision } from '../../../shared/domain/readiness';
import type { riskAssessmentInput } from '../../../shared/schemas/conference';
import { getCase, touchCase, type ServiceContext } from '../core';

export function getRiskAssessment(ctx: ServiceContext, caseId: string) {
  const row = ctx.db.prepare('SELECT * FROM risk_assessments WHERE case_id = ?').get(caseId) as
    | { case_id: string; decision: string; measures: string; decided_by: string; decided_at: string }
    | undefined;
  return row
    ? {
        caseId: row.case_id,
        decision: row.decision as RiskDecision,
        measures: row.measures,
        decidedBy: row.decided_by,
        decidedAt: row.decided_at,
      }
    : null;
}

export function assessRisk(ctx: ServiceContext, input: z.output<typeof riskAssessmentInput>) {
  getCase(ctx, input.caseId);
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO risk_assessments (case_id, decision, measures, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(case_id) DO UPDATE SET decision = excluded.decision, measures = excluded.measures,
         decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
    )
    .run(input.caseId, input.decision, input.measures, input.decidedBy, at);
  touchCase(ctx, input.caseId, at);
  return getRiskAssessment(ctx, input.caseId)!;
}
