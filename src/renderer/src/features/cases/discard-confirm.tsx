/**
 * Asking before a dialog throws typed text away (new case, quick capture): Escape or Cancel
 * with something typed shows the question in place of the buttons; "Keep writing" puts the
 * cursor back where it was when the question came up.
 */
import { useLayoutEffect, useRef, useState } from 'react';

export interface DiscardGuard {
  confirming: boolean;
  /** Escape or Cancel. True when the dialog may close now; otherwise it asked, or stopped asking. */
  requestClose(): boolean;
  /** "Keep writing": back to the form, the cursor where it was (or on `fallback`). */
  keep(fallback?: HTMLElement | null): void;
}

export function useDiscardGuard(typed: () => boolean): DiscardGuard {
  const [confirming, setConfirming] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (confirming || !returnFocus.current) return;
    returnFocus.current.focus();
    returnFocus.current = null;
  }, [confirming]);
  return {
    confirming,
    requestClose() {
      if (confirming) {
        setConfirming(false);
        return false;
      }
      if (!typed()) return true;
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setConfirming(true);
      return false;
    },
    keep(fallback) {
      returnFocus.current ??= fallback ?? null;
      setConfirming(false);
    },
  };
}

export function DiscardConfirm({
  id,
  question,
  onKeep,
  onDiscard,
}: {
  id: string;
  question: string;
  onKeep(): void;
  onDiscard(): void;
}) {
  return (
    <div className="confirm-box" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="actions actions-start">
        <button type="button" className="button button-primary" autoFocus onClick={onKeep}>
          Keep writing
        </button>
        <button type="button" className="button button-secondary" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </div>
  );
}
