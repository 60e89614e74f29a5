/**
 * Cases: find a case as you type, narrow by status, process, setting or "needs attention",
 * sort, and open it. New case and Quick capture start here. Large lists arrive in pages, so
 * 2,000 cases stay quick to show.
 */
import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useNavigation } from '../../lib/navigation';
import { isMac } from '../../lib/platform';
import { useQuery } from '../../lib/query';
import { CaseFilters } from './case-filters';
import {
  countLine,
  defaultFilters,
  emptyStateFor,
  listInput,
  PAGE_SIZE,
  type ListFilters,
} from './case-list-model';
import { CaseTable, type CaseTableHandle } from './case-table';
import { NewCaseDialog } from './new-case-dialog';
import { QuickCaptureDialog } from './quick-capture-dialog';
import { savedOnLock } from './saved-on-lock';
import { useDebounced } from './use-debounced';
import '../../styles/case-shared.css';
import '../../styles/cases-list.css';

const SEARCH_DELAY_MS = 150;

export function CasesPage() {
  const { go } = useNavigation();
  const [filters, setFilters] = useState<ListFilters>(defaultFilters);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [dialog, setDialog] = useState<'new' | 'quick' | null>(null);
  const [now] = useState(() => new Date());
  const query = useDebounced(filters.query, SEARCH_DELAY_MS);
  const list = useQuery('case:list', listInput({ ...filters, query }, limit));
  const settings = useQuery('settings:get');
  const tableRef = useRef<CaseTableHandle>(null);
  const lockSaves = useSyncExternalStore(savedOnLock.subscribe, savedOnLock.snapshot);

  // While the next answer is on its way, the last one stays on screen (no flicker per key).
  const [shown, setShown] = useState(list.data);
  if (list.data && list.data !== shown) setShown(list.data);

  const change = (patch: Partial<ListFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setLimit(PAGE_SIZE);
  };
  const open = useCallback((caseId: string) => go({ area: 'case', caseId, tab: 'overview' }), [go]);

  return (
    <div className="cases-page">
      <div className="page-head">
        <PageHeading>Cases</PageHeading>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => setDialog('new')}>
            New case
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setDialog('quick')}
            aria-keyshortcuts="Control+Shift+N Meta+Shift+N"
          >
            Quick capture
            <kbd className="shortcut" aria-hidden="true">
              {isMac() ? '⇧⌘N' : 'Ctrl+Shift+N'}
            </kbd>
          </button>
        </div>
      </div>

      {lockSaves.length > 0 ? (
        <Notice tone="info" title="Kept when the workbench locked">
          {lockSaves.map((s) => (
            <p key={s.caseId}>
              An unfinished {s.what} was saved as{' '}
              <button type="button" className="button-link inline-link" onClick={() => open(s.caseId)}>
                {s.reference}
              </button>
              . Check it and finish it there.
            </p>
          ))}
          <button type="button" className="button button-secondary button-small" onClick={savedOnLock.clear}>
            OK
          </button>
        </Notice>
      ) : null}

      <CaseFilters
        filters={filters}
        onChange={change}
        attentionDays={settings.data?.attentionDays ?? 14}
        onSearchDown={() => tableRef.current?.focusFirst()}
      />

      {list.error ? (
        <p className="form-error" role="alert">
          {list.error.message}
        </p>
      ) : null}

      <div aria-busy={list.isLoading || undefined}>
        {!shown ? (
          <p className="muted list-status">Loading cases…</p>
        ) : shown.cases.length === 0 ? (
          <EmptyCases
            filters={filters}
            onClear={() => change(defaultFilters)}
            onNew={() => setDialog('new')}
            onQuick={() => setDialog('quick')}
            onShowArchived={() => change({ archived: 'archived' })}
          />
        ) : (
          <>
            <p className="list-status" role="status">
              {countLine(shown.cases.length, shown.total)}
            </p>
            <CaseTable cases={shown.cases} now={now} onOpen={open} handle={tableRef} />
            {shown.total > shown.cases.length ? (
              <div className="actions">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setLimit((l) => l + PAGE_SIZE)}
                >
                  Show {Math.min(PAGE_SIZE, shown.total - shown.cases.length)} more
                </button>
              </div>
            ) : null}
          </>
        )}
      </div>

      {dialog === 'new' ? <NewCaseDialog onClose={() => setDialog(null)} /> : null}
      <QuickCaptureDialog open={dialog === 'quick'} onClose={() => setDialog(null)} />
    </div>
  );
}

/** The honest empty state: nothing yet, everything archived, or nothing matching. */
function EmptyCases(props: {
  filters: ListFilters;
  onClear(): void;
  onNew(): void;
  onQuick(): void;
  onShowArchived(): void;
}) {
  // Only asked when the list is empty: is there anything at all, archived included?
  const everything = useQuery('case:list', { archived: 'all', limit: 1 });
  if (!everything.data) return <p className="muted list-status">Loading cases…</p>;
  const state = emptyStateFor(props.filters, everything.data.total);
  return (
    <section className="empty-state" aria-labelledby="cases-empty" role="status">
      {state.kind === 'no-cases' ? (
        <>
          <h2 id="cases-empty" className="empty-title">
            No cases yet.
          </h2>
          <p>
            Start one from a referral with New case, or record an informal conversation with Quick capture.
          </p>
          <div className="actions actions-start">
            <button type="button" className="button button-primary" onClick={props.onNew}>
              New case
            </button>
            <button type="button" className="button button-secondary" onClick={props.onQuick}>
              Quick capture
            </button>
          </div>
        </>
      ) : state.kind === 'all-archived' ? (
        <>
          <h2 id="cases-empty" className="empty-title">
            No active cases.
          </h2>
          <p>Every case is in the archive.</p>
          <div className="actions actions-start">
            <button type="button" className="button button-secondary" onClick={props.onShowArchived}>
              Show archived cases
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id="cases-empty" className="empty-title">
            No cases match.
          </h2>
          <p>Nothing matches this search and these filters.</p>
          <div className="actions actions-start">
            <button type="button" className="button button-secondary" onClick={props.onClear}>
              Clear search and filters
            </button>
          </div>
        </>
      )}
    </section>
  );
}
