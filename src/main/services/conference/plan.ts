/**
 * The conference plan of a case: logistics, who is invited and in what speaking order, the
 * seating, the readiness gate and confirmation. One row per case, JSON for the lists; what
 * each person's standing means for the plan is read from the case core (plan-view.ts).
 */
import type { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors';
import type { ConferencePlan, planUpdateInput } from '../../../shared/schemas/conference';
import {
  advanceStatus,
  caseRoster,
  getCase,
  recordCaseEvent,
  reopenConference,
  saveMeeting,
  touchCase,
  type ServiceContext,
} from '../core';
import { recordAppropriateness } from './appropriateness';
import { planOf, type PlanRow } from './plan-view';

/** The case's plan row, made (with the table's defaults) if the case has none yet: for writers. */
export function ensurePlan(ctx: ServiceContext, caseId: string): PlanRow {
  getCase(ctx, caseId);
  ctx.db
    .prepare('INSERT OR IGNORE INTO conference_plans (case_id, updated_at) VALUES (?, ?)')
    .run(caseId, ctx.now().toISOString());
  return ctx.db.prepare('SELECT * FROM conference_plans WHERE case_id = ?').get(caseId) as PlanRow;
}

/**
 * The row a case without a plan reads as: the table's own column defaults, read from the
 * schema so they are written in one place. Reading a plan never writes one (a read-only
 * connection in a worker reads plans too).
 */
function unsavedPlanRow(ctx: ServiceContext, caseId: string): PlanRow {
  const columns = ctx.db
    .prepare(`SELECT name, dflt_value FROM pragma_table_info('conference_plans')`)
    .all() as { name: string; dflt_value: string | null }[];
  const values = columns.map(({ name, dflt_value }) =>
    name === 'case_id' ? '@caseId AS case_id' : `${dflt_value ?? 'NULL'} AS "${name}"`,
  );
  return ctx.db.prepare(`SELECT ${values.join(', ')}`).get({ caseId }) as PlanRow;
}

function planRow(ctx: ServiceContext, caseId: string): PlanRow {
  getCase(ctx, caseId);
  const row = ctx.db.prepare('SELECT * FROM conference_plans WHERE case_id = ?').get(caseId) as
    PlanRow | undefined;
  return row ?? unsavedPlanRow(ctx, caseId);
}

export function getPlan(ctx: ServiceContext, caseId: string): ConferencePlan {
  return planOf(ctx, planRow(ctx, caseId), caseRoster(ctx, caseId));
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
  safetyMeasures: 'safety_measures',
  arrangements: 'arrangements',
  rolesInLetters: 'roles_in_letters',
  interpreter: 'interpreter',
  refreshments: 'refreshments',
  whoBringsWhat: 'who_brings_what',
  invited: 'invited',
  speakingOrder: 'speaking_order',
  seating: 'seating',
  fgc: 'fgc',
};

function storedValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
}

export function updatePlan(ctx: ServiceContext, input: z.output<typeof planUpdateInput>): ConferencePlan {
  ensurePlan(ctx, input.caseId);
  const lists: [string, readonly string[] | undefined][] = [
    ['invited', input.invited],
    ['speakingOrder', input.speakingOrder],
    ['seating', input.seating?.map((s) => s.participantId)],
    ['arrangements', input.arrangements?.map((a) => a.participantId)],
    [
      'fgc.familyLeadParticipantId',
      input.fgc?.familyLeadParticipantId ? [input.fgc.familyLeadParticipantId] : undefined,
    ],
  ];
  for (const [field, ids] of lists) if (ids) assertInCase(ctx, input.caseId, ids, field);
  const at = ctx.now().toISOString();
  const sets: string[] = [];
  const params: Record<string, unknown> = { caseId: input.caseId, at };
  for (const [key, column] of Object.entries(columns)) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    sets.push(`${column} = @${key}`);
    params[key] = storedValue(value);
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
    if (input.appropriateness) recordAppropriateness(ctx, input.caseId, input.appropriateness);
    if (reopens) reopenConference(ctx, input.caseId, { cause: 'plan_changed' });
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
  ensurePlan(ctx, caseId);
  const plan = getPlan(ctx, caseId);
  const reason = overrideReason?.trim() ?? '';
  if (plan.blockers.length > 0 && !reason) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: `The conference cannot be confirmed yet: ${plan.blockers.length} thing${plan.blockers.length === 1 ? ' is' : 's are'} still missing. Give a reason to confirm anyway.`,
      fields: { overrideReason: 'Needed to confirm while something is missing.' },
    });
  }
  const at = ctx.now().toISOString();
  const override = plan.blockers.length > 0 ? reason : null;
  const confirmationId = ctx.newId();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `UPDATE conference_plans SET status = 'confirmed', confirmed_at = ?, override_reason = ? WHERE case_id = ?`,
      )
      .run(at, override, caseId);
    // Kept with its reason, so the timeline can say later what was confirmed and why.
    ctx.db
      .prepare(
        'INSERT INTO conference_confirmations (id, case_id, confirmed_at, override_reason, missing) VALUES (?, ?, ?, ?, ?)',
      )
      .run(confirmationId, caseId, at, override, plan.blockers.length);
    recordCaseEvent(ctx, caseId, 'conference_confirmed', {
      confirmationId,
      missing: plan.blockers.length,
    });
    advanceStatus(ctx, caseId, 'conference', 'conference_confirmed');
  })();
  return getPlan(ctx, caseId);
}

/**
 * The facilitator has seen that someone withdrew consent to share information (they are left
 * out of everyone else's letters); the gate stops listing it. A later withdrawal is a new
 * consent record, so it is listed again.
 */
export function acknowledgeShareWithdrawal(
  ctx: ServiceContext,
  caseId: string,
  consentId: string,
): ConferencePlan {
  const entry = caseRoster(ctx, caseId).entries.find(
    (e) => e.standing.shareWithdrawal?.consentId === consentId,
  );
  if (!entry)
    throw new WorkbenchError({
      code: 'not_found',
      message:
        'That withdrawal is no longer current: consent to share information may have been given again.',
    });
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        'INSERT OR IGNORE INTO gate_acknowledgements (consent_id, case_id, acknowledged_at) VALUES (?, ?, ?)',
      )
      .run(consentId, caseId, ctx.now().toISOString());
    recordCaseEvent(ctx, caseId, 'share_acknowledged', { personId: entry.participant.person.id });
  })();
  return getPlan(ctx, caseId);
}
