/**
 * A plain horizontal bar chart in SVG: no chart library for a handful of bars. The figure is a
 * table underneath (for screen readers and for reading exact numbers); the bars are drawn
 * beside each row and hidden from assistive technology.
 */
export interface ChartCount {
  key: string;
  label: string;
  count: number;
}

export function BarChart({ title, counts }: { title: string; counts: ChartCount[] }) {
  const max = Math.max(1, ...counts.map((c) => c.count));
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <table>
        <tbody>
          {counts.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.label}</th>
              <td className="bar-chart-bar">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect x="0" y="1" height="8" width={(c.count / max) * 100} rx="1" />
                </svg>
              </td>
              <td className="bar-chart-count">{c.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
