/**
 * A countdown for a timed phase (private family time in a family group conference), as plain
 * state so it survives a lock, a crash or a restart: it stores when it was started and how
 * much time had already run, never a ticking counter.
 */
export interface TimerState {
  durationMs: number;
  /** Milliseconds already used before the current run (pauses add up). */
  usedMs: number;
  /** When the current run started (epoch ms), or null while paused / not started. */
  runningSince: number | null;
}

export function newTimer(minutes: number): TimerState {
  return { durationMs: Math.round(minutes * 60_000), usedMs: 0, runningSince: null };
}

export function startTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? { ...state, runningSince: now } : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince === null) return state;
  return { ...state, usedMs: state.usedMs + Math.max(0, now - state.runningSince), runningSince: null };
}

/** Adds (or with a negative number, takes away) minutes, e.g. "the family needs ten more". */
export function extendTimer(state: TimerState, minutes: number): TimerState {
  return { ...state, durationMs: Math.max(0, state.durationMs + Math.round(minutes * 60_000)) };
}

export function elapsedMs(state: TimerState, now: number): number {
  return state.usedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

/** Remaining time; negative once it has run over (shown as "10 minutes over", never hidden). */
export function remainingMs(state: TimerState, now: number): number {
  return state.durationMs - elapsedMs(state, now);
}

export function describeRemaining(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (ms > 0)
    return minutes === 0 ? 'Less than a minute left' : `${minutes} minute${minutes === 1 ? '' : 's'} left`;
  return minutes === 0 ? 'Time is up' : `${minutes} minute${minutes === 1 ? '' : 's'} over`;
}
