/**
 * Preparation records as rows become records: each is a meeting (so it shows on Today and in
 * the timeline, and notes can attach to it) plus who was present and the checklist.
 */
import type { PreparationRecord } from '../../../shared/schemas/conference';
import type { ServiceContext } from './context';
import { json } from './json';

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
  return {
    id: row.id,
    participantId: row.participant_id,
    meetingId: row.meeting_id,
    startsAt: row.starts_at,
    place: row.place,
    present: row.present,
    // An unreadable checklist counts as nothing ticked.
    checklist: json<Record<string, boolean>>(row.checklist, {}),
    saidNotWilling: row.said_not_willing === 1,
  };
}

const recordSelect = `SELECT r.*, m.starts_at, m.place FROM preparation_records r JOIN meetings m ON m.id = r.meeting_id`;

export function getPreparationRecord(ctx: ServiceContext, id: string): PreparationRecord {
  return toRecord(ctx.db.prepare(`${recordSelect} WHERE r.id = ?`).get(id) as RecordRow);
}

/** Every preparation record of a case, in the order the meetings were held. */
export function preparationRecords(ctx: ServiceContext, caseId: string): PreparationRecord[] {
  return (
    ctx.db.prepare(`${recordSelect} WHERE r.case_id = ? ORDER BY m.starts_at`).all(caseId) as RecordRow[]
  ).map(toRecord);
}
