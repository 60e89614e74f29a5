/**
 * Locking, in the one order that keeps typed text safe: save everything pending, then lock.
 * Concurrent requests (the button, Ctrl+L, the menu and an idle request arriving together)
 * share one attempt instead of racing each other.
 */
import type { LockReason } from '../../../shared/contract';
import type { FlushOutcome } from './pending-writes';

export interface LockerDeps {
  flushAll(): Promise<FlushOutcome>;
  lock(reason: LockReason): Promise<unknown>;
}

export type LockOutcome =
  | { locked: true }
  /** Something typed could not be saved; the facilitator asked to lock, so we stay open. */
  | { locked: false; reason: 'unsaved'; failures: unknown[] };

export function createLocker(deps: LockerDeps): (reason: LockReason) => Promise<LockOutcome> {
  let inFlight: Promise<LockOutcome> | null = null;
  return (reason) => {
    inFlight ??= (async (): Promise<LockOutcome> => {
      try {
        const outcome = await deps.flushAll();
        // When the person chose to lock, unsaved text is worth a question; when the lock
        // comes from idle or the OS, main locks after a short grace anyway, so go ahead.
        if (outcome.failures.length > 0 && reason === 'user') {
          return { locked: false, reason: 'unsaved', failures: outcome.failures };
        }
        await deps.lock(reason);
        return { locked: true };
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  };
}
