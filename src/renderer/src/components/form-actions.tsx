/**
 * The end of a form, the same everywhere: the error that belongs to no single field (read
 * out when it appears), and the buttons: submit (with its busy wording while sending) and
 * cancel or another way out.
 */
import type { ReactNode } from 'react';

export function FormError({ error }: { error: string | undefined }) {
  return error ? (
    <p className="form-error" role="alert">
      {error}
    </p>
  ) : null;
}

const layouts = { end: 'actions', start: 'actions actions-start', split: 'actions actions-split' } as const;

export interface FormActionsProps {
  submit: string;
  /** Said on the button while sending, e.g. "Saving…". */
  busyLabel?: string;
  busy: boolean;
  /** Disabled for another reason than sending (a pause after wrong attempts). */
  disabled?: boolean;
  tone?: 'primary' | 'secondary' | 'danger';
  layout?: keyof typeof layouts;
  /** Marks the button aria-busy (true or false) for the forms whose wait is long enough to say so. */
  ariaBusy?: boolean;
  /** The way out: "Cancel" as a secondary button unless it says otherwise. */
  cancel?: { onClick(): void; label?: string; link?: boolean };
  /** After the buttons: a status line or a shortcut hint. */
  children?: ReactNode;
}

export function FormActions({
  submit,
  busyLabel,
  busy,
  disabled,
  tone = 'primary',
  layout = 'start',
  ariaBusy,
  cancel,
  children,
}: FormActionsProps) {
  return (
    <div className={layouts[layout]}>
      <button
        type="submit"
        className={`button button-${tone}`}
        disabled={busy || disabled}
        aria-busy={ariaBusy ? busy : undefined}
      >
        {busy && busyLabel ? busyLabel : submit}
      </button>
      {cancel ? (
        <button
          type="button"
          className={cancel.link ? 'button-link' : 'button button-secondary'}
          onClick={cancel.onClick}
        >
          {cancel.label ?? 'Cancel'}
        </button>
      ) : null}
      {children}
    </div>
  );
}
