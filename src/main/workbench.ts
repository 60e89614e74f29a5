/**
 * Everything the app does, assembled without Electron: the vault, the session (auto-lock),
 * the handlers and the dispatcher. The Electron shell, the node tests and the browser-test
 * bridge all build exactly this, so tests exercise the real thing.
 */
import { createDispatcher, type Dispatch, type FailureLog } from './dispatch';
import { EventHub } from './event-hub';
import { buildHandlers } from './handlers';
import { Session, type Timers } from './session';
import { systemClock, type Clock } from './services/notes';
import { Vault, type VaultOptions } from './vault/vault';

export interface WorkbenchOptions extends VaultOptions {
  clock?: Clock;
  timers?: Timers;
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
  const dispatch = createDispatcher(
    buildHandlers(vault, session, options.clock ?? systemClock),
    options.logFailure,
  );
  return { vault, session, events, dispatch, close: () => void vault.lock('quit') };
}
