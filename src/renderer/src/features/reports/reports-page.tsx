/**
 * Reports: anonymised counts for a date range, for funders and commissioners. Each group of
 * counts is a table (the accessible, exact form) with a simple bar chart beside it, and the
 * whole report exports as CSV with column names the facilitator maps to what the funder asks.
 */
import { useId, useState } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useQuery } from '../../lib/query';
import { BarChart } from './bar-chart';
import { CsvExport } from './csv-export';
import { reportSections, todayIso, yearAgo } from './report-model';
import '../../styles/reports.css';

export function ReportsPage() {
  const ids = useId();
  const [from, setFrom] = useState(yearAgo());
  const [to, setTo] = useState(todayIso());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const report = useQuery('report:get', valid ? { from, to } : { from: to, to });
  const sections = report.data ? reportSections(report.data) : [];
  return (
    <div className="reports">
      <PageHeading>Reports</PageHeading>
      <p className="lead">Counts only: no names, no case details. Choose the period.</p>
      <div className="report-range">
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-from`}>
            From
          </label>
          <input
            id={`${ids}-from`}
            type="date"
            className="input"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-to`}>
            To
          </label>
          <input
            id={`${ids}-to`}
            type="date"
            className="input"
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
        </div>
      </div>
      {!valid ? (
        <p className="form-error" role="alert">
          The start of the period must be on or before its end.
        </p>
      ) : null}
      {report.error ? (
        <p className="form-error" role="alert">
          {report.error.message}
        </p>
      ) : null}
      {valid && report.data ? (
        <>
          <div className="report-grid">
            {sections.map((s) => (
              <section key={s.title} className="report-section" aria-labelledby={`${ids}-${s.id}`}>
                <h2 id={`${ids}-${s.id}`}>{s.title}</h2>
                {s.bars.length > 0 ? (
                  <table className="report-table" aria-labelledby={`${ids}-${s.id}`}>
                    <thead>
                      <tr>
                        <th scope="col">{s.labelHeader}</th>
                        <th scope="col">{s.valueHeader}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {s.bars.map((b) => (
                        <tr key={b.label}>
                          <th scope="row">{b.label}</th>
                          <td>{b.value}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p className="muted">{s.empty}</p>
                )}
                {s.chart && s.bars.length > 0 ? <BarChart title={s.title} bars={s.bars} /> : null}
              </section>
            ))}
          </div>
          <CsvExport from={from} to={to} />
        </>
      ) : null}
    </div>
  );
}
