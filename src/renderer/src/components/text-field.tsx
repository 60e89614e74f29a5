/**
 * A labelled input with its hint and its error underneath, wired for assistive technology:
 * the label names it, hint and error describe it, and the error region is live so a message
 * that appears after pressing a button is read out.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> {
  label: string;
  hint?: ReactNode;
  error?: string | null | undefined;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown between the input and the error, e.g. a strength meter. */
  below?: ReactNode;
  /** Ids of other elements that describe the input (e.g. the meter's text). */
  describedBy?: string | undefined;
  mono?: boolean;
}

export function TextField({
  label,
  hint,
  error,
  inputRef,
  below,
  describedBy,
  mono,
  className,
  ...input
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : null, describedBy ?? null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <input
        {...input}
        id={id}
        ref={inputRef}
        className={['input', mono ? 'input-mono' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {below}
      <p className="field-error" id={errorId} aria-live="polite">
        {error ?? ''}
      </p>
    </div>
  );
}
