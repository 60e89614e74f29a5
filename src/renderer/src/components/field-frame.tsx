/**
 * What every labelled control shares: the label that names it, the hint and the error that
 * describe it (wired with aria-describedby), and a live error line, so a message that appears
 * after pressing a button is read out. The control itself is the child.
 */
import type { ReactNode } from 'react';

export interface FieldFrameProps {
  /** The control's id (from useId); the hint and error ids derive from it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null | undefined;
  className?: string;
  /** False leaves out the empty error line (a compact select in a table row). */
  errorLine?: boolean;
  children: ReactNode;
}

export function FieldFrame({
  id,
  label,
  hint,
  error,
  className,
  errorLine = true,
  children,
}: FieldFrameProps) {
  return (
    <div className={className ?? 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {children}
      {errorLine ? (
        <p className="field-error" id={`${id}-error`} aria-live="polite">
          {error ?? ''}
        </p>
      ) : null}
    </div>
  );
}

/** The control's aria-invalid and aria-describedby: its hint, any other describers, its error. */
export function fieldAria(
  id: string,
  hint: ReactNode,
  error: string | null | undefined,
  others?: string,
): { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined } {
  const ids = [hint ? `${id}-hint` : null, others ?? null, error ? `${id}-error` : null];
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids.filter(Boolean).join(' ') || undefined,
  };
}
