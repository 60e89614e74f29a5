/**
 * Undo and redo for the map editor: every change the facilitator makes (add, connect, move,
 * relabel, delete, auto-layout) is one step. Pure data, unit-tested; the editor keeps one of
 * these in state and autosaves `present`.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

/** Enough to undo a long session of small moves without holding the whole day in memory. */
export const HISTORY_LIMIT = 100;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** A new step: the old present can be undone; anything undone before is gone. */
export function record<T>(history: History<T>, next: T): History<T> {
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
