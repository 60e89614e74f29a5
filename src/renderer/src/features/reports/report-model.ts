/**
 * The report's counts as sections for the screen (a table each, a chart where a comparison
 * helps) and the CSV columns with their default names. Labels use the app's words for
 * settings and processes; no React here, so it is unit-tested.
 */
import type { ChannelOutput } from '../../../../shared/contract';
import type { Bar } from './chart-model';

export type Report = ChannelOutput<'report:get'>;

export interface ReportSection {
  id: string;
  title: string;
  labelHeader: string;
  valueHeader: string;
  bars: Bar[];
  chart: boolean;
  /** Said instead of an empty table. */
  empty: string;
}

function bars(counts: { label: string; count: number }[]): Bar[] {
  return counts.map((c) => ({ label: c.label, value: c.count }));
}

export function reportSections(r: Report): ReportSection[] {
  const days = r.medianDaysReferralToConference;
  return [
    {
      id: 'setting',
      title: 'Referrals by setting',
      labelHeader: 'Setting',
      valueHeader: 'Referrals',
      bars: bars(r.referralsBySetting),
      chart: true,
      empty: 'None in this period.',
    },
    {
      id: 'process',
      title: 'Referrals by process',
      labelHeader: 'Process',
      valueHeader: 'Referrals',
      bars: bars(r.referralsByProcess),
      chart: true,
      empty: 'None in this period.',
    },
    {
      id: 'direct',
      title: 'Direct and indirect',
      labelHeader: 'Kind',
      valueHeader: 'Cases',
      bars: [
        { label: 'Direct (people meet)', value: r.direct },
        { label: 'Indirect (no meeting)', value: r.indirect },
      ],
      chart: true,
      empty: 'None in this period.',
    },
    {
      id: 'outcomes',
      title: 'Conferences and agreements',
      labelHeader: 'What',
      valueHeader: 'Number',
      bars: [
        { label: 'Conferences held', value: r.conferencesHeld },
        { label: 'Agreements made', value: r.agreementsMade },
        { label: 'Actions completed', value: r.actionsCompleted },
        { label: 'Actions followed up', value: r.actionsRecorded },
        { label: 'Agreements reviewed', value: r.agreementsReviewed },
        { label: 'Agreements completed', value: r.agreementsCompleted },
      ],
      chart: true,
      empty: 'None in this period.',
    },
    {
      id: 'closures',
      title: 'Closures by reason',
      labelHeader: 'Reason',
      valueHeader: 'Cases',
      bars: bars(r.closuresByReason),
      chart: true,
      empty: 'None in this period.',
    },
    {
      id: 'time',
      title: 'Time from referral to conference',
      labelHeader: 'Measure',
      valueHeader: 'Days',
      bars: days === null ? [] : [{ label: 'Median', value: days }],
      chart: false,
      empty: 'No conference was held in this period.',
    },
  ];
}

export const csvColumns = ['measure', 'group', 'count'] as const;
export type CsvColumn = (typeof csvColumns)[number];
/** What each column holds, shown beside the name the file will use. */
export const columnMeaning: Record<CsvColumn, string> = {
  measure: 'What is counted (e.g. referrals by setting)',
  group: 'The group within it (e.g. school)',
  count: 'The number',
};
export const defaultColumnNames: Record<CsvColumn, string> = {
  measure: 'measure',
  group: 'group',
  count: 'count',
};

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function yearAgo(now = new Date()): string {
  return todayIso(new Date(now.getFullYear() - 1, now.getMonth(), now.getDate()));
}
