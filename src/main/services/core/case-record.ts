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

/** The columns every case read shares: the row plus what the list shows at a glance. */
export const caseSelect = `
  SELECT c.*,
    (SELECT count(DISTINCT p.person_id) FROM participants p WHERE p.case_id = c.id) AS people_count,
    (SELECT min(m.starts_at) FROM meetings m WHERE m.case_id = c.id AND m.starts_at >= @nowLocal) AS next_meeting_at,
    (SELECT count(*) FROM consents k WHERE k.case_id = c.id AND ${WITHDRAWN_NOW_SQL}) AS withdrawn_count
  FROM cases c`;

function attentionOf(row: CaseRow, now: Date, attentionDays: number): CaseSummary['attention'] {
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

export function toSummary(row: CaseRow, now: Date, attentionDays: number): CaseSummary {
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
    createdAt: row.created_at,
    nextMeetingAt: row.next_meeting_at,
    attention: attentionOf(row, now, attentionDays),
  };
}

function toRecord(row: CaseRow, now: Date, attentionDays: number, reviewed: boolean): CaseRecord {
  return {
    ...toSummary(row, now, attentionDays),
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
