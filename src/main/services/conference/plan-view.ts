/**
 * The conference plan as the screens and documents read it: the stored row, plus what the
 * case core says of each person (withdrawn, left out of others' letters, given consent again),
 * the readiness gate, the risk decision and its history, the appropriateness check, why a
 * confirmed conference went back to planning, and the letters made so far.
 */
import { conferenceBlockers } from '../../../shared/domain/readiness';
import type { ConferencePlan, RunPhase } from '../../../shared/schemas/conference';
import { json, jsonObject, participantDocumentsBlocked, type CaseRoster, type ServiceContext } from '../core';
import { appropriatenessOf } from './appropriateness';
import { lettersMade } from './letters-made';
import { readinessRows } from './preparation';
import { getRiskAssessment, riskHistory } from './risk-assessment';

export interface PlanRow {
  case_id: string;
  starts_at: string | null;
  expected_minutes: number;
  venue: string;
  room: string;
  safety_measures: string;
  arrangements: string;
  roles_in_letters: number;
  interpreter: string;
  refreshments: string;
  who_brings_what: string;
  invited: string;
  speaking_order: string;
  seating: string;
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

/** Each participant as the Conference tab shows them. */
function peopleOf(roster: CaseRoster): ConferencePlan['people'] {
  return roster.entries.map(({ participant, standing }) => ({
    participantId: participant.id,
    name: participant.person.preferredName,
    role: participant.role,
    supportingName: participant.supportsParticipantId
      ? (roster.byParticipant.get(participant.supportsParticipantId)?.participant.person.preferredName ??
        null)
      : null,
    invited: standing.invited,
    withdrawn: standing.withdrawn,
    withdrawnReason: standing.withdrawn ? standing.readiness.reason : '',
    shareWithdrawn: standing.shareWithdrawal !== null,
    givenAgain: standing.consentGivenAgain,
  }));
}

/** Why a conference that was confirmed is being planned again (the latest move back), if so. */
function reopenedOf(ctx: ServiceContext, row: PlanRow, roster: CaseRoster): ConferencePlan['reopened'] {
  if (row.status === 'confirmed') return null;
  const event = ctx.db
    .prepare(
      `SELECT at, detail FROM case_events WHERE case_id = ? AND kind IN ('conference_reopened', 'conference_confirmed')
       ORDER BY rowid DESC LIMIT 1`,
    )
    .get(row.case_id) as { at: string; detail: string } | undefined;
  const detail = json<{ cause?: string; personId?: string }>(event?.detail ?? '{}', {});
  if (!event || (detail.cause !== 'plan_changed' && detail.cause !== 'withdrawal')) return null;
  const person = roster.entries.find((e) => e.participant.person.id === detail.personId);
  return { at: event.at, cause: detail.cause, name: person?.participant.person.preferredName ?? null };
}

export function planOf(ctx: ServiceContext, row: PlanRow, roster: CaseRoster): ConferencePlan {
  const caseId = row.case_id;
  // People removed from the case drop out of the plan's lists on read.
  const { invited, speakingOrder, seating } = roster.plan;
  const risk = getRiskAssessment(ctx, caseId);
  const invitedEntries = roster.entries.filter((e) => e.standing.invited);
  const blockers = conferenceBlockers({
    invited: invitedEntries.map((e) => e.standing.preparation),
    shareWithdrawals: invitedEntries.flatMap(({ participant, standing }) =>
      standing.shareWithdrawal && !standing.shareWithdrawal.acknowledged
        ? [
            {
              participantId: participant.id,
              name: participant.person.preferredName,
              consentId: standing.shareWithdrawal.consentId,
            },
          ]
        : [],
    ),
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
    safetyMeasures: row.safety_measures,
    arrangements: json<{ participantId: string; text: string }[]>(row.arrangements, []).filter((a) =>
      roster.byParticipant.has(a.participantId),
    ),
    rolesInLetters: row.roles_in_letters === 1,
    interpreter: row.interpreter,
    refreshments: row.refreshments,
    whoBringsWhat: row.who_brings_what,
    invited,
    speakingOrder,
    seating,
    appropriateness: appropriatenessOf(ctx, caseId),
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
    riskHistory: riskHistory(ctx, caseId),
    readiness: readinessRows(roster),
    blockers: blockers.map((b) => ({
      code: b.code,
      message: b.message,
      fix: Object.fromEntries(Object.entries(b.fix).map(([k, v]) => [k, String(v)])),
    })),
    people: peopleOf(roster),
    reopened: reopenedOf(ctx, row, roster),
    lettersMade: lettersMade(ctx, roster),
    participantDocumentsBlocked: participantDocumentsBlocked(ctx, roster.case),
  };
}
