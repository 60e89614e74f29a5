/**
 * The case list as a plain table: one row per case, everything needed at a glance, no fetch
 * per row. The title is the row's button (Enter opens the case); Up and Down move between
 * rows; clicking anywhere on a row opens it too.
 *
 * Only the rows in view are drawn (use-virtual-rows.ts): a page of 250 cases would otherwise
 * be laid out whole whenever anything on the page moves focus. The table still tells a screen
 * reader how many rows it holds and where each drawn row is (aria-rowcount, aria-rowindex),
 * and Up and Down reach rows not drawn yet. Columns have fixed widths, so they do not shift
 * as rows come and go.
 */
import { memo, useImperativeHandle, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import { caseSettings, processTypes } from '../../../../shared/domain/case-model';
import type { CaseSummary } from '../../../../shared/schemas/cases';
import { useVirtualRows } from '../../lib/use-virtual-rows';
import { AttentionBadges, StatusBadge } from './case-badges';
import { attentionBadges } from './case-list-model';
import { formatDateTime } from './dates';

export const ROW_BUTTON = 'case-open';
const COLUMNS = 7;
/** A row with one line of badges, before any row is measured. */
const ROW_ESTIMATE_PX = 64;

export interface CaseTableHandle {
  /** Moves focus to the first case (Down from the search box). */
  focusFirst(): void;
}

export function CaseTable({
  cases,
  now,
  onOpen,
  handle,
}: {
  cases: readonly CaseSummary[];
  now: Date;
  onOpen(id: string): void;
  handle?: Ref<CaseTableHandle>;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const keys = useMemo(() => cases.map((c) => c.id), [cases]);
  const rows = useVirtualRows({ keys, body, estimate: ROW_ESTIMATE_PX });
  const button = `.${ROW_BUTTON}`;
  useImperativeHandle(handle, () => ({ focusFirst: () => rows.focusRow(0, button) }), [rows, button]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!step) return;
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains(ROW_BUTTON)) return;
    const key = event.target.closest<HTMLElement>('[data-row-key]')?.dataset['rowKey'];
    const at = key ? keys.indexOf(key) : -1;
    if (at < 0) return;
    event.preventDefault();
    rows.focusRow(at + step, button);
  };
  return (
    // A narrow window shows fewer columns (process and setting move under the title); at the
    // narrowest the table scrolls inside its own box, never the page (cases-list.css).
    <div className="table-scroll">
      <table className="case-table" aria-rowcount={cases.length + 1}>
        <caption className="visually-hidden">Cases</caption>
        <colgroup>
          <col className="col-ref" />
          <col className="col-title" />
          <col className="col-process" />
          <col className="col-setting" />
          <col className="col-status" />
          <col className="col-people" />
          <col className="col-next" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Reference</th>
            <th scope="col">Case</th>
            <th scope="col" className="col-process">
              Process
            </th>
            <th scope="col" className="col-setting">
              Setting
            </th>
            <th scope="col">Status</th>
            <th scope="col">People</th>
            <th scope="col">Next meeting</th>
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          {/* One flat list of rows and gaps: a row that moves from one drawn stretch to another
              (the focused row kept alone, then reached by the view) stays the same element, so
              its button keeps the focus. Nested lists would mount it afresh and drop the focus. */}
          {rows.segments.flatMap((segment, n) =>
            segment.kind === 'gap'
              ? [
                  <tr key={`gap-${n}`} className="case-gap" aria-hidden="true">
                    <td colSpan={COLUMNS} style={{ height: segment.height }} />
                  </tr>,
                ]
              : cases
                  .slice(segment.from, segment.to)
                  .map((c, i) => (
                    <CaseRow
                      key={c.id}
                      summary={c}
                      index={segment.from + i}
                      now={now}
                      onOpen={onOpen}
                      onFocusRow={rows.onRowFocus}
                      measure={rows.measureRow}
                    />
                  )),
          )}
        </tbody>
      </table>
    </div>
  );
}

const CaseRow = memo(function CaseRow({
  summary: c,
  index,
  now,
  onOpen,
  onFocusRow,
  measure,
}: {
  summary: CaseSummary;
  index: number;
  now: Date;
  onOpen(id: string): void;
  onFocusRow(id: string): void;
  measure(row: HTMLElement | null): (() => void) | undefined;
}) {
  return (
    <tr
      ref={measure}
      className="case-row"
      aria-rowindex={index + 2}
      data-row-key={c.id}
      onFocus={() => onFocusRow(c.id)}
      onClick={(event) => {
        // The button handles its own click (and Enter); this is the rest of the row for a mouse.
        if (!(event.target instanceof HTMLButtonElement)) onOpen(c.id);
      }}
    >
      <td className="case-ref">{c.reference}</td>
      <td className="case-title-cell">
        <button type="button" className={ROW_BUTTON} onClick={() => onOpen(c.id)}>
          {c.title}
        </button>
        <span className="case-meta">
          {processTypes[c.processType]} · {caseSettings[c.setting]}
        </span>
        <AttentionBadges labels={attentionBadges(c, now)} />
      </td>
      <td className="col-process">{processTypes[c.processType]}</td>
      <td className="col-setting">{caseSettings[c.setting]}</td>
      <td>
        <StatusBadge status={c.status} archived={c.archived} />
      </td>
      <td className="case-count-cell">{c.peopleCount}</td>
      <td className="case-next">
        {c.nextMeetingAt ? formatDateTime(c.nextMeetingAt) : <span className="muted">None</span>}
      </td>
    </tr>
  );
});
