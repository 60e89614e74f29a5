/**
 * The workbench once unlocked: navigation (Cases, Today, Settings), the page, and a Lock
 * button that is always in view. Menu commands switch pages; the theme setting is applied
 * here because only an unlocked vault can say what it is.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { VaultState } from '../../../../shared/contract';
import { Notice } from '../../components/notice';
import { lockShortcutLabel } from '../../lib/platform';
import { useQuery } from '../../lib/query';
import { applyTheme } from '../../lib/theme';
import { useWorkbenchEvent } from '../../lib/use-session';
import { CasesPage } from '../cases/cases-page';
import { SettingsPage } from '../settings/settings-page';
import { TodayPage } from '../today/today-page';
import { areas, type Area } from './areas';

export interface AppShellProps {
  onLock(): void;
  locking: boolean;
  /** Something the facilitator should know about (a vault problem, a lock that could not happen). */
  notice: { title: string; message: string } | null;
  onDismissNotice(): void;
}

export function AppShell({ onLock, locking, notice, onDismissNotice }: AppShellProps) {
  const [area, setArea] = useState<Area>('cases');
  const settings = useQuery('settings:get');
  const theme = settings.data?.theme;

  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  useWorkbenchEvent('menu:command', ({ command }) => {
    if (command !== 'lock') setArea(command);
  });

  const pages: Record<Area, ReactNode> = {
    cases: <CasesPage />,
    today: <TodayPage />,
    settings: <SettingsPage />,
  };

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="sidebar-inner">
          <p className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Restorative Workbench
          </p>
          <nav aria-label="Main">
            <ul className="nav-list">
              {areas.map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    className="nav-item"
                    aria-current={area === a.id ? 'page' : undefined}
                    onClick={() => setArea(a.id)}
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
      <main className="page" key={area}>
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
        {pages[area]}
      </main>
    </div>
  );
}

export type ShellNotice = AppShellProps['notice'];
export function noticeForProblem(problem: VaultState['problem']): ShellNotice {
  return problem ? { title: 'About your cases', message: problem.message } : null;
}
