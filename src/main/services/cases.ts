/**
 * Cases: create from a referral, move along the status pipeline, change the process type
 * (an informal conversation escalated to a conference keeps everything), archive, list.
 */
import type { z } from 'zod';
import type { CaseStatus, ProcessType } from '../../shared/domain/case-model';
import { WITHDRAWN_NOW_SQL } from '../../shared/domain/consent-state';
import { WorkbenchError } from '../../shared/errors';
import type {
  CaseRecord,
  CaseSummary,
  caseCreateInput,
  caseListInput,
  caseStatusInput,
  caseUpdateInput,
} from '../../shared/schemas/cases';
import { casesWithOverdueActions } from './due-actions';
import { recordCaseEvent } from './case-events';
import { getSettings } from './settings';
import { likePattern, type ServiceContext } from './context';

/** The facilitator's own "no activity for N days" setting. */
function attentionDaysOf(ctx: ServiceContext): number {
  return getSettings(ctx.db).attentionDays;
}
const UPCOMING_DAYS = 7;

interface CaseRow {
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
const caseSelect = `
  SELECT c.*,
    (SELECT count(DISTINCT p.person_id) FROM participants p WHERE p.case_id = c.id) AS people_count,
    (SELECT min(m.starts_at) FROM meetings m WHERE m.case_id = c.id AND m.starts_at >= @nowLocal) AS next_meeting_at,
    (SELECT count(*) FROM consents k WHERE k.case_id = c.id AND ${WITHDRAWN_NOW_SQL}) AS withdrawn_count
  FROM cases c`;

/** Local wall-clock "YYYY-MM-DDTHH:MM", the form meetings are stored in. */
export function localMinute(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

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

function toSummary(row: CaseRow, now: Date, attentionDays: number): CaseSummary {
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

function toRecord(row: CaseRow, now: Date, attentionDays: number): CaseRecord {
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
  };
}

export function getCase(ctx: ServiceContext, id: string, attentionDays = attentionDaysOf(ctx)): CaseRecord {
  const now = ctx.now();
  const row = ctx.db.prepare(`${caseSelect} WHERE c.id = @id`).get({ id, nowLocal: localMinute(now) }) as
    CaseRow | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That case no longer exists.' });
  return toRecord(row, now, attentionDays);
}

/** Next reference for the year, e.g. RW-2026-0042; computed inside the creating transaction. */
function nextReference(ctx: ServiceContext): string {
  const year = ctx.now().getFullYear();
  const prefix = `RW-${year}-`;
  const row = ctx.db
    .prepare(`SELECT max(CAST(substr(reference, ?) AS INTEGER)) AS n FROM cases WHERE reference LIKE ?`)
    .get(prefix.length + 1, `${prefix}%`) as { n: number | null };
  return `${prefix}${String((row.n ?? 0) + 1).padStart(4, '0')}`;
}

export function createCase(ctx: ServiceContext, input: z.output<typeof caseCreateInput>): CaseRecord {
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `INSERT INTO cases (id, reference, title, process_type, setting, status, referral_date, referrer,
           referral_source, referral_summary, acknowledged, created_at, updated_at, last_activity_at)
         VALUES (@id, @reference, @title, @processType, @setting, 'referral', @date, @referrer, @source,
           @summary, @acknowledged, @at, @at, @at)`,
      )
      .run({
        id,
        reference: nextReference(ctx),
        title: input.title,
        processType: input.processType,
        setting: input.setting,
        ...input.referral,
        at,
      });
    recordCaseEvent(ctx, id, 'created', { processType: input.processType });
  })();
  return getCase(ctx, id);
}

export function updateCase(ctx: ServiceContext, input: z.output<typeof caseUpdateInput>): CaseRecord {
  const current = getCase(ctx, input.id);
  const referral = { ...current.referral, ...input.referral };
  ctx.db
    .prepare(
      `UPDATE cases SET title = @title, setting = @setting, referral_date = @date, referrer = @referrer,
         referral_source = @source, referral_summary = @summary, acknowledged = @acknowledged, updated_at = @at,
         last_activity_at = @at
       WHERE id = @id`,
    )
    .run({
      id: input.id,
      title: input.title ?? current.title,
      setting: input.setting ?? current.setting,
      ...referral,
      at: ctx.now().toISOString(),
    });
  return getCase(ctx, input.id);
}

