/**
 * The Today screen: meetings and conferences in the next two weeks across every case that is
 * not archived, and the agreed actions that are overdue or due within a week. A busy service
 * has hundreds of each, so both come a page at a time (earliest first) with their totals, and
 * the meetings with a count per day so every day's heading can say how many it holds.
 */
import type { z } from 'zod';
import type { todayInput, todaySchema } from '../../../shared/schemas/notes';
import { dueActions } from '../agreements';
import { localMinute, toMeeting, type MeetingRow, type ServiceContext } from '../core';

export const TODAY_HORIZON_DAYS = 14;

const upcoming = `FROM meetings m JOIN cases c ON c.id = m.case_id
  WHERE c.archived_at IS NULL AND m.starts_at >= @from AND m.starts_at <= @to`;

export function today(
  ctx: ServiceContext,
  input: z.output<typeof todayInput> = { meetingsLimit: 40, actionsLimit: 40 },
): z.output<typeof todaySchema> {
  const now = ctx.now();
  const range = {
    from: localMinute(new Date(now.getTime() - 60 * 60_000)),
    to: localMinute(new Date(now.getTime() + TODAY_HORIZON_DAYS * 86_400_000)),
  };
  const rows = ctx.db
    .prepare(
      `SELECT m.*, c.reference AS case_reference, c.title AS case_title ${upcoming}
       ORDER BY m.starts_at, m.rowid LIMIT @limit`,
    )
    .all({ ...range, limit: input.meetingsLimit }) as (MeetingRow & {
    case_reference: string;
    case_title: string;
  })[];
  const meetingDays = ctx.db
    .prepare(
      `SELECT substr(m.starts_at, 1, 10) AS day, count(*) AS count ${upcoming} GROUP BY day ORDER BY day`,
    )
    .all(range) as { day: string; count: number }[];
  const due = dueActions(ctx);
  return {
    upcomingMeetings: rows.map((r) => ({
      ...toMeeting(r),
      caseReference: r.case_reference,
      caseTitle: r.case_title,
    })),
    meetingsTotal: meetingDays.reduce((sum, d) => sum + d.count, 0),
    meetingDays,
    dueActions: due.slice(0, input.actionsLimit),
    actionsTotal: due.length,
    overdueTotal: due.filter((a) => a.overdue).length,
  };
}
