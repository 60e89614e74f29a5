/**
 * Risk and vulnerability flags, per case and optionally per person. Every flag is
 * confidential by construction (the column only accepts 1): document builders for
 * participants must never read this table.
 */
import type { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors';
import type { RiskFlag, riskFlagInput } from '../../../shared/schemas/people';
import { recordCaseEvent, touchCase, type ServiceContext } from '../core';

interface RiskRow {
  id: string;
  case_id: string;
  person_id: string | null;
  category: string;
  detail: string;
  level: string;
  mitigations: string;
  resolved_at: string | null;
  created_at: string;
  updated_at: string;
}

function toRisk(row: RiskRow): RiskFlag {
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    category: row.category as RiskFlag['category'],
    detail: row.detail,
    level: row.level as RiskFlag['level'],
    mitigations: row.mitigations,
    confidential: true,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getRisk(ctx: ServiceContext, id: string): RiskFlag {
  const row = ctx.db.prepare('SELECT * FROM risk_flags WHERE id = ?').get(id) as RiskRow | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That flag no longer exists.' });
  return toRisk(row);
}

export function listRisks(ctx: ServiceContext, caseId: string): RiskFlag[] {
  const rows = ctx.db
    .prepare(
      `SELECT * FROM risk_flags WHERE case_id = ?
       ORDER BY resolved_at IS NOT NULL, CASE level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, created_at`,
    )
    .all(caseId) as RiskRow[];
  return rows.map(toRisk);
}

export function saveRisk(ctx: ServiceContext, input: z.output<typeof riskFlagInput>): RiskFlag {
  if (input.personId) {
    const inCase = ctx.db
      .prepare('SELECT 1 FROM participants WHERE case_id = ? AND person_id = ?')
      .get(input.caseId, input.personId);
    if (!inCase)
      throw new WorkbenchError({
        code: 'invalid_input',
        message: 'That person is not part of this case.',
        fields: { personId: 'Choose someone in this case.' },
      });
  }
  const at = ctx.now().toISOString();
  const id = input.id ?? ctx.newId();
  if (input.id) {
    const existing = getRisk(ctx, input.id);
    if (existing.caseId !== input.caseId)
      throw new WorkbenchError({ code: 'invalid_input', message: 'That flag belongs to another case.' });
  }
  ctx.db
    .prepare(
      `INSERT INTO risk_flags (id, case_id, person_id, category, detail, level, mitigations, created_at, updated_at)
       VALUES (@id, @caseId, @personId, @category, @detail, @level, @mitigations, @at, @at)
       ON CONFLICT(id) DO UPDATE SET person_id = excluded.person_id, category = excluded.category, detail = excluded.detail,
         level = excluded.level, mitigations = excluded.mitigations, updated_at = excluded.updated_at`,
    )
    .run({ ...input, id, at });
  if (input.id) touchCase(ctx, input.caseId, at);
  else
    recordCaseEvent(ctx, input.caseId, 'risk_flag', {
      flagId: id,
      category: input.category,
      level: input.level,
      personId: input.personId,
    });
  return getRisk(ctx, id);
}

export function resolveRisk(ctx: ServiceContext, id: string): RiskFlag {
  const current = getRisk(ctx, id);
  if (!current.resolvedAt) {
    const at = ctx.now().toISOString();
    ctx.db.prepare('UPDATE risk_flags SET resolved_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
  }
  return getRisk(ctx, id);
}
