/**
 * Everything the app does, assembled without Electron: the vault, the session (auto-lock),
 * the handlers and the dispatcher. The Electron shell, the node tests and the browser-test
 * bridge all build exactly this, so tests exercise the real thing.
 */
import { createDispatcher, type Dispatch, type FailureLog } from './dispatch';
import { EventHub } from './event-hub';
import { buildHandlers } from './handlers';
import { noDesktop, type DesktopPort } from './ports';
import { serviceContext } from './services/core';
import { Session, type Timers } from './session';
import { Vault, type VaultOptions } from './vault/vault';

export interface WorkbenchOptions extends VaultOptions {
  /** The clock services stamp records with (tests fix it). */
  clock?: { now(): Date };
  newId?: () => string;
  timers?: Timers;
  desktop?: DesktopPort;
  logFailure?: FailureLog;
}

export interface Workbench {
  vault: Vault;
  session: Session;
  events: EventHub;
  dispatch: Dispatch;
  /** Locks and closes the database (quit). */
  close(): void;
}

export function createWorkbench(options: WorkbenchOptions): Workbench {
  const now = options.now ?? Date.now;
  const vault = new Vault({ ...options, now });
  const events = new EventHub();
  const session = new Session(vault, events, now, options.timers);
  vault.onProblem((problem) => events.emit('vault:problem', problem));
  const clock = options.clock;
  const handlers = buildHandlers({
    vault,
    session,
    desktop: options.desktop ?? noDesktop,
    ctx: () =>
      serviceContext(vault.db, {
        ...(clock ? { now: () => clock.now() } : {}),
        ...(options.newId ? { newId: options.newId } : {}),
      }),
  });
  const dispatch = createDispatcher(handlers, options.logFailure);
  return { vault, session, events, dispatch, close: () => void vault.lock('quit') };
}
