/**
 * Preparation meetings per participant (supporters too) and the readiness derived from their
 * checklists and consent. Each record is a meeting (so it shows on Today and in the timeline,
 * and notes can attach to it) plus who was present and the checklist; readiness itself is
 * part of each participant's standing in the case core.
 */
import type { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors';
import type {
  PreparationRecord,
  participantReadinessSchema,
  preparationInput,
} from '../../../shared/schemas/conference';
import {
  advanceStatus,
  caseRoster,
  getPreparationRecord,
  saveMeeting,
  touchCase,
  type CaseRoster,
  type ServiceContext,
} from '../core';

export function savePreparation(
  ctx: ServiceContext,
  input: z.output<typeof preparationInput>,
): PreparationRecord {
  const participant = ctx.db
    .prepare('SELECT case_id FROM participants WHERE id = ?')
    .get(input.participantId) as { case_id: string } | undefined;
  if (!participant || participant.case_id !== input.caseId) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'That person is not part of this case.',
      fields: { participantId: 'Choose someone in this case.' },
    });
  }
  const at = ctx.now().toISOString();
  const id = input.id ?? ctx.newId();
  ctx.db.transaction(() => {
    const existing = input.id
      ? (ctx.db.prepare('SELECT meeting_id, case_id FROM preparation_records WHERE id = ?').get(input.id) as
          { meeting_id: string; case_id: string } | undefined)
      : undefined;
    if (input.id && (!existing || existing.case_id !== input.caseId)) {
      throw new WorkbenchError({ code: 'not_found', message: 'That preparation record no longer exists.' });
    }
    const meeting = saveMeeting(ctx, {
      ...(existing ? { id: existing.meeting_id } : {}),
      caseId: input.caseId,
      kind: 'preparation',
      title: '',
      startsAt: input.startsAt,
      place: input.place,
    });
    ctx.db
      .prepare(
        `INSERT INTO preparation_records (id, case_id, participant_id, meeting_id, present, checklist, said_not_willing, created_at, updated_at)
         VALUES (@id, @caseId, @participantId, @meetingId, @present, @checklist, @notWilling, @at, @at)
         ON CONFLICT(id) DO UPDATE SET participant_id = excluded.participant_id, present = excluded.present,
           checklist = excluded.checklist, said_not_willing = excluded.said_not_willing, updated_at = excluded.updated_at`,
      )
      .run({
        id,
        caseId: input.caseId,
        participantId: input.participantId,
        meetingId: meeting.id,
        present: input.present,
        checklist: JSON.stringify(input.checklist),
        notWilling: input.saidNotWilling ? 1 : 0,
        at,
      });
    touchCase(ctx, input.caseId, at);
    if (!existing) advanceStatus(ctx, input.caseId, 'preparation', 'first_preparation_meeting');
  })();
  return getPreparationRecord(ctx, id);
}

type ReadinessRow = z.output<typeof participantReadinessSchema>;

/** Every participant of the case with readiness, its reason, and their preparation records. */
export function readinessRows(roster: CaseRoster): ReadinessRow[] {
  return roster.entries.map(({ participant, standing, records }) => ({
    participantId: participant.id,
    name: participant.person.preferredName,
    role: participant.role,
    readiness: standing.readiness.readiness,
    reason: standing.readiness.reason,
    records,
  }));
}

export function caseReadiness(ctx: ServiceContext, caseId: string): ReadinessRow[] {
  return readinessRows(caseRoster(ctx, caseId));
}
