/**
 * The anonymised report for funders and commissioners: counts only, never a name, reference or
 * note. Pure functions over plain rows, so the counts are tested on a seeded data set and the
 * screen, the CSV and the benchmark all use the same arithmetic.
 */
import { caseSettings, closureReasons, processTypes } from './case-model';

export interface ReportInput {
  from: string;
  to: string;
  today: string;
  /**
   * `processTypesUsed`: every process the case has been (it may begin as shuttle work and
   * become a conference), plus indirect when a message was carried between people.
   */
  cases: { setting: string; processType: string; referredOn: string; processTypesUsed?: string[] }[];
  conferences: { startsOn: string; referredOn: string | null }[];
  agreementsAgreedOn: string[];
  /** The latest status of every action of an agreed agreement, with the date it was recorded for. */
  actions: { status: string; on: string | null }[];
  reviews: { heldOn: string; outcome: string }[];
  closures: { on: string; reason: string | null }[];
}

export interface Count {
  key: string;
  label: string;
  count: number;
}

const within = (day: string, from: string, to: string) => day >= from && day <= to;

function countBy(values: string[], labels: Record<string, string>): Count[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Every known group is listed (with 0) in the labels' order, so reports line up month to month.
  const known = Object.keys(labels).map((key) => ({ key, label: labels[key]!, count: counts.get(key) ?? 0 }));
  const unknown = [...counts.keys()]
    .filter((k) => !(k in labels))
    .map((key) => ({ key, label: key, count: counts.get(key)! }));
  return [...known, ...unknown];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function buildReport(input: ReportInput) {
  const { from, to } = input;
  const referred = input.cases.filter((c) => within(c.referredOn, from, to));
  const held = input.conferences.filter((c) => within(c.startsOn, from, to) && c.startsOn <= input.today);
  const reviews = input.reviews.filter((r) => within(r.heldOn, from, to));
  return {
    from,
    to,
    referralsBySetting: countBy(
      referred.map((c) => c.setting),
      caseSettings,
    ),
    referralsByProcess: countBy(
      referred.map((c) => c.processType),
      processTypes,
    ),
    // By what happened: a case that began indirect and became a conference counts in both.
    direct: referred.filter((c) => (c.processTypesUsed ?? [c.processType]).some((t) => t !== 'indirect'))
      .length,
    indirect: referred.filter((c) => (c.processTypesUsed ?? [c.processType]).includes('indirect')).length,
    conferencesHeld: held.length,
    agreementsMade: input.agreementsAgreedOn.filter((d) => within(d, from, to)).length,
    actionsCompleted: input.actions.filter(
      (a) => a.status === 'done' && a.on !== null && within(a.on, from, to),
    ).length,
    actionsRecorded: input.actions.filter((a) => a.on !== null && within(a.on, from, to)).length,
    agreementsCompleted: reviews.filter((r) => r.outcome === 'completed').length,
    agreementsReviewed: reviews.length,
    closuresByReason: countBy(
      input.closures.filter((c) => within(c.on, from, to)).map((c) => c.reason ?? 'other'),
      closureReasons,
    ),
    medianDaysReferralToConference: median(
      held.filter((c) => c.referredOn !== null).map((c) => daysBetween(c.referredOn!, c.startsOn)),
    ),
  };
}
export type BuiltReport = ReturnType<typeof buildReport>;

/** The report as rows of (measure, group, count): one shape for the CSV and the table. */
export function reportRows(report: BuiltReport): { measure: string; group: string; count: number }[] {
  const rows: { measure: string; group: string; count: number }[] = [];
  for (const c of report.referralsBySetting)
    rows.push({ measure: 'Referrals by setting', group: c.label, count: c.count });
  for (const c of report.referralsByProcess)
    rows.push({ measure: 'Referrals by process type', group: c.label, count: c.count });
  rows.push({ measure: 'Referrals', group: 'Direct', count: report.direct });
  rows.push({ measure: 'Referrals', group: 'Indirect', count: report.indirect });
  rows.push({ measure: 'Conferences held', group: '', count: report.conferencesHeld });
  rows.push({ measure: 'Agreements made', group: '', count: report.agreementsMade });
  rows.push({ measure: 'Actions completed', group: '', count: report.actionsCompleted });
  rows.push({ measure: 'Agreements reviewed', group: '', count: report.agreementsReviewed });
  rows.push({ measure: 'Agreements completed', group: '', count: report.agreementsCompleted });
  for (const c of report.closuresByReason)
    rows.push({ measure: 'Closures by reason', group: c.label, count: c.count });
  if (report.medianDaysReferralToConference !== null)
    rows.push({
      measure: 'Median days from referral to conference',
      group: '',
      count: report.medianDaysReferralToConference,
    });
  return rows;
}

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (= + - @, tab,
 * carriage return at the start) gets a leading apostrophe, so opening the file runs nothing.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
