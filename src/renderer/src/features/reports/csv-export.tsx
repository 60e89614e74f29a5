/**
 * CSV export with the column names the funder wants: each column's header is an input,
 * prefilled with a plain default and changeable; "Reset names" puts the defaults back.
 */
import { useId, useState } from 'react';
import { useMutation } from '../../lib/query';
import { columnMeaning, csvColumns, defaultColumnNames, type CsvColumn } from './report-model';

export function CsvExport({ from, to }: { from: string; to: string }) {
  const ids = useId();
  const [names, setNames] = useState<Record<CsvColumn, string>>(defaultColumnNames);
  const [result, setResult] = useState<string | null>(null);
  const exportCsv = useMutation('report:exportCsv');
  const blank = csvColumns.filter((c) => !names[c].trim());
  return (
    <section className="report-section report-csv" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Export as CSV</h2>
      <p className="field-hint">Change a column name to match what your funder asks for.</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">What the column holds</th>
            <th scope="col">Name in the file</th>
          </tr>
        </thead>
        <tbody>
          {csvColumns.map((c) => (
            <tr key={c}>
              <th scope="row">{columnMeaning[c]}</th>
              <td>
                <input
                  className="input"
                  aria-label={`Column name for: ${columnMeaning[c]}`}
                  value={names[c]}
                  maxLength={100}
                  onChange={(e) => setNames({ ...names, [c]: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={exportCsv.isPending || blank.length > 0}
          onClick={async () => {
            setResult(null);
            const r = await exportCsv.mutate({ from, to, headers: names });
            if (r.ok)
              setResult(
                r.value.cancelled || !r.value.path
                  ? 'Nothing was saved.'
                  : `Saved the CSV file: ${r.value.path.split(/[\\/]/).pop()}`,
              );
          }}
        >
          Save CSV
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setNames(defaultColumnNames)}
        >
          Reset names
        </button>
      </div>
      {blank.length > 0 ? (
        <p className="form-error" role="alert">
          Give every column a name.
        </p>
      ) : null}
      {result ? <p role="status">{result}</p> : null}
      {exportCsv.error ? (
        <p className="form-error" role="alert">
          {exportCsv.error.message}
        </p>
      ) : null}
    </section>
  );
}
