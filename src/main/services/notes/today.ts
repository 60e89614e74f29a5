/**
 * The Today screen: meetings and conferences in the next two weeks across every case that is
 * not archived, and the agreed actions that are overdue or due within a week.
 */
import type { z } from 'zod';
import type { todaySchema } from '../../../shared/schemas/notes';
import { dueActions } from '../agreements';
import { localMinute, toMeeting, type MeetingRow, type ServiceContext } from '../core';

export const TODAY_HORIZON_DAYS = 14;

export function today(ctx: ServiceContext): z.output<typeof todaySchema> {
  const now = ctx.now();
  const rows = ctx.db
    .prepare(
      `SELECT m.*, c.reference AS case_reference, c.title AS case_title FROM meetings m JOIN cases c ON c.id = m.case_id
       WHERE c.archived_at IS NULL AND m.starts_at >= @from AND m.starts_at <= @to ORDER BY m.starts_at`,
    )
    .all({
      from: localMinute(new Date(now.getTime() - 60 * 60_000)),
      to: localMinute(new Date(now.getTime() + TODAY_HORIZON_DAYS * 86_400_000)),
    }) as (MeetingRow & { case_reference: string; case_title: string })[];
  return {
    upcomingMeetings: rows.map((r) => ({
      ...toMeeting(r),
      caseReference: r.case_reference,
      caseTitle: r.case_title,
    })),
    dueActions: dueActions(ctx),
  };
}
