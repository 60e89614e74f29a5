/**
 * Meetings of a case (preparation meetings, the conference, reviews, conversations): part of
 * the case record, since preparation, the conference plan and quick capture all keep one.
 */
import type { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors';
import type { Meeting, meetingInput } from '../../../shared/schemas/notes';
import { touchCase } from './case-events';
import type { ServiceContext } from './context';

export interface MeetingRow {
  id: string;
  case_id: string;
  kind: string;
  title: string;
  starts_at: string;
  place: string;
  created_at: string;
}

export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind as Meeting['kind'],
    title: row.title,
    startsAt: row.starts_at,
    place: row.place,
    createdAt: row.created_at,
  };
}

export function getMeeting(ctx: ServiceContext, id: string): Meeting {
  const row = ctx.db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That meeting no longer exists.' });
  return toMeeting(row);
}

export function saveMeeting(ctx: ServiceContext, input: z.output<typeof meetingInput>): Meeting {
  if (!ctx.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) {
    throw new WorkbenchError({ code: 'not_found', message: 'That case no longer exists.' });
  }
  const id = input.id ?? ctx.newId();
  if (input.id && getMeeting(ctx, input.id).caseId !== input.caseId) {
    throw new WorkbenchError({ code: 'invalid_input', message: 'That meeting belongs to another case.' });
  }
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO meetings (id, case_id, kind, title, starts_at, place, created_at)
       VALUES (@id, @caseId, @kind, @title, @startsAt, @place, @at)
       ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title = excluded.title, starts_at = excluded.starts_at,
         place = excluded.place`,
    )
    .run({ ...input, id, at });
  touchCase(ctx, input.caseId, at);
  return getMeeting(ctx, id);
}

export function listMeetings(ctx: ServiceContext, caseId: string): Meeting[] {
  return (
    ctx.db.prepare('SELECT * FROM meetings WHERE case_id = ? ORDER BY starts_at').all(caseId) as MeetingRow[]
  ).map(toMeeting);
}
