/**
 * The anonymised report: reads only codes, dates and statuses (never names, references or
 * text) and hands them to the pure arithmetic in shared/domain/report.ts.
 */
import { writeFileSync } from 'node:fs';
import { buildReport, reportRows, toCsv, type BuiltReport } from '../../../shared/domain/report';
import { json, today, type ServiceContext } from '../core';

export function report(ctx: ServiceContext, from: string, to: string): BuiltReport {
  const db = ctx.db;
  const cases = (
    db
      .prepare(
        `SELECT c.setting, c.process_type, c.referral_date, c.created_at,
           (SELECT json_group_array(DISTINCT t.value) FROM case_events e,
              json_each(json_array(json_extract(e.detail, '$.processType'), json_extract(e.detail, '$.from'),
                                   json_extract(e.detail, '$.to'))) t
            WHERE e.case_id = c.id AND e.kind IN ('created', 'process_type') AND t.value IS NOT NULL) AS types,
           EXISTS (SELECT 1 FROM shuttle_messages s JOIN shuttle_carries k ON k.message_id = s.id
                   WHERE s.case_id = c.id) AS carried
         FROM cases c`,
      )
      .all() as {
      setting: string;
      process_type: string;
      referral_date: string | null;
      created_at: string;
      types: string | null;
      carried: number;
    }[]
  ).map((c) => ({
    setting: c.setting,
    processType: c.process_type,
    // A case with no referral date counts from the day it was opened.
    referredOn: c.referral_date ?? c.created_at.slice(0, 10),
    processTypesUsed: [
      ...new Set([
        c.process_type,
        ...json<string[]>(c.types ?? '[]', []),
        ...(c.carried ? ['indirect'] : []),
      ]),
    ],
  }));
  const conferences = (
    db
      .prepare(
        `SELECT p.starts_at, coalesce(c.referral_date, substr(c.created_at, 1, 10)) AS referral_date
         FROM conference_plans p JOIN cases c ON c.id = p.case_id
         WHERE p.status = 'confirmed' AND p.starts_at IS NOT NULL`,
      )
      .all() as { starts_at: string; referral_date: string | null }[]
  ).map((c) => ({ startsOn: c.starts_at.slice(0, 10), referredOn: c.referral_date }));
  // A case's agreement is "made" on the day its first version was agreed.
  const agreementsAgreedOn = (
    db
      .prepare(
        `SELECT min(agreed_at) AS agreed_at FROM agreement_versions WHERE agreed_at IS NOT NULL GROUP BY case_id`,
      )
      .all() as { agreed_at: string }[]
  ).map((r) => r.agreed_at.slice(0, 10));
  const actions = (
    db
      .prepare(
        // The latest update of each action, in one pass (a window, not a lookup per row).
        `SELECT status, on_date FROM (
           SELECT status, on_date,
                  row_number() OVER (PARTITION BY action_id ORDER BY recorded_at DESC, rowid DESC) AS newest
           FROM action_updates)
         WHERE newest = 1`,
      )
      .all() as { status: string; on_date: string }[]
  ).map((a) => ({ status: a.status, on: a.on_date }));
  const reviews = (
    db.prepare('SELECT held_on, outcome FROM agreement_reviews').all() as {
      held_on: string;
      outcome: string;
    }[]
  ).map((r) => ({ heldOn: r.held_on, outcome: r.outcome }));
  const closures = (
    db.prepare("SELECT at, detail FROM case_events WHERE kind = 'status'").all() as {
      at: string;
      detail: string;
    }[]
  )
    .map((e) => ({
      on: e.at.slice(0, 10),
      detail: json<{ to?: string; reason?: string | null }>(e.detail, {}),
    }))
    .filter((e) => e.detail.to === 'closed')
    .map((e) => ({ on: e.on, reason: e.detail.reason ?? null }));
  return buildReport({
    from,
    to,
    today: today(ctx),
    cases,
    conferences,
    agreementsAgreedOn,
    actions,
    reviews,
    closures,
  });
}

/** Writes the report as CSV with the column names the commissioner asked for. */
export function writeReportCsv(
  ctx: ServiceContext,
  from: string,
  to: string,
  headers: { measure: string; group: string; count: string },
  path: string,
): void {
  const rows = reportRows(report(ctx, from, to)).map((r) => [r.measure, r.group, r.count] as const);
  writeFileSync(path, toCsv([headers.measure, headers.group, headers.count], rows), 'utf8');
}
