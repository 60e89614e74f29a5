/**
 * The workbench once unlocked: navigation (Cases, Today, Settings), the page, and a Lock
 * button that is always in view. Menu commands switch pages; the theme setting is applied
 * here because only an unlocked vault can say what it is.
 */
import { useEffect, useRef, useState } from 'react';
import type { VaultState } from '../../../../shared/contract';
import { Notice } from '../../components/notice';
import { lockShortcutLabel } from '../../lib/platform';
import { useQuery } from '../../lib/query';
import { applyTheme } from '../../lib/theme';
import { useWorkbenchEvent } from '../../lib/use-session';
import { useGlobalShortcuts } from '../../lib/use-global-shortcuts';
import { NavigationContext, sidebarAreaOf, type Route } from '../../lib/navigation';
import { CasePage } from '../cases/case-page';
import { CasesPage } from '../cases/cases-page';
import { QuickCaptureDialog } from '../cases/quick-capture-dialog';
import { PersonPage } from '../people/person-page';
import { RunMode } from '../run-mode/run-mode';
import { SearchDialog } from '../search/search-dialog';
import { ReportsPage } from '../reports/reports-page';
import { SettingsPage } from '../settings/settings-page';
import { TodayPage } from '../today/today-page';
import { areas } from './areas';

export interface AppShellProps {
  onLock(): void;
  locking: boolean;
  /** Something the facilitator should know about (a vault problem, a lock that could not happen). */
  notice: { title: string; message: string } | null;
  onDismissNotice(): void;
}

export function AppShell({ onLock, locking, notice, onDismissNotice }: AppShellProps) {
  const [route, setRoute] = useState<Route>({ area: 'cases' });
  const [dialog, setDialog] = useState<'search' | 'quick-capture' | null>(null);
  /** In a narrow window (or at large zoom) the sidebar folds into a menu button. */
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const go = (next: Route) => {
    setRoute(next);
    setMenuOpen(false);
  };
  const area = sidebarAreaOf(route);
  const settings = useQuery('settings:get');
  const theme = settings.data?.theme;

  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  useWorkbenchEvent('menu:command', ({ command }) => {
    if (command !== 'lock') go({ area: command });
  });
  useGlobalShortcuts({
    search: () => setDialog('search'),
    quickCapture: () => setDialog('quick-capture'),
  });

  const page = (() => {
    switch (route.area) {
      case 'cases':
        return <CasesPage />;
      case 'today':
        return <TodayPage />;
      case 'reports':
        return <ReportsPage />;
      case 'settings':
        return <SettingsPage />;
      case 'case':
        return (
          <CasePage caseId={route.caseId} tab={route.tab} noteId={route.noteId} meetingId={route.meetingId} />
        );
      case 'person':
        return <PersonPage personId={route.personId} fromCaseId={route.fromCaseId} />;
      case 'run':
        return <RunMode caseId={route.caseId} />;
    }
  })();
  const pageKey =
    route.area === 'case'
      ? `case-${route.caseId}`
      : route.area === 'person'
        ? `person-${route.personId}`
        : route.area;

  return (
    <NavigationContext.Provider value={{ route, go }}>
      <div className="shell">
        <aside
          className="sidebar"
          data-menu-open={menuOpen ? 'true' : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && menuOpen) {
              setMenuOpen(false);
              menuButton.current?.focus();
            }
          }}
        >
          <div className="sidebar-inner">
            <p className="brand">
              <span className="brand-mark" aria-hidden="true" />
              Restorative Workbench
            </p>
            <button
              type="button"
              ref={menuButton}
              className="button button-secondary menu-button"
              aria-expanded={menuOpen}
              aria-controls="main-navigation"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="menu-glyph" aria-hidden="true" />
              Menu
            </button>
            <nav aria-label="Main" id="main-navigation">
              <ul className="nav-list">
                {areas.map((a) => (
                  <li key={a.id}>
                    <button
                      type="button"
                      className="nav-item"
                      aria-current={area === a.id ? 'page' : undefined}
                      onClick={() => go({ area: a.id })}
                    >
                      {a.label}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="sidebar-footer">
              <button
                type="button"
                className="button button-secondary button-block lock-button"
                onClick={onLock}
                disabled={locking}
                aria-keyshortcuts="Control+L Meta+L"
              >
                <span className="lock-glyph" aria-hidden="true" />
                <span>{locking ? 'Locking…' : 'Lock'}</span>
                <kbd className="shortcut" aria-hidden="true">
                  {lockShortcutLabel()}
                </kbd>
              </button>
            </div>
          </div>
        </aside>
        <main className="page" key={pageKey}>
          {notice ? (
            <div className="page-notice">
              <Notice tone="warning" title={notice.title} live>
                <p>{notice.message}</p>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={onDismissNotice}
                >
                  OK
                </button>
              </Notice>
            </div>
          ) : null}
          {page}
        </main>
        <SearchDialog open={dialog === 'search'} onClose={() => setDialog(null)} />
        <QuickCaptureDialog open={dialog === 'quick-capture'} onClose={() => setDialog(null)} />
      </div>
    </NavigationContext.Provider>
  );
}

export type ShellNotice = AppShellProps['notice'];
export function noticeForProblem(problem: VaultState['problem']): ShellNotice {
  return problem ? { title: 'About your cases', message: problem.message } : null;
}
