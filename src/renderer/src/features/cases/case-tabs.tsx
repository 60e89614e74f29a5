/**
 * Overview / People / Notes as an ARIA tab list: Left and Right (Home, End) move between tabs
 * and show them at once; the chosen tab is part of the route, so search results and links can
 * open a case on the right tab.
 */
import { useRef, type KeyboardEvent } from 'react';
import { caseTabs, useNavigation, type CaseTab } from '../../lib/navigation';

export const tabLabels: Record<CaseTab, string> = {
  overview: 'Overview',
  people: 'People',
  preparation: 'Preparation',
  conference: 'Conference',
  agreement: 'Agreement',
  notes: 'Notes',
};

export function tabId(base: string, tab: CaseTab): string {
  return `${base}-tab-${tab}`;
}

export function CaseTabs({
  caseId,
  tab,
  base,
  labels,
}: {
  caseId: string;
  tab: CaseTab;
  base: string;
  /** A family group conference calls its agreement the family plan. */
  labels?: Partial<Record<CaseTab, string>>;
}) {
  const { go } = useNavigation();
  const list = useRef<HTMLDivElement>(null);
  const select = (next: CaseTab, focus: boolean) => {
    go({ area: 'case', caseId, tab: next });
    if (focus) list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(base, next))}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = caseTabs.indexOf(tab);
    const last = caseTabs.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % caseTabs.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + caseTabs.length) % caseTabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (to === null) return;
    event.preventDefault();
    select(caseTabs[to]!, true);
  };
  return (
    <div ref={list} role="tablist" aria-label="Case sections" className="case-tabs" onKeyDown={onKeyDown}>
      {caseTabs.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          id={tabId(base, t)}
          aria-selected={t === tab}
          aria-controls={`${base}-panel`}
          tabIndex={t === tab ? 0 : -1}
          className="case-tab"
          onClick={() => select(t, false)}
        >
          {labels?.[t] ?? tabLabels[t]}
        </button>
      ))}
    </div>
  );
}
