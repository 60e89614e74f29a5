/**
 * A labelled input with its hint and its error underneath (the wiring is field-frame's).
 */
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { FieldFrame, fieldAria } from './field-frame';

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
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        // The browser engine keeps its own memory of typed values outside the vault: never feed it.
        autoComplete="off"
        {...input}
        id={id}
        ref={inputRef}
        className={['input', mono ? 'input-mono' : '', className ?? ''].filter(Boolean).join(' ')}
        {...fieldAria(id, hint, error, describedBy)}
      />
      {below}
    </FieldFrame>
  );
}
