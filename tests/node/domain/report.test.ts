import { describe, expect, it } from 'vitest';
import { buildReport, csvCell, reportRows, toCsv, type ReportInput } from '../../../src/shared/domain/report';

/** A small seeded year: counts are worked out by hand below. */
const seeded: ReportInput = {
  from: '2026-01-01',
  to: '2026-06-30',
  today: '2026-11-25',
  cases: [
    { setting: 'school', processType: 'restorative_conference', referredOn: '2026-01-10' },
    { setting: 'school', processType: 'indirect', referredOn: '2026-02-01' },
    { setting: 'family', processType: 'family_group_conference', referredOn: '2026-03-15' },
    { setting: 'school', processType: 'circle', referredOn: '2026-07-01' }, // after the range
    { setting: 'community', processType: 'restorative_conference', referredOn: '2025-12-31' }, // before
  ],
  conferences: [
    { startsOn: '2026-01-30', referredOn: '2026-01-10' }, // 20 days
    { startsOn: '2026-04-14', referredOn: '2026-03-15' }, // 30 days
    { startsOn: '2026-06-30', referredOn: null },
    { startsOn: '2026-07-02', referredOn: '2026-07-01' }, // outside
  ],
  agreementsAgreedOn: ['2026-01-30', '2026-04-14', '2026-08-01'],
  actions: [
    { status: 'done', on: '2026-02-10' },
    { status: 'done', on: '2026-05-01' },
    { status: 'not_done', on: '2026-05-01' },
    { status: 'done', on: '2026-09-01' },
  ],
  reviews: [
    { heldOn: '2026-04-30', outcome: 'completed' },
    { heldOn: '2026-06-01', outcome: 'partly_completed' },
  ],
  closures: [
    { on: '2026-05-01', reason: 'completed' },
    { on: '2026-05-02', reason: 'declined' },
    { on: '2026-05-03', reason: 'completed' },
    { on: '2026-10-01', reason: 'risk' },
  ],
};

describe('the anonymised report', () => {
  const report = buildReport(seeded);
  const count = (list: { key: string; count: number }[], key: string) =>
    list.find((c) => c.key === key)?.count;

  it('counts referrals in the range by setting and process type, with direct and indirect', () => {
    expect(count(report.referralsBySetting, 'school')).toBe(2);
    expect(count(report.referralsBySetting, 'family')).toBe(1);
    expect(count(report.referralsBySetting, 'community')).toBe(0);
    expect(count(report.referralsByProcess, 'indirect')).toBe(1);
    expect(count(report.referralsByProcess, 'family_group_conference')).toBe(1);
    expect([report.direct, report.indirect]).toEqual([2, 1]);
  });

  it('counts conferences held, agreements made, actions and reviews in the range', () => {
    expect(report.conferencesHeld).toBe(3);
    expect(report.agreementsMade).toBe(2);
    expect(report.actionsCompleted).toBe(2);
    expect(report.actionsRecorded).toBe(3);
    expect(report.agreementsReviewed).toBe(2);
    expect(report.agreementsCompleted).toBe(1);
  });

  it('groups closures by reason and gives the median days from referral to conference', () => {
    expect(count(report.closuresByReason, 'completed')).toBe(2);
    expect(count(report.closuresByReason, 'declined')).toBe(1);
    expect(count(report.closuresByReason, 'risk')).toBe(0);
    expect(report.medianDaysReferralToConference).toBe(25);
  });

  it('does not count a conference whose date is still to come', () => {
    expect(buildReport({ ...seeded, today: '2026-04-01' }).conferencesHeld).toBe(1);
  });

  it('an empty range gives zeros and no median, never an error', () => {
    const empty = buildReport({ ...seeded, from: '2030-01-01', to: '2030-12-31' });
    expect(empty.conferencesHeld).toBe(0);
    expect(empty.medianDaysReferralToConference).toBeNull();
    expect(reportRows(empty).every((r) => r.count === 0)).toBe(true);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180), with CRLF line ends', () => {
    expect(toCsv(['measure', 'group', 'count'], [['Referrals, by "setting"', 'Line\nbreak', 3]])).toBe(
      'measure,group,count\r\n"Referrals, by ""setting""","Line\nbreak",3\r\n',
    );
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2');
  });

  it('uses the column names the commissioner asked for, RTL and emoji intact', () => {
    const csv = toCsv(
      ['Indicateur', 'الفئة', 'Nombre 🙂'],
      reportRows(buildReport(seeded)).map((r) => [r.measure, r.group, r.count]),
    );
    expect(csv.split('\r\n')[0]).toBe('Indicateur,الفئة,Nombre 🙂');
    expect(csv).toContain('Agreements made,,2\r\n');
    expect(csv).toContain('Closures by reason,Completed,2\r\n');
  });
});
