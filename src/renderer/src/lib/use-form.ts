/**
 * The scaffold every form shares. Its values live in useFormValues under the form's key; on
 * top of them: the errors shown next to the fields, a busy flag, and one submit: check the
 * values (the contract's own zod schema, so the rule is written once), send them, put main's
 * answer next to the fields, then say it is done. A submit while one is on its way is ignored
 * (a ref, not state: a click and Enter in the same moment send once).
 */
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import type { ErrorCode, WorkbenchError } from '../../../shared/errors';
import type { Result } from './api';
import { fieldErrorsFrom, type FieldErrors } from './form-errors';
import { useFormValues, type FormValues } from './form-values';

/** Where the errors came from: the form's own check, or main's answer. */
export type ErrorStage = 'check' | 'send';

/**
 * Where the cursor goes when errors show: the first field with one (in form order) after
 * either stage, or only after the form's own check, or wherever the form says.
 */
export type ErrorFocus =
  'first-invalid' | 'first-invalid-before-send' | ((errors: FieldErrors, stage: ErrorStage) => void);

export interface FormOptions<V, Out> {
  /** The form's identity: which form, about which record. See form-values.ts. */
  key: string;
  initial: V | (() => V);
  /** Problems found before sending, by field; null (or nothing) when the values may go. */
  check?(values: V): FieldErrors | null;
  send(values: V): Promise<Result<Out>>;
  /** Which field an error code without `fields` belongs to (otherwise the form as a whole). */
  errorFields?: Partial<Record<ErrorCode, string>>;
  /** Replaces the usual mapping of main's error onto the fields. */
  errorsFrom?(error: WorkbenchError): FieldErrors;
  /**
   * After main accepted the values (the errors are already cleared). A form that stays open
   * returns the changes it goes on with, e.g. the typed passphrases emptied.
   */
  sent?(value: Out, values: V): Partial<V> | void;
  /** After main refused the values (their errors already show). */
  failed?(error: WorkbenchError): void | Promise<void>;
  /** Runs at the start of every submit, e.g. to take away an earlier "Saved". */
  starting?(): void;
  /** False while the form may not send at all (a pause after wrong attempts). */
  ready?(): boolean;
  focus?: ErrorFocus;
  /** Empties the errors while sending, so the same message said again is read out again. */
  clearErrorsWhileSending?: boolean;
}

/** The names of a form's text values (what an input, a text area or a select holds). */
export type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** What a labelled control needs from the form: its value, its error, and where a change goes. */
export interface FieldWiring {
  value: string;
  error: string | undefined;
  onChange(event: { target: { value: string } }): void;
}

export interface Form<V> extends FormValues<V> {
  errors: FieldErrors;
  setErrors(errors: FieldErrors): void;
  /** Removes the named fields' errors, or every error. */
  clearErrors(fields?: readonly string[]): void;
  /** A change typed into the form: merged in, and the changed fields' errors go. */
  edit(patch: Partial<V>): V;
  /**
   * Wires a text control to the value of that name, with its error beside it: spread it into
   * a TextField, TextAreaField or SelectField. "clears-error" takes the field's error away as
   * soon as it is changed; otherwise it stays until the next submit. (The one place where the
   * attributes every field should carry can be added.)
   */
  field(name: TextKey<V>, after?: 'keeps-error' | 'clears-error'): FieldWiring;
  busy: boolean;
  submit(event?: FormEvent): Promise<void>;
  /** For the <form> element: "first-invalid" focus looks inside it. */
  formRef: RefObject<HTMLFormElement | null>;
  /** Resolves once no submit is on its way (a lock waits for it before saving a draft). */
  settled(): Promise<void>;
}

/** After errors render, puts the cursor in the first field that has one (in form order). */
export function focusFirstInvalid(form: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    const target =
      invalid instanceof HTMLFieldSetElement
        ? (invalid.querySelector<HTMLInputElement>('input:checked') ?? invalid.querySelector('input'))
        : invalid;
    target?.focus();
  });
}

/** At once, for forms that hold their inputs' refs: the first field in `order` that has an error. */
export function focusFirstOf(
  errors: FieldErrors,
  order: readonly (readonly [field: string, input: RefObject<HTMLElement | null>])[],
): void {
  order.find(([field]) => errors[field])?.[1].current?.focus();
}

/** What one submit came to: stopped by the form's own check, refused by main, or sent. */
export type SubmitOutcome<Out> =
  | { stage: 'check'; errors: FieldErrors }
  | { stage: 'send'; errors: FieldErrors; error: WorkbenchError }
  | { stage: 'sent'; value: Out };

/**
 * The submit itself, without React: check, send, and main's refusal mapped onto the fields.
 * `sending` runs just before the values go (the hook marks itself busy there).
 */
export async function submitValues<V, Out>(
  values: V,
  options: Pick<FormOptions<V, Out>, 'check' | 'send' | 'errorFields' | 'errorsFrom'>,
  sending: (pending: Promise<Result<Out>>) => void = () => undefined,
): Promise<SubmitOutcome<Out>> {
  const problems = options.check?.(values);
  if (problems && Object.keys(problems).length > 0) return { stage: 'check', errors: problems };
  const pending = options.send(values);
  sending(pending);
  const result = await pending;
  if (result.ok) return { stage: 'sent', value: result.value };
  const errors = options.errorsFrom?.(result.error) ?? fieldErrorsFrom(result.error, options.errorFields);
  return { stage: 'send', errors, error: result.error };
}

export function useForm<V extends object, Out = unknown>(options: FormOptions<V, Out>): Form<V> {
  const values = useFormValues(options.key, options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const show = (found: FieldErrors, stage: ErrorStage) => {
    setErrors(found);
    const { focus } = options;
    if (typeof focus === 'function') focus(found, stage);
    else if (focus === 'first-invalid' || (focus === 'first-invalid-before-send' && stage === 'check')) {
      focusFirstInvalid(formRef.current);
    }
  };

  const clearErrors = (fields?: readonly string[]) => {
    if (!fields) return setErrors({});
    if (fields.some((f) => errors[f]))
      setErrors((e) => ({ ...e, ...Object.fromEntries(fields.map((f) => [f, ''])) }));
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (inFlight.current || options.ready?.() === false) return;
    options.starting?.();
    const current = values.latest();
    const outcome = await submitValues(current, options, (pending) => {
      if (options.clearErrorsWhileSending) setErrors({});
      inFlight.current = pending;
      setBusy(true);
    });
    if (outcome.stage !== 'check') {
      inFlight.current = null;
      setBusy(false);
    }
    if (outcome.stage === 'sent') {
      setErrors({});
      const next = options.sent?.(outcome.value, current);
      if (next) values.set(next);
      return;
    }
    show(outcome.errors, outcome.stage);
    if (outcome.stage === 'send') await options.failed?.(outcome.error);
  }

  const edit = (patch: Partial<V>) => {
    clearErrors(Object.keys(patch));
    return values.set(patch);
  };

  return {
    ...values,
    errors,
    setErrors,
    clearErrors,
    edit,
    field: (name, after = 'keeps-error') => ({
      value: values.values[name] as string,
      error: errors[name],
      onChange: (event) => {
        // The control only offers values of the field's own type (a select's options).
        const patch = { [name]: event.target.value } as Partial<V>;
        if (after === 'clears-error') edit(patch);
        else values.set(patch);
      },
    }),
    busy,
    submit,
    formRef,
    settled: async () => {
      await inFlight.current;
    },
  };
}
