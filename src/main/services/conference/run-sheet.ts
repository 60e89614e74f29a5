/**
 * The run sheet: built from a script template for the people the conference is for (never
 * those who have withdrawn), then edited. A case keeps the version of the template it was
 * planned with.
 */
import { expandTemplate, templateFor } from '../../../shared/domain/script-templates';
import { WorkbenchError } from '../../../shared/errors';
import type { ConferencePlan, RunPhase } from '../../../shared/schemas/conference';
import { caseRoster, getCase, type ServiceContext } from '../core';
import { ensurePlan, getPlan } from './plan';
import { effectiveTemplate } from './templates';

export function applyTemplate(ctx: ServiceContext, caseId: string, templateId?: string): ConferencePlan {
  const kase = getCase(ctx, caseId);
  const template = effectiveTemplate(ctx, templateId ?? templateFor(kase.processType).id);
  if (!template)
    throw new WorkbenchError({
      code: 'not_found',
      message: 'That script template does not exist.',
      fields: { templateId: 'Choose a template.' },
    });
  ensurePlan(ctx, caseId);
  const roster = caseRoster(ctx, caseId);
  // Those the conference is for (the invited, or everyone while nobody has been chosen),
  // without anyone who has withdrawn: they have no part to speak.
  const people = roster.expected.filter((e) => !e.standing.withdrawn).map((e) => e.participant);
  const byId = new Map(people.map((p) => [p.id, p]));
  const sheet = expandTemplate(
    template,
    people.map((p) => ({
      id: p.id,
      name: p.person.preferredName,
      role: p.role,
      supportsRole: p.supportsParticipantId ? (byId.get(p.supportsParticipantId)?.role ?? null) : null,
    })),
    roster.plan.speakingOrder,
  );
  ctx.db
    .prepare(
      'UPDATE conference_plans SET template_id = ?, template_version = ?, run_sheet = ?, updated_at = ? WHERE case_id = ?',
    )
    .run(template.id, template.version, JSON.stringify(sheet), ctx.now().toISOString(), caseId);
  return getPlan(ctx, caseId);
}

export function saveRunSheet(ctx: ServiceContext, caseId: string, phases: RunPhase[]): ConferencePlan {
  ensurePlan(ctx, caseId);
  ctx.db
    .prepare('UPDATE conference_plans SET run_sheet = ?, updated_at = ? WHERE case_id = ?')
    .run(JSON.stringify(phases), ctx.now().toISOString(), caseId);
  return getPlan(ctx, caseId);
}
