/**
 * Shortcuts reachable from anywhere once unlocked: Ctrl/Cmd+K search, Ctrl/Cmd+Shift+N quick
 * capture. (Ctrl/Cmd+L lock lives with the locker, since it must work even mid-lock.)
 */
import { useEffect, useRef } from 'react';

export interface GlobalShortcutHandlers {
  search(): void;
  quickCapture(): void;
}

export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): keyof GlobalShortcutHandlers | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'k' && !event.shiftKey) return 'search';
  if (key === 'n' && event.shiftKey) return 'quickCapture';
  return null;
}

export function useGlobalShortcuts(handlers: GlobalShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const which = shortcutFor(event);
      if (!which) return;
      event.preventDefault();
      latest.current[which]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
