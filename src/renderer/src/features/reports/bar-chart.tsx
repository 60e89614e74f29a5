/**
 * A simple horizontal bar chart as inline SVG: no chart library, nothing fetched. The SVG is
 * a picture for sighted readers only (aria-hidden); the same numbers are always in the table
 * beside it, which is what screen readers and the CSV use.
 */
import { barLayout, type Bar } from './chart-model';

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const layout = barLayout(bars);
  if (bars.length === 0) return <p className="muted">Nothing in this period.</p>;
  return (
    <figure className="report-chart">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="presentation"
        aria-hidden="true"
        focusable="false"
      >
        {layout.rows.map((row) => (
          <g key={row.label} transform={`translate(0 ${row.y})`}>
            <text x={0} y={row.barHeight / 2} dominantBaseline="middle" className="report-chart-label">
              {row.shortLabel}
            </text>
            <rect
              x={layout.labelWidth}
              y={0}
              width={Math.max(row.barWidth, 1)}
              height={row.barHeight}
              rx={3}
              className="report-chart-bar"
            />
            <text
              x={layout.labelWidth + row.barWidth + 6}
              y={row.barHeight / 2}
              dominantBaseline="middle"
              className="report-chart-value"
            >
              {row.value}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="visually-hidden">{title}: the same numbers are in the table.</figcaption>
    </figure>
  );
}
