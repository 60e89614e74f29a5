/**
 * The anonymised report: reads only codes, dates and statuses (never names, references or
 * text) and hands them to the pure arithmetic in shared/domain/report.ts.
 */
import { writeFileSync } from 'node:fs';
import { buildReport, reportRows, toCsv, type BuiltReport } from '../../../shared/domain/report';
import { json, today, type ServiceContext } from '../core';

/**
 * What the report reads, each statement limited to the chosen range and answered from an
 * index (migration 008): at five years' size the tables hold far more than one year, and
 * scanning them meant reading run sheets and agreement bodies for dates. `@from` and `@to` are
 * days (YYYY-MM-DD); a timestamp is in range when its day is, so the upper bound is the day
 * followed by '~', which sorts after any time of that day.
 */
export const reportQueries = {
  cases: `SELECT c.setting, c.process_type, coalesce(c.referral_date, substr(c.created_at, 1, 10)) AS referred_on,
       (SELECT json_group_array(DISTINCT t.value) FROM case_events e,
          json_each(json_array(json_extract(e.detail, '$.processType'), json_extract(e.detail, '$.from'),
                               json_extract(e.detail, '$.to'))) t
        WHERE e.kind IN ('created', 'process_type') AND e.case_id = c.id AND t.value IS NOT NULL) AS types,
       EXISTS (SELECT 1 FROM shuttle_messages s JOIN shuttle_carries k ON k.message_id = s.id
               WHERE s.case_id = c.id) AS carried
     FROM cases c
     WHERE coalesce(c.referral_date, substr(c.created_at, 1, 10)) BETWEEN @from AND @to`,
  conferences: `SELECT p.starts_at, coalesce(c.referral_date, substr(c.created_at, 1, 10)) AS referral_date
     FROM conference_plans p JOIN cases c ON c.id = p.case_id
     WHERE p.status = 'confirmed' AND p.starts_at >= @from AND p.starts_at < @to || '~'`,
  // A case's agreement is "made" on the day its first version was agreed.
  agreements: `SELECT min(agreed_at) AS agreed_at FROM agreement_versions WHERE agreed_at IS NOT NULL
     GROUP BY case_id HAVING min(agreed_at) >= @from AND min(agreed_at) < @to || '~'`,
  // The latest update of each action that has any update in range (an action none of whose
  // updates is in range cannot have its latest there); the arithmetic keeps those whose
  // latest is in range.
  actions: `SELECT u.status, u.on_date FROM
       (SELECT DISTINCT case_id, action_id FROM action_updates WHERE on_date BETWEEN @from AND @to) a
       JOIN action_updates u ON u.rowid = (
         SELECT w.rowid FROM action_updates w WHERE w.case_id = a.case_id AND w.action_id = a.action_id
         ORDER BY w.recorded_at DESC, w.rowid DESC LIMIT 1)`,
  reviews: 'SELECT held_on, outcome FROM agreement_reviews WHERE held_on BETWEEN @from AND @to',
  closures: `SELECT at, json_extract(detail, '$.reason') AS reason FROM case_events
     WHERE kind = 'status' AND at >= @from AND at < @to || '~' AND json_extract(detail, '$.to') = 'closed'`,
} as const;

export function report(ctx: ServiceContext, from: string, to: string): BuiltReport {
  const range = { from, to };
  const all = <T>(sql: string) => ctx.db.prepare(sql).all(range) as T[];
  const cases = all<{
    setting: string;
    process_type: string;
    referred_on: string;
    types: string | null;
    carried: number;
  }>(reportQueries.cases).map((c) => ({
    setting: c.setting,
    processType: c.process_type,
    // A case with no referral date counts from the day it was opened.
    referredOn: c.referred_on,
    processTypesUsed: [
      ...new Set([
        c.process_type,
        ...json<string[]>(c.types ?? '[]', []),
        ...(c.carried ? ['indirect'] : []),
      ]),
    ],
  }));
  const conferences = all<{ starts_at: string; referral_date: string | null }>(reportQueries.conferences).map(
    (c) => ({ startsOn: c.starts_at.slice(0, 10), referredOn: c.referral_date }),
  );
  const agreementsAgreedOn = all<{ agreed_at: string }>(reportQueries.agreements).map((r) =>
    r.agreed_at.slice(0, 10),
  );
  const actions = all<{ status: string; on_date: string }>(reportQueries.actions).map((a) => ({
    status: a.status,
    on: a.on_date,
  }));
  const reviews = all<{ held_on: string; outcome: string }>(reportQueries.reviews).map((r) => ({
    heldOn: r.held_on,
    outcome: r.outcome,
  }));
  const closures = all<{ at: string; reason: unknown }>(reportQueries.closures).map((e) => ({
    on: e.at.slice(0, 10),
    reason: typeof e.reason === 'string' ? e.reason : null,
  }));
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
