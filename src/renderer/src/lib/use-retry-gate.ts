/**
 * After repeated wrong attempts main asks the person to wait. This keeps the moment the wait
 * ends and counts down to it, so the form can disable its button and say how long is left.
 */
import { useCallback, useState } from 'react';
import type { WorkbenchError } from '../../../shared/errors';
import { call } from './api';
import { useCountdown } from './use-countdown';

export interface RetryGate {
  remainingMs: number;
  waiting: boolean;
  /** True once a wait has run out (so the form can say "you can try again now"). */
  waitOver: boolean;
  /** Starts (or replaces) a wait from an error; looks the wait up when the error lost it. */
  afterFailure(error: WorkbenchError): Promise<void>;
  clear(): void;
}

export function useRetryGate(initialMs = 0): RetryGate {
  const [until, setUntil] = useState<number | null>(() => (initialMs > 0 ? Date.now() + initialMs : null));
  const remainingMs = useCountdown(until);

  const afterFailure = useCallback(async (error: WorkbenchError) => {
    let wait = error.retryAfterMs;
    if (wait === undefined && error.code !== 'invalid_input') {
      // Errors crossing Electron's context bridge can arrive without their extra fields;
      // the vault's status always knows how long to wait.
      wait = await call('vault:status').then(
        (s) => s.retryAfterMs,
        () => 0,
      );
    }
    setUntil(wait && wait > 0 ? Date.now() + wait : null);
  }, []);

  const clear = useCallback(() => setUntil(null), []);
  return {
    remainingMs,
    waiting: remainingMs > 0,
    waitOver: until !== null && remainingMs === 0,
    afterFailure,
    clear,
  };
}
