/**
 * Leading-edge throttle with an injectable clock: the first call goes through at once, later
 * calls within `intervalMs` are dropped. Used to tell main the facilitator is active without
 * sending a message on every key press.
 */
export function throttle(fn: () => void, intervalMs: number, now: () => number = Date.now): () => void {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    fn();
  };
}

/** At most one activity report per 20 seconds: plenty for an idle timer counted in minutes. */
export const ACTIVITY_INTERVAL_MS = 20_000;
