/**
 * The anonymised report for funders and commissioners: counts for a date range, as tables with
 * simple bar charts, and a CSV whose column names the user sets (each commissioner asks for
 * different ones). No name, reference or note is ever part of it.
 */
import { useState } from 'react';
import { reportRows } from '../../../../shared/domain/report';
import type { Report } from '../../../../shared/schemas/agreements';
import { PageHeading } from '../../components/page-heading';
import { TextField } from '../../components/text-field';
import { useMutation, useQuery } from '../../lib/query';
import { localDateInput } from '../cases/dates';
import { BarChart } from './bar-chart';
import '../../styles/reports.css';

function startOfYear(today: string): string {
  return `${today.slice(0, 4)}-01-01`;
}

export function ReportsPage() {
  const today = localDateInput(new Date());
  const [from, setFrom] = useState(startOfYear(today));
  const [to, setTo] = useState(today);
  const [headers, setHeaders] = useState({ measure: 'measure', group: 'group', count: 'count' });
  const [message, setMessage] = useState<string | null>(null);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const report = useQuery('report:get', valid ? { from, to } : { from: today, to: today });
  const csv = useMutation('report:exportCsv');
  return (
    <div className="reports">
      <PageHeading>Reports</PageHeading>
      <p className="lead">Counts only: no names, references or notes leave the vault in a report.</p>
      <form className="reports-range" onSubmit={(e) => e.preventDefault()} aria-label="Date range">
        <TextField label="From" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField
          label="To"
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={valid ? undefined : 'The start date must be on or before the end date.'}
        />
      </form>
      {report.error ? <p className="form-error">{report.error.message}</p> : null}
      {report.data && valid ? (
        <ReportBody report={report.data} />
      ) : (
        <p className="muted">Working out the counts…</p>
      )}
      <section aria-labelledby="reports-csv-h" className="reports-csv">
        <h2 id="reports-csv-h" className="section-title">
          Export as CSV
        </h2>
        <p className="muted">Name the columns the way your commissioner asks for them.</p>
        <div className="reports-columns">
          <TextField
            label="Column for the measure"
            value={headers.measure}
            onChange={(e) => setHeaders({ ...headers, measure: e.target.value })}
          />
          <TextField
            label="Column for the group"
            value={headers.group}
            onChange={(e) => setHeaders({ ...headers, group: e.target.value })}
          />
          <TextField
            label="Column for the count"
            value={headers.count}
            onChange={(e) => setHeaders({ ...headers, count: e.target.value })}
          />
        </div>
        <button
          type="button"
          className="button button-secondary"
          disabled={!valid || csv.isPending}
          onClick={async () => {
            const r = await csv.mutate({ from, to, headers });
            if (r.ok) setMessage(r.value.cancelled ? 'Nothing was saved.' : `Saved to ${r.value.path ?? ''}`);
          }}
        >
          Save as CSV
        </button>
        {message ? <p role="status">{message}</p> : null}
        {csv.error ? <p role="alert">{csv.error.message}</p> : null}
      </section>
    </div>
  );
}

function ReportBody({ report }: { report: Report }) {
  const headline: [string, number | string][] = [
    ['Referrals', report.direct + report.indirect],
    ['Conferences held', report.conferencesHeld],
    ['Agreements made', report.agreementsMade],
    ['Actions completed', report.actionsCompleted],
    ['Agreements reviewed', report.agreementsReviewed],
    ['Agreements completed', report.agreementsCompleted],
    [
      'Median days from referral to conference',
      report.medianDaysReferralToConference === null ? '—' : report.medianDaysReferralToConference,
    ],
  ];
  return (
    <>
      <dl className="reports-headline">
        {headline.map(([label, value]) => (
          <div key={label} className="reports-figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="reports-charts">
        <BarChart title="Referrals by setting" counts={report.referralsBySetting} />
        <BarChart title="Referrals by process type" counts={report.referralsByProcess} />
        <BarChart
          title="Direct and indirect"
          counts={[
            { key: 'direct', label: 'Direct', count: report.direct },
            { key: 'indirect', label: 'Indirect', count: report.indirect },
          ]}
        />
        <BarChart title="Closures by reason" counts={report.closuresByReason} />
      </div>
      <details className="reports-table">
        <summary>Every figure as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Group</th>
              <th scope="col">Count</th>
            </tr>
          </thead>
          <tbody>
            {reportRows(report).map((r, i) => (
              <tr key={i}>
                <td>{r.measure}</td>
                <td>{r.group}</td>
                <td className="reports-count">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
