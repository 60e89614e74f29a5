/**
 * The top of the app: which screen the vault's state calls for (first run, recovery key,
 * unlock, or the workbench), and the session wiring that must work on every screen (lock
 * requests from main, the lock shortcut, activity reports). State is kept small on purpose:
 * no passphrase is held here, and the query cache and kept drafts are emptied whenever the
 * vault locks.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LockReason, VaultState } from '../../shared/contract';
import { restoredNotice } from './features/backups/backup-wording';
import { RestoreScreen } from './features/backups/restore-screen';
import { AppShell, noticeForProblem, type ShellNotice } from './features/shell/app-shell';
import { DraftsLoaded } from './features/shell/drafts-loaded';
import { FirstRunScreen } from './features/vault/first-run-screen';
import { RecoveryKeyScreen } from './features/vault/recovery-key-screen';
import { UnlockScreen } from './features/vault/unlock-screen';
import { VaultFrame } from './features/vault/vault-frame';
import { attempt } from './lib/api';
import { formDrafts } from './lib/form-drafts';
import { toWorkbenchError } from './lib/form-errors';
import { queryCache } from './lib/query';
import { lockVault } from './lib/session';
import { useActivityReporter, useLockShortcut, useWorkbenchEvent } from './lib/use-session';

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'first-run' }
  | { kind: 'restore' }
  | { kind: 'recovery-key'; recoveryKey: string }
  | { kind: 'locked'; status: VaultState }
  | { kind: 'unlocked' };

function viewFor(status: VaultState): View {
  if (status.state === 'absent') return { kind: 'first-run' };
  if (status.state === 'locked') return { kind: 'locked', status };
  return { kind: 'unlocked' };
}

export function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [notice, setNotice] = useState<ShellNotice>(null);
  const [locking, setLocking] = useState(false);
  /** Bumped when main swaps in a fresh database: the shell starts over, as after an unlock. */
  const [shellGeneration, setShellGeneration] = useState(0);
  /** Bumped by every status request and every unlock: a slow, older answer never wins. */
  const latestStatus = useRef(0);

  const refreshStatus = useCallback(() => {
    const request = ++latestStatus.current;
    return attempt('vault:status').then((result) => {
      if (request !== latestStatus.current) return;
      if (!result.ok) {
        setView({ kind: 'unavailable', message: result.error.message });
        return;
      }
      setView(viewFor(result.value));
      if (result.value.state === 'unlocked') setNotice(noticeForProblem(result.value.problem));
    });
  }, []);

  useEffect(() => {
    void refreshStatus();
  }, [refreshStatus]);

  /** Whatever caused the lock, nothing from the open vault stays on screen or in memory. */
  const showLocked = useCallback(() => {
    queryCache.clear();
    formDrafts.forget();
    setNotice(null);
    setView((v) =>
      v.kind === 'locked' ? v : { kind: 'locked', status: { state: 'locked', retryAfterMs: 0 } },
    );
    void refreshStatus();
  }, [refreshStatus]);

  const lock = useCallback(
    async (reason: LockReason) => {
      setLocking(true);
      try {
        const outcome = await lockVault(reason);
        if (outcome.locked) showLocked();
        else
          setNotice({
            title: 'Still unlocked',
            message:
              'Something you typed could not be saved, so the workbench has stayed unlocked. Copy it somewhere safe, then lock again.',
          });
      } catch (error) {
        setNotice({ title: 'Could not lock', message: toWorkbenchError(error).message });
      } finally {
        setLocking(false);
      }
    },
    [showLocked],
  );

  const vaultOpen = view.kind === 'unlocked' || view.kind === 'recovery-key';
  useWorkbenchEvent('vault:locked', showLocked);
  // The check after unlock found damage and main started a fresh database: nothing read from
  // the damaged one may stay on screen, and the facilitator is told why it is empty.
  useWorkbenchEvent('vault:problem', (problem) => {
    queryCache.clear();
    formDrafts.forget();
    setShellGeneration((generation) => generation + 1);
    setNotice(noticeForProblem(problem));
  });
  // A backup was restored (over the open vault, or on a new computer): nothing read before
  // may stay on screen, the shell starts over, and the facilitator is told what happened.
  const showRestored = useCallback((restored: Parameters<typeof restoredNotice>[0]) => {
    latestStatus.current += 1;
    queryCache.clear();
    setShellGeneration((generation) => generation + 1);
    setNotice(restoredNotice(restored));
    setView({ kind: 'unlocked' });
  }, []);
  useWorkbenchEvent('vault:restored', showRestored);
  useWorkbenchEvent('session:lockRequested', ({ reason }) => void lock(reason));
  useWorkbenchEvent('menu:command', ({ command }) => {
    if (command === 'lock' && vaultOpen) void lock('user');
  });
  useLockShortcut(view.kind === 'unlocked', () => void lock('user'));
  useActivityReporter(vaultOpen);

  switch (view.kind) {
    case 'loading':
      return <main className="vault-frame" aria-busy="true" />;
    case 'unavailable':
      return (
        <VaultFrame>
          <h1 className="page-title">The workbench could not start</h1>
          <p className="lead">{view.message}</p>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => void refreshStatus()}>
              Try again
            </button>
          </div>
        </VaultFrame>
      );
    case 'first-run':
      return (
        <FirstRunScreen
          onCreated={(recoveryKey) => {
            latestStatus.current += 1;
            setView({ kind: 'recovery-key', recoveryKey });
          }}
          onRestore={() => setView({ kind: 'restore' })}
        />
      );
    case 'restore':
      return <RestoreScreen onRestored={showRestored} onBack={() => setView({ kind: 'first-run' })} />;
    case 'recovery-key':
      return (
        <RecoveryKeyScreen recoveryKey={view.recoveryKey} onDone={() => setView({ kind: 'unlocked' })} />
      );
    case 'locked':
      return (
        <UnlockScreen
          status={view.status}
          onUnlocked={(state) => {
            latestStatus.current += 1;
            setNotice(noticeForProblem(state.problem));
            setView(viewFor(state));
          }}
        />
      );
    case 'unlocked':
      return (
        <DraftsLoaded key={shellGeneration}>
          <AppShell
            onLock={() => void lock('user')}
            locking={locking}
            notice={notice}
            onDismissNotice={() => setNotice(null)}
          />
        </DraftsLoaded>
      );
  }
}
