/**
 * Hooks that connect the page to main's session: events from the contract, activity reports
 * for the idle timer, and the lock shortcut.
 */
import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../../shared/contract';
import { call } from './api';
import { isLockShortcut } from './platform';
import { ACTIVITY_INTERVAL_MS, throttle } from './throttle';

/** Subscribes to a main-process event; the latest handler is called without resubscribing. */
export function useWorkbenchEvent<E extends EventName>(
  event: E,
  handler: (payload: EventPayload<E>) => void,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => window.workbench.on(event, (payload) => latest.current(payload)), [event]);
}

/** Tells main the facilitator is here (typing, clicking, scrolling), at most every 20 s. */
export function useActivityReporter(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const report = throttle(() => {
      // Best effort: if the vault has just locked, there is nothing to keep alive.
      call('session:activity').catch(() => undefined);
    }, ACTIVITY_INTERVAL_MS);
    const kinds = ['keydown', 'pointerdown', 'wheel'] as const;
    const options = { capture: true, passive: true };
    for (const kind of kinds) window.addEventListener(kind, report, options);
    return () => {
      for (const kind of kinds) window.removeEventListener(kind, report, options);
    };
  }, [active]);
}

/** Ctrl+L (Cmd+L on a Mac) anywhere in the page, including inside a text field. */
export function useLockShortcut(active: boolean, lock: () => void): void {
  const latest = useRef(lock);
  useEffect(() => {
    latest.current = lock;
  });
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event) || event.repeat) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [active]);
}
