/**
 * Form controls beyond a plain input, shared by every feature: a text area, a select and a
 * radio group, each with its label, hint and the error next to it (wired by field-frame).
 */
import {
  useId,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { FieldFrame, fieldAria } from './field-frame';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  label,
  hint,
  error,
  textareaRef,
  className,
  rows = 3,
  ...rest
}: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        // The browser engine keeps its own memory of typed values outside the vault: never feed it.
        autoComplete="off"
        {...rest}
        id={id}
        rows={rows}
        ref={textareaRef}
        className={['input', 'textarea', className ?? ''].filter(Boolean).join(' ')}
        {...fieldAria(id, hint, error)}
      />
    </FieldFrame>
  );
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { value: string; label: string }[];
  /** A first option with an empty value ("Choose…", "Any status"). */
  placeholder?: string;
  selectRef?: Ref<HTMLSelectElement>;
  compact?: boolean;
}

export function SelectField({
  label,
  hint,
  error,
  options,
  placeholder,
  selectRef,
  compact,
  className,
  ...rest
}: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      className={compact ? 'field field-compact' : 'field'}
      errorLine={!compact || Boolean(error)}
    >
      <select
        {...rest}
        id={id}
        ref={selectRef}
        className={['select', className ?? ''].filter(Boolean).join(' ')}
        {...fieldAria(id, hint, error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T | '';
  options: readonly { value: T; label: string; hint?: string }[];
  onChange(value: T): void;
  error?: string | undefined;
  hint?: ReactNode;
  /** Lays the choices out in columns (a long list in a dialog). */
  columns?: boolean;
  firstRef?: Ref<HTMLInputElement>;
}

export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset
      className={props.columns ? 'choice-group choice-columns' : 'choice-group'}
      {...fieldAria(id, props.hint, props.error)}
    >
      <legend className="field-label">{props.legend}</legend>
      {props.hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.options.map((o, i) => (
        <label key={o.value} className="choice choice-compact">
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
            ref={i === 0 ? props.firstRef : undefined}
            aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
          />
          <span className="choice-text">
            <span className="choice-label">{o.label}</span>
            {o.hint ? (
              <span className="choice-hint" id={`${id}-${o.value}-hint`}>
                {o.hint}
              </span>
            ) : null}
          </span>
        </label>
      ))}
      <p className="field-error" id={`${id}-error`} aria-live="polite">
        {props.error ?? ''}
      </p>
    </fieldset>
  );
}

/** `{ key: label }` lists from case-model.ts as select / radio options, in their own order. */
export function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
