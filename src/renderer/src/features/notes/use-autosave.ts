/**
 * Autosave for one open note: the shared scheduler (src/shared/domain/autosave.ts) wired to
 * the places text could otherwise be lost. Locking awaits it through the pending-writes
 * registry; closing or hiding the window, and leaving the note, save at once.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { createAutosaver, type AutosaveStatus } from '../../../../shared/domain/autosave';
import { usePendingWrite } from '../../lib/use-pending-write';

export interface AutosaveHandle<T> {
  /** Call from the input event itself, so a lock right after the keystroke includes it. */
  change(value: T): void;
  flush(): Promise<void>;
  status: AutosaveStatus;
}

/** `save` is taken once, when the component mounts: it must not depend on props that change. */
export function useAutosave<T>(save: (value: T) => Promise<unknown>): AutosaveHandle<T> {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const [saver] = useState(() => createAutosaver<T>({ save, onStatus: setStatus }));

  usePendingWrite(() => saver.flush());

  /** Shared across effect runs: React's strict mode unmounts and remounts once on purpose. */
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    const flushQuietly = () => void saver.flush().catch(() => undefined);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushQuietly();
    };
    window.addEventListener('beforeunload', flushQuietly);
    window.addEventListener('pagehide', flushQuietly);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      mounted.current = false;
      window.removeEventListener('beforeunload', flushQuietly);
      window.removeEventListener('pagehide', flushQuietly);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the note saves it. If that fails once the note is gone from the screen, stop
      // retrying: a late retry could overwrite a newer version written after an unlock.
      void saver
        .flush()
        .catch(() => undefined)
        .finally(() => {
          if (!mounted.current) saver.dispose();
        });
    };
  }, [saver]);

  const controls = useMemo(
    () => ({ change: (value: T) => saver.change(value), flush: () => saver.flush() }),
    [saver],
  );
  return { ...controls, status };
}
