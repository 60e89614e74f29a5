/**
 * A modal built on the native <dialog>: the rest of the app is inert while it is open, Tab
 * stays inside, and focus goes back where it was on close. Escape is handled here (not by the
 * browser's cancel) so a dialog can ask before throwing typed text away.
 */
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { shortcutFor } from '../../lib/use-global-shortcuts';

export interface ModalDialogProps {
  labelledBy: string;
  /** Escape or the close button: the dialog decides whether to close. */
  onRequestClose(): void;
  children: ReactNode;
  wide?: boolean;
}

export function ModalDialog({ labelledBy, onRequestClose, children, wide }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // React's autoFocus runs before the dialog is shown; this names the first field instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onRequestClose();
      return;
    }
    // The global shortcuts would open a second dialog over this one; finish this one first.
    if (shortcutFor(event) === 'quickCapture') {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onRequestClose();
      }}
    >
      {children}
    </dialog>
  );
}
