/**
 * The case record as every service reads it: the row, what the list shows at a glance
 * (people, next meeting, consent withdrawn) and why it needs attention.
 */
import { WITHDRAWN_NOW_SQL } from '../../../shared/domain/consent-state';
import { WorkbenchError } from '../../../shared/errors';
import type { CaseRecord, CaseSummary } from '../../../shared/schemas/cases';
import { getSettings } from '../settings';
import type { ServiceContext } from './context';
import { localMinute } from './time';

/** The facilitator's own "no activity for N days" setting. */
export function attentionDaysOf(ctx: ServiceContext): number {
  return getSettings(ctx.db).attentionDays;
}
const UPCOMING_DAYS = 7;

export interface CaseRow {
  id: string;
  reference: string;
  title: string;
  process_type: string;
  setting: string;
  status: string;
  closure_reason: string | null;
  closure_detail: string | null;
  referral_date: string | null;
  referrer: string | null;
  referral_source: string | null;
  referral_summary: string;
  acknowledged: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  last_activity_at: string;
  people_count: number;
  next_meeting_at: string | null;
  withdrawn_count: number;
}

/** What the list and every case read show at a glance, per case row `c` (indexed lookups). */
export const caseGlanceColumns = `
    (SELECT count(DISTINCT p.person_id) FROM participants p WHERE p.case_id = c.id) AS people_count,
    (SELECT min(m.starts_at) FROM meetings m WHERE m.case_id = c.id AND m.starts_at >= @nowLocal) AS next_meeting_at,
    (SELECT count(*) FROM consents k WHERE k.case_id = c.id AND ${WITHDRAWN_NOW_SQL}) AS withdrawn_count`;

/** The columns every case read shares: the row plus what the list shows at a glance. */
export const caseSelect = `SELECT c.*, ${caseGlanceColumns} FROM cases c`;

/** The row a summary is made from: the list reads only these, never the referral's text. */
export type SummaryRow = Pick<
  CaseRow,
  | 'id'
  | 'reference'
  | 'title'
  | 'process_type'
  | 'setting'
  | 'status'
  | 'archived_at'
  | 'last_activity_at'
  | 'people_count'
  | 'next_meeting_at'
  | 'withdrawn_count'
>;
export const summaryColumns =
  'c.id, c.reference, c.title, c.process_type, c.setting, c.status, c.archived_at, c.last_activity_at';

function attentionOf(row: SummaryRow, now: Date, attentionDays: number): CaseSummary['attention'] {
  const reasons: CaseSummary['attention'] = [];
  if (row.status === 'closed' || row.archived_at) return reasons;
  const idleMs = now.getTime() - new Date(row.last_activity_at).getTime();
  if (idleMs > attentionDays * 86_400_000) reasons.push('no_recent_activity');
  if (row.next_meeting_at) {
    const soon = localMinute(new Date(now.getTime() + UPCOMING_DAYS * 86_400_000));
    if (row.next_meeting_at <= soon) reasons.push('upcoming_meeting');
  }
  if (row.withdrawn_count > 0) reasons.push('consent_withdrawn');
  return reasons;
}

/**
 * attentionOf as SQL over a row `c` with the glance columns, so the list can ask for just
 * the cases that need attention (and count them) without summarising every case. Its
 * parameters come from attentionParams; the two say the same thing, and a test holds them to it.
 */
export const needsAttentionSql = `(c.status != 'closed' AND c.archived_at IS NULL AND (
    c.last_activity_at < @idleBefore OR next_meeting_at <= @soonLocal OR withdrawn_count > 0))`;

export function attentionParams(now: Date, attentionDays: number): { idleBefore: string; soonLocal: string } {
  return {
    idleBefore: new Date(now.getTime() - attentionDays * 86_400_000).toISOString(),
    soonLocal: localMinute(new Date(now.getTime() + UPCOMING_DAYS * 86_400_000)),
  };
}

export function toSummary(row: SummaryRow, now: Date, attentionDays: number): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    processType: row.process_type as CaseSummary['processType'],
    setting: row.setting as CaseSummary['setting'],
    status: row.status as CaseSummary['status'],
    archived: row.archived_at !== null,
    peopleCount: row.people_count,
    lastActivityAt: row.last_activity_at,
    nextMeetingAt: row.next_meeting_at,
    attention: attentionOf(row, now, attentionDays),
  };
}

function toRecord(row: CaseRow, now: Date, attentionDays: number, reviewed: boolean): CaseRecord {
  return {
    ...toSummary(row, now, attentionDays),
    createdAt: row.created_at,
    closureReason: row.closure_reason,
    closureDetail: row.closure_detail,
    referral: {
      date: row.referral_date,
      referrer: row.referrer ?? '',
      source: row.referral_source,
      summary: row.referral_summary,
      acknowledged: row.acknowledged,
    },
    updatedAt: row.updated_at,
    closeSuggested: reviewed && row.status !== 'closed',
  };
}

export function getCase(ctx: ServiceContext, id: string, attentionDays = attentionDaysOf(ctx)): CaseRecord {
  const now = ctx.now();
  const row = ctx.db.prepare(`${caseSelect} WHERE c.id = @id`).get({ id, nowLocal: localMinute(now) }) as
    CaseRow | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That case no longer exists.' });
  const reviewed =
    ctx.db.prepare('SELECT 1 FROM agreement_reviews WHERE case_id = ? LIMIT 1').get(id) !== undefined;
  return toRecord(row, now, attentionDays, reviewed);
}
