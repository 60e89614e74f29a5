/**
 * The scaffold every form shares. Its values live in useFormValues under the form's key; on
 * top of them: the errors shown next to the fields, a busy flag, and one submit: check the
 * values (the contract's own zod schema, so the rule is written once), send them, put main's
 * answer next to the fields, then say it is done. A submit while one is on its way is ignored
 * (a ref, not state: a click and Enter in the same moment send once).
 */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
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
  /** Keep what is typed as a draft until sent or cancelled (default); false for secrets. */
  keep?: boolean;
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
  /**
   * The form opens when a button asks for it (Add a risk flag, Edit referral): on opening the
   * cursor goes to its first field and it scrolls into view; on closing the cursor goes back
   * to what opened it.
   */
  opensOnDemand?: boolean;
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

/** The first control a person would type into or choose in, inside `root`. */
function firstField(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>(
    'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])',
  );
}

/**
 * For a part of the screen that opens on request: focus into it (unless something inside it
 * already took the focus, an autoFocus field) and scroll it into view; when it closes, give
 * the focus back to what opened it, if that is still on the screen and nothing else took it.
 */
export function useFocusWhenOpened(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    // The button that opened it may already be gone (replaced by the form): remember it.
    const opener = lastFocused;
    const root = ref.current;
    if (root && !root.contains(document.activeElement)) firstField(root)?.focus({ preventScroll: true });
    root?.scrollIntoView({ block: 'nearest' });
    return () => {
      // Only when closing left the cursor nowhere: never take it from where the person put it.
      requestAnimationFrame(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost) sameControl(opener)?.focus();
      });
    };
  }, [ref, active]);
}

/** The last control that had the focus, even if it has since left the screen. */
let lastFocused: HTMLElement | null = null;
if (typeof document !== 'undefined')
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target instanceof HTMLElement) lastFocused = event.target;
    },
    true,
  );

/** The control itself, or (when it was drawn again) the one now on screen with its name. */
function sameControl(control: HTMLElement | null): HTMLElement | null {
  if (!control) return null;
  if (control.isConnected) return control;
  const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
  return (
    [...document.querySelectorAll<HTMLElement>(control.tagName)].find(
      (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '') === name,
    ) ?? null
  );
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
  const values = useFormValues(options.key, options.initial, { keep: options.keep ?? true });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusWhenOpened(formRef, options.opensOnDemand ?? false);

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
      // Sent: nothing is left to keep. What the form goes on with is its own, not a draft.
      values.discard();
      const next = options.sent?.(outcome.value, current);
      if (next) values.reset({ ...values.latest(), ...next });
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
