/**
 * The conference plan of a case: logistics, who is invited and in what speaking order, the
 * seating, the run sheet (from a template, then edited), the readiness gate and confirmation,
 * and run mode's position and captured draft actions. One row per case, JSON for the lists.
 */
import type { z } from 'zod';
import { conferenceBlockers } from '../../../shared/domain/readiness';
import { expandTemplate, templateFor } from '../../../shared/domain/script-templates';
import { WorkbenchError } from '../../../shared/errors';
import type { ConferencePlan, RunPhase, planUpdateInput } from '../../../shared/schemas/conference';
import {
  caseRoster,
  getCase,
  json,
  jsonObject,
  saveMeeting,
  touchCase,
  type CaseRoster,
  type ServiceContext,
} from '../core';
import { readinessRows } from './preparation';
import { getRiskAssessment } from './risk-assessment';
import { effectiveTemplate } from './templates';

interface PlanRow {
  case_id: string;
  starts_at: string | null;
  expected_minutes: number;
  venue: string;
  room: string;
  access: string;
  interpreter: string;
  refreshments: string;
  who_brings_what: string;
  invited: string;
  speaking_order: string;
  seating: string;
  appropriateness: string;
  fgc: string;
  template_id: string | null;
  template_version: number | null;
  run_sheet: string;
  run_state: string;
  status: string;
  override_reason: string | null;
  confirmed_at: string | null;
  meeting_id: string | null;
}

export function ensurePlan(ctx: ServiceContext, caseId: string): PlanRow {
  getCase(ctx, caseId);
  ctx.db
    .prepare('INSERT OR IGNORE INTO conference_plans (case_id, updated_at) VALUES (?, ?)')
    .run(caseId, ctx.now().toISOString());
  return ctx.db.prepare('SELECT * FROM conference_plans WHERE case_id = ?').get(caseId) as PlanRow;
}

/**
 * Until the facilitator records the appropriateness check, the acknowledgement starts from what
 * the referral said, so it is not asked twice; `fromReferral` lets the screen say so.
 */
function appropriatenessOf(ctx: ServiceContext, caseId: string, stored: string) {
  const saved = jsonObject(stored, { acknowledged: '', willingness: '' });
  if (saved.acknowledged) return { ...saved, fromReferral: false };
  const referral = ctx.db.prepare('SELECT acknowledged FROM cases WHERE id = ?').get(caseId) as
    { acknowledged: string } | undefined;
  return {
    acknowledged: referral?.acknowledged ?? 'unknown',
    willingness: saved.willingness,
    fromReferral: true,
  };
}

export function getPlan(ctx: ServiceContext, caseId: string): ConferencePlan {
  const row = ensurePlan(ctx, caseId);
  return planOf(ctx, row, caseRoster(ctx, caseId));
}

function planOf(ctx: ServiceContext, row: PlanRow, roster: CaseRoster): ConferencePlan {
  const caseId = row.case_id;
  // People removed from the case drop out of the plan's lists on read.
  const { invited, speakingOrder, seating } = roster.plan;
  const risk = getRiskAssessment(ctx, caseId);
  const blockers = conferenceBlockers({
    invited: roster.entries.filter((e) => e.standing.invited).map((e) => e.standing.preparation),
    riskDecision: risk?.decision ?? null,
    date: row.starts_at,
    venue: row.venue,
    room: row.room,
  });
  return {
    caseId,
    startsAt: row.starts_at,
    expectedMinutes: row.expected_minutes,
    venue: row.venue,
    room: row.room,
    access: row.access,
    interpreter: row.interpreter,
    refreshments: row.refreshments,
    whoBringsWhat: row.who_brings_what,
    invited,
    speakingOrder,
    seating,
    appropriateness: appropriatenessOf(ctx, caseId, row.appropriateness),
    fgc: jsonObject(row.fgc, {
      bottomLines: [] as string[],
      preAgreedQuestions: [] as string[],
      familyLeadParticipantId: null as string | null,
    }),
    templateId: row.template_id,
    templateVersion: row.template_version,
    runSheet: json<RunPhase[]>(row.run_sheet, []),
    status: row.status === 'confirmed' ? 'confirmed' : 'planning',
    overrideReason: row.override_reason,
    confirmedAt: row.confirmed_at,
    riskAssessment: risk,
    readiness: readinessRows(roster),
    blockers: blockers.map((b) => ({
      code: b.code,
      message: b.message,
      fix: Object.fromEntries(Object.entries(b.fix).map(([k, v]) => [k, String(v)])),
    })),
  };
}

