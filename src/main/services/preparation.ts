/**
 * Preparation meetings per participant (supporters too) and the readiness derived from their
 * checklists and consent. Each record is a meeting (so it shows on Today and in the timeline,
 * and notes can attach to it) plus who was present and the checklist.
 */
import type { z } from 'zod';
import {
  participantReadiness,
  type Checklist,
  type ParticipantPreparation,
} from '../../shared/domain/readiness';
import { WorkbenchError } from '../../shared/errors';
import type {
  PreparationRecord,
  participantReadinessSchema,
  preparationInput,
} from '../../shared/schemas/conference';
import { touchCase } from './case-events';
import type { ServiceContext } from './context';
import { saveMeeting } from './meetings';
import { listParticipants } from './people';

interface RecordRow {
  id: string;
  participant_id: string;
  meeting_id: string;
  starts_at: string;
  place: string;
  present: string;
  checklist: string;
  said_not_willing: number;
}

function toRecord(row: RecordRow): PreparationRecord {
  let checklist: Record<string, boolean> = {};
  try {
    checklist = JSON.parse(row.checklist) as Record<string, boolean>;
  } catch {
    /* an unreadable checklist counts as nothing ticked */
  }
  return {
    id: row.id,
    participantId: row.participant_id,
    meetingId: row.meeting_id,
    startsAt: row.starts_at,
    place: row.place,
    present: row.present,
    checklist,
    saidNotWilling: row.said_not_willing === 1,
  };
}

const recordSelect = `SELECT r.*, m.starts_at, m.place FROM preparation_records r JOIN meetings m ON m.id = r.meeting_id`;

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
  })();
  return toRecord(ctx.db.prepare(`${recordSelect} WHERE r.id = ?`).get(id) as RecordRow);
}

type ReadinessRow = z.output<typeof participantReadinessSchema>;

/** Each participant with their records and the inputs the readiness rules read. */
function gather(ctx: ServiceContext, caseId: string) {
  const records = (
    ctx.db.prepare(`${recordSelect} WHERE r.case_id = ? ORDER BY m.starts_at`).all(caseId) as RecordRow[]
  ).map(toRecord);
  return listParticipants(ctx, caseId).map((p) => {
    const mine = records.filter((r) => r.participantId === p.id);
    const takePart = p.consents.filter((c) => c.kind === 'take_part').at(-1);
    const preparation: ParticipantPreparation = {
      participantId: p.id,
      name: p.person.preferredName,
      meetings: mine.map((r) => r.checklist as Checklist),
      takePart: !takePart ? 'not_recorded' : takePart.withdrawnOn ? 'withdrawn' : takePart.decision,
      saidNotWilling: mine.at(-1)?.saidNotWilling ?? false,
    };
    return { participant: p, records: mine, preparation };
  });
}

/** Every participant of the case with readiness, its reason, and their preparation records. */
export function caseReadiness(ctx: ServiceContext, caseId: string): ReadinessRow[] {
  return gather(ctx, caseId).map(({ participant, records, preparation }) => {
    const result = participantReadiness(preparation);
    return {
      participantId: participant.id,
      name: participant.person.preferredName,
      role: participant.role,
      readiness: result.readiness,
      reason: result.reason,
      records,
    };
  });
}

export function preparationInputs(ctx: ServiceContext, caseId: string): ParticipantPreparation[] {
  return gather(ctx, caseId).map((g) => g.preparation);
}
