/**
 * The case list as a plain table: one row per case, everything needed at a glance, no fetch
 * per row. The title is the row's button (Enter opens the case); Up and Down move between
 * rows; clicking anywhere on a row opens it too.
 */
import { memo, type KeyboardEvent } from 'react';
import { caseSettings, processTypes } from '../../../../shared/domain/case-model';
import type { CaseSummary } from '../../../../shared/schemas/cases';
import { AttentionBadges, StatusBadge } from './case-badges';
import { attentionBadges } from './case-list-model';
import { formatDateTime } from './dates';

export const ROW_BUTTON = 'case-open';

/** Moves focus to the row button `step` rows away from the focused one. */
export function focusRow(from: HTMLElement | null, step: number, table: HTMLElement | null): void {
  const buttons = [...(table?.querySelectorAll<HTMLButtonElement>(`.${ROW_BUTTON}`) ?? [])];
  if (buttons.length === 0) return;
  const at = from ? buttons.indexOf(from as HTMLButtonElement) : -1;
  const next = at < 0 ? (step > 0 ? 0 : buttons.length - 1) : at + step;
  buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
}

export function CaseTable({
  cases,
  now,
  onOpen,
}: {
  cases: readonly CaseSummary[];
  now: Date;
  onOpen(id: string): void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!step) return;
    if (!(event.target instanceof HTMLElement) || !event.target.classList.contains(ROW_BUTTON)) return;
    event.preventDefault();
    focusRow(event.target, step, event.currentTarget);
  };
  return (
    // A narrow window shows fewer columns (process and setting move under the title); at the
    // narrowest the table scrolls inside its own box, never the page (cases-list.css).
    <div className="table-scroll">
      <table className="case-table">
        <caption className="visually-hidden">Cases</caption>
        <thead>
          <tr>
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
        <tbody onKeyDown={onKeyDown}>
          {cases.map((c) => (
            <CaseRow key={c.id} summary={c} now={now} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const CaseRow = memo(function CaseRow({
  summary: c,
  now,
  onOpen,
}: {
  summary: CaseSummary;
  now: Date;
  onOpen(id: string): void;
}) {
  return (
    <tr
      className="case-row"
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