function assertInCase(ctx: ServiceContext, caseId: string, ids: readonly string[], field: string): void {
  const known = caseRoster(ctx, caseId).byParticipant;
  if (ids.some((id) => !known.has(id))) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Someone in that list is not part of this case.',
      fields: { [field]: 'Choose people in this case.' },
    });
  }
}

const columns: Record<string, string> = {
  startsAt: 'starts_at',
  expectedMinutes: 'expected_minutes',
  venue: 'venue',
  room: 'room',
  access: 'access',
  interpreter: 'interpreter',
  refreshments: 'refreshments',
  whoBringsWhat: 'who_brings_what',
  invited: 'invited',
  speakingOrder: 'speaking_order',
  seating: 'seating',
  appropriateness: 'appropriateness',
  fgc: 'fgc',
};

export function updatePlan(ctx: ServiceContext, input: z.output<typeof planUpdateInput>): ConferencePlan {
  ensurePlan(ctx, input.caseId);
  if (input.invited) assertInCase(ctx, input.caseId, input.invited, 'invited');
  if (input.speakingOrder) assertInCase(ctx, input.caseId, input.speakingOrder, 'speakingOrder');
  if (input.seating)
    assertInCase(
      ctx,
      input.caseId,
      input.seating.map((s) => s.participantId),
      'seating',
    );
  if (input.fgc?.familyLeadParticipantId)
    assertInCase(ctx, input.caseId, [input.fgc.familyLeadParticipantId], 'fgc.familyLeadParticipantId');
  const at = ctx.now().toISOString();
  const sets: string[] = [];
  const params: Record<string, unknown> = { caseId: input.caseId, at };
  for (const [key, column] of Object.entries(columns)) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    sets.push(`${column} = @${key}`);
    params[key] = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
  }
  // Changing what was confirmed (when, where, who) reopens planning: the gate must be passed again.
  const reopens = ['startsAt', 'venue', 'room', 'invited'].some(
    (k) => (input as Record<string, unknown>)[k] !== undefined,
  );
  ctx.db.transaction(() => {
    if (sets.length)
      ctx.db
        .prepare(`UPDATE conference_plans SET ${sets.join(', ')}, updated_at = @at WHERE case_id = @caseId`)
        .run(params);
    if (reopens)
      ctx.db
        .prepare(
          `UPDATE conference_plans SET status = 'planning', confirmed_at = NULL, override_reason = NULL WHERE case_id = ?`,
        )
        .run(input.caseId);
    syncConferenceMeeting(ctx, input.caseId);
    touchCase(ctx, input.caseId, at);
  })();
  return getPlan(ctx, input.caseId);
}

/** Keeps the conference in the meetings list (and so on Today) once it has a date. */
function syncConferenceMeeting(ctx: ServiceContext, caseId: string): void {
  const row = ctx.db
    .prepare('SELECT starts_at, venue, room, meeting_id FROM conference_plans WHERE case_id = ?')
    .get(caseId) as Pick<PlanRow, 'starts_at' | 'venue' | 'room' | 'meeting_id'>;
  if (!row.starts_at) return;
  const place = [row.room, row.venue].filter(Boolean).join(', ');
  const meeting = saveMeeting(ctx, {
    ...(row.meeting_id ? { id: row.meeting_id } : {}),
    caseId,
    kind: 'conference',
    title: 'Conference',
    startsAt: row.starts_at,
    place,
  });
  ctx.db.prepare('UPDATE conference_plans SET meeting_id = ? WHERE case_id = ?').run(meeting.id, caseId);
}

export function confirmConference(
  ctx: ServiceContext,
  caseId: string,
  overrideReason?: string,
): ConferencePlan {
  const plan = getPlan(ctx, caseId);
  const reason = overrideReason?.trim() ?? '';
  if (plan.blockers.length > 0 && !reason) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: `The conference cannot be confirmed yet: ${plan.blockers.length} thing${plan.blockers.length === 1 ? ' is' : 's are'} still missing. Give a reason to confirm anyway.`,
      fields: { overrideReason: 'Needed to confirm while something is missing.' },
    });
  }
  ctx.db
    .prepare(
      `UPDATE conference_plans SET status = 'confirmed', confirmed_at = ?, override_reason = ? WHERE case_id = ?`,
    )
    .run(ctx.now().toISOString(), plan.blockers.length > 0 ? reason : null, caseId);
  touchCase(ctx, caseId);
  return getPlan(ctx, caseId);
}

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
  // Those the conference is for: the invited, or everyone while nobody has been chosen.
  const people = roster.expected.map((e) => e.participant);
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