export function setCaseStatus(ctx: ServiceContext, input: z.output<typeof caseStatusInput>): CaseRecord {
  const current = getCase(ctx, input.id);
  if (current.status === input.status && input.status !== 'closed') return current;
  const closing = input.status === 'closed';
  ctx.db.transaction(() => {
    ctx.db
      .prepare('UPDATE cases SET status = ?, closure_reason = ?, closure_detail = ? WHERE id = ?')
      .run(
        input.status,
        closing ? (input.closureReason ?? null) : null,
        closing ? (input.closureDetail ?? null) : null,
        input.id,
      );
    recordCaseEvent(ctx, input.id, 'status', {
      from: current.status,
      to: input.status,
      reason: closing ? (input.closureReason ?? null) : null,
    });
  })();
  return getCase(ctx, input.id);
}

export function changeProcessType(ctx: ServiceContext, id: string, processType: ProcessType): CaseRecord {
  const current = getCase(ctx, id);
  if (current.processType === processType) return current;
  ctx.db.transaction(() => {
    ctx.db.prepare('UPDATE cases SET process_type = ? WHERE id = ?').run(processType, id);
    recordCaseEvent(ctx, id, 'process_type', { from: current.processType, to: processType });
  })();
  return getCase(ctx, id);
}

export function setArchived(ctx: ServiceContext, id: string, archived: boolean): CaseRecord {
  const current = getCase(ctx, id);
  if (current.archived === archived) return current;
  ctx.db.transaction(() => {
    ctx.db
      .prepare('UPDATE cases SET archived_at = ? WHERE id = ?')
      .run(archived ? ctx.now().toISOString() : null, id);
    recordCaseEvent(ctx, id, archived ? 'archived' : 'restored');
  })();
  return getCase(ctx, id);
}

const sortOrders: Record<z.output<typeof caseListInput>['sort'], string> = {
  recent: 'c.last_activity_at DESC',
  oldest: 'c.created_at ASC',
  reference: 'c.reference ASC',
  title: 'c.title COLLATE NOCASE ASC',
  status: `CASE c.status WHEN 'referral' THEN 0 WHEN 'assessment' THEN 1 WHEN 'preparation' THEN 2
           WHEN 'conference' THEN 3 WHEN 'follow_up' THEN 4 ELSE 5 END, c.last_activity_at DESC`,
};

export function listCases(
  ctx: ServiceContext,
  input: z.output<typeof caseListInput>,
  attentionDays = attentionDaysOf(ctx),
): { cases: CaseSummary[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = { nowLocal: localMinute(ctx.now()) };
  if (input.archived === 'active') where.push('c.archived_at IS NULL');
  if (input.archived === 'archived') where.push('c.archived_at IS NOT NULL');
  const inList = (column: string, values: readonly string[], name: string) => {
    if (values.length === 0) return;
    const keys = values.map((v, i) => {
      params[`${name}${i}`] = v;
      return `@${name}${i}`;
    });
    where.push(`${column} IN (${keys.join(', ')})`);
  };
  inList('c.status', input.statuses, 'status');
  inList('c.process_type', input.processTypes, 'type');
  inList('c.setting', input.settings, 'setting');
  if (input.query) {
    params['q'] = likePattern(input.query);
    where.push(`(c.title LIKE @q ESCAPE '\\' OR c.reference LIKE @q ESCAPE '\\' OR c.referral_summary LIKE @q ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM participants p JOIN people h ON h.id = p.person_id
                 WHERE p.case_id = c.id AND (h.preferred_name LIKE @q ESCAPE '\\' OR h.full_name LIKE @q ESCAPE '\\')))`);
  }
  const sql = `${caseSelect} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${sortOrders[input.sort]}`;
  const now = ctx.now();
  let cases = (ctx.db.prepare(sql).all(params) as CaseRow[]).map((row) => toSummary(row, now, attentionDays));
  if (input.needsAttention) cases = cases.filter((c) => c.attention.length > 0);
  if (input.overdueActions) {
    const overdue = casesWithOverdueActions(ctx);
    cases = cases.filter((c) => overdue.has(c.id));
  }
  return { cases: cases.slice(0, input.limit), total: cases.length };
}

export function caseStatusOf(ctx: ServiceContext, id: string): CaseStatus {
  return getCase(ctx, id).status;
}
