/**
 * Everything the app does, assembled without Electron: the vault, the session (auto-lock),
 * the handlers and the dispatcher. The Electron shell, the node tests and the browser-test
 * bridge all build exactly this, so tests exercise the real thing.
 */
import type { LockReason, VaultState } from '../shared/contract';
import { Backups } from './backups/backups';
import { Restores } from './backups/restores';
import { createDispatcher, type Dispatch, type FailureLog } from './dispatch';
import { EventHub } from './event-hub';
import { buildHandlers } from './handlers';
import { noDesktop, type DesktopPort } from './ports';
import { serviceContext } from './services/core';
import { Session, type Timers } from './session';
import type { BackupHooks } from './vault/backup/backup-writer';
import { Vault, type VaultOptions } from './vault/vault';

export interface WorkbenchOptions extends VaultOptions {
  /** The clock services stamp records with (tests fix it). */
  clock?: { now(): Date };
  newId?: () => string;
  timers?: Timers;
  desktop?: DesktopPort;
  logFailure?: FailureLog;
  /** Test seams for the backup proofs (kill -9 at a step, a full disk). */
  backupHooks?: BackupHooks;
  /** How long a lock or quit waits for a backup (about two seconds; tests shorten it). */
  lockBudgetMs?: number;
}

export interface Workbench {
  vault: Vault;
  session: Session;
  events: EventHub;
  dispatch: Dispatch;
  backups: Backups;
  /** Locks the vault, a due backup given up to about two seconds first. */
  lock(reason: LockReason): Promise<VaultState>;
  /**
   * Locks and closes the database (quit). With no backup due it is closed before this
   * returns; a due backup has its moment first (the promise says when it is closed).
   */
  close(): Promise<void>;
}

export function createWorkbench(options: WorkbenchOptions): Workbench {
  const now = options.now ?? Date.now;
  const vault = new Vault({ ...options, now });
  const events = new EventHub();
  const desktop = options.desktop ?? noDesktop;
  const backups = new Backups({
    vault,
    events,
    desktop,
    now,
    nativeBinding: options.nativeBinding,
    hooks: options.backupHooks,
    ...(options.lockBudgetMs !== undefined ? { lockBudgetMs: options.lockBudgetMs } : {}),
  });
  const restores = new Restores({
    vault,
    events,
    backups,
    desktop,
    now,
    nativeBinding: options.nativeBinding,
    scryptCost: options.scryptCost,
  });
  // One lock at a time: the Lock button, main's own lock after the grace period and quit
  // may ask together; they share the one under way. With nothing to wait for (no restore,
  // no backup due or running) the vault locks at once, before this returns.
  let locking: Promise<VaultState> | null = null;
  const lock = (reason: LockReason): Promise<VaultState> => {
    if (!vault.isUnlocked) return Promise.resolve(vault.status());
    if (locking) return locking;
    const restoring = restores.busy();
    const run = restoring ? null : backups.atLock(reason);
    if (!restoring && !run) return Promise.resolve(vault.lock(reason));
    locking = (async () => {
      try {
        if (restoring) await restores.settled();
        const due = run ?? (vault.isUnlocked ? backups.atLock(reason) : null);
        if (due) await backups.waitAtLock(due, reason);
        return vault.lock(reason);
      } finally {
        locking = null;
      }
    })();
    return locking;
  };
  const session = new Session(vault, events, now, options.timers, lock);
  vault.onProblem((problem) => events.emit('vault:problem', problem));
  const clock = options.clock;
  const handlers = buildHandlers({
    vault,
    session,
    desktop,
    backups,
    restores,
    lock,
    ctx: () =>
      serviceContext(vault.db, {
        ...(clock ? { now: () => clock.now() } : {}),
        ...(options.newId ? { newId: options.newId } : {}),
      }),
  });
  const dispatch = createDispatcher(handlers, options.logFailure);
  return {
    vault,
    session,
    events,
    dispatch,
    backups,
    lock,
    close: async () => {
      await lock('quit');
    },
  };
}
