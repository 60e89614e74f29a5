/**
 * Cases: create from a referral, move along the status pipeline, change the process type
 * (an informal conversation escalated to a conference keeps everything), archive.
 */
import type { z } from 'zod';
import type { ProcessType } from '../../../shared/domain/case-model';
import type {
  CaseRecord,
  caseCreateInput,
  caseStatusInput,
  caseUpdateInput,
} from '../../../shared/schemas/cases';
import { getCase, recordCaseEvent, type ServiceContext } from '../core';

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
