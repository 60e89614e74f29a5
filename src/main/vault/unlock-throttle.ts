/**
 * Slows down repeated wrong unlock attempts: the first two mistakes cost nothing (typos
 * happen), then each further one doubles the wait, up to five minutes. It never deletes or
 * locks out for good: a facilitator in a meeting must always be able to get back in.
 */
import { WorkbenchError } from '../../shared/errors';

export const FREE_ATTEMPTS = 2;
export const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

export function delayAfterFailures(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS - 1), MAX_DELAY_MS);
}

export class UnlockThrottle {
  private failures = 0;
  private lastFailureAt = 0;

  constructor(private readonly now: () => number) {}

  /** Milliseconds until the next attempt is accepted; 0 when it may go ahead. */
  retryAfterMs(): number {
    const wait = delayAfterFailures(this.failures) - (this.now() - this.lastFailureAt);
    return Math.max(0, Math.ceil(wait));
  }

  recordFailure(): void {
    this.failures += 1;
    this.lastFailureAt = this.now();
  }

  recordSuccess(): void {
    this.failures = 0;
    this.lastFailureAt = 0;
  }

  /** Throws `too_many_attempts` while a wait is running: every secret waits it out alike. */
  assertAllowed(): void {
    const wait = this.retryAfterMs();
    if (wait > 0) {
      throw new WorkbenchError({
        code: 'too_many_attempts',
        message: `Too many wrong attempts. Try again in ${Math.ceil(wait / 1000)} seconds.`,
        retryAfterMs: wait,
      });
    }
  }

  /** The error for a wrong secret, carrying the wait it has now earned (if any). */
  refusal(
    code: 'wrong_passphrase' | 'wrong_recovery_key',
    message: string,
    fields?: Record<string, string>,
  ): WorkbenchError {
    const retryAfterMs = this.retryAfterMs();
    return new WorkbenchError({
      code,
      message,
      ...(fields ? { fields } : {}),
      ...(retryAfterMs ? { retryAfterMs } : {}),
    });
  }
}
