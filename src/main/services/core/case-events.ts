/**
 * The case timeline's own records: status and process changes, consent, people joining and
 * leaving. Detail is stored as ids and codes only (never free text), so the timeline reads
 * today's names at display time and an erased person leaves nothing behind in it.
 */
import type { ServiceContext } from './context';

export type CaseEventKind =
  | 'created'
  | 'status'
  | 'process_type'
  | 'archived'
  | 'restored'
  | 'consent'
  | 'person_added'
  | 'person_removed'
  | 'person_erased'
  | 'risk_flag'
  | 'risk_decision'
  | 'appropriateness'
  | 'conference_confirmed'
  | 'conference_reopened'
  | 'share_acknowledged'
  | 'agreement_agreed'
  | 'review';

export type CaseEventDetail = Record<string, string | number | boolean | null>;

export function recordCaseEvent(
  ctx: ServiceContext,
  caseId: string,
  kind: CaseEventKind,
  detail: CaseEventDetail = {},
): void {
  const at = ctx.now().toISOString();
  ctx.db
    .prepare('INSERT INTO case_events (id, case_id, at, kind, detail) VALUES (?, ?, ?, ?, ?)')
    .run(ctx.newId(), caseId, at, kind, JSON.stringify(detail));
  touchCase(ctx, caseId, at);
}

/** Marks a case as active now ("needs attention" counts days without activity). */
export function touchCase(ctx: ServiceContext, caseId: string, at = ctx.now().toISOString()): void {
  ctx.db.prepare('UPDATE cases SET last_activity_at = ?, updated_at = ? WHERE id = ?').run(at, at, caseId);
}
