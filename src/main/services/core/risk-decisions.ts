/**
 * Risk decisions of a case, kept in full: each decision is appended, the latest is the one
 * that counts, and earlier ones stay readable. Read by the readiness gate and by every
 * participant document (a decision to stop means none can be made).
 */
import type { RiskDecision } from '../../../shared/domain/readiness';
import type { ServiceContext } from './context';

export interface RiskDecisionRecord {
  id: string;
  caseId: string;
  decision: RiskDecision;
  measures: string;
  decidedBy: string;
  decidedAt: string;
}

interface Row {
  id: string;
  case_id: string;
  decision: string;
  measures: string;
  decided_by: string;
  decided_at: string;
}

const toRecord = (row: Row): RiskDecisionRecord => ({
  id: row.id,
  caseId: row.case_id,
  decision: row.decision as RiskDecision,
  measures: row.measures,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
});

/** Every decision of the case, newest first. */
export function riskDecisions(ctx: ServiceContext, caseId: string): RiskDecisionRecord[] {
  return (
    ctx.db
      .prepare('SELECT * FROM risk_decisions WHERE case_id = ? ORDER BY decided_at DESC, rowid DESC')
      .all(caseId) as Row[]
  ).map(toRecord);
}

export function currentRiskDecision(ctx: ServiceContext, caseId: string): RiskDecisionRecord | null {
  const row = ctx.db
    .prepare('SELECT * FROM risk_decisions WHERE case_id = ? ORDER BY decided_at DESC, rowid DESC LIMIT 1')
    .get(caseId) as Row | undefined;
  return row ? toRecord(row) : null;
}
