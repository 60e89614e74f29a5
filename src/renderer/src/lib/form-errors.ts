/**
 * Field-level messages for forms, from two sources that must agree: the contract's zod schema
 * (checked before sending, so the rule is written once) and a WorkbenchError from main (which
 * may carry `fields`). Both become `{ fieldName: message }` shown next to the field.
 */
import type { ZodType } from 'zod';
import { WorkbenchError, isErrorShape, type ErrorCode } from '../../../shared/errors';

export type FieldErrors = Record<string, string>;

/** Runs a contract schema; returns null when the values are valid. */
export function validate(schema: ZodType, values: unknown): FieldErrors | null {
  const result = schema.safeParse(values);
  if (result.success) return null;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  return fields;
}

/**
 * Turns whatever a call rejected with into a WorkbenchError. Across Electron's context
 * bridge an error may arrive as a plain Error with only its message left, so that is kept
 * as the message rather than replaced with something vaguer.
 */
export function toWorkbenchError(error: unknown): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  if (isErrorShape(error)) return new WorkbenchError(error);
  const message =
    error instanceof Error && error.message
      ? error.message
          .replace(/^Error invoking remote method '[^']*': /, '')
          .replace(/^(Workbench)?Error: /, '')
      : 'Something went wrong. Nothing you typed was sent anywhere.';
  return new WorkbenchError({ code: 'internal', message });
}

/**
 * Where a server error shows in a form: its own `fields` when it has them, otherwise the
 * field that the code is about, otherwise the form as a whole (`_`).
 */
export function fieldErrorsFrom(
  error: WorkbenchError,
  fieldFor: Partial<Record<ErrorCode, string>> = {},
): FieldErrors {
  if (error.fields && Object.keys(error.fields).length > 0) return { ...error.fields };
  return { [fieldFor[error.code] ?? '_']: error.message };
}

/** Client-side check that the two copies of a new passphrase match. */
export function repeatProblem(first: string, repeat: string): string | null {
  if (repeat.length === 0) return 'Type the passphrase again.';
  return first === repeat
    ? null
    : 'The two passphrases are not the same. Type the same passphrase in both boxes.';
}

/**
 * A chosen passphrase's problems: the contract's rule for `field` first; only when the rule is
 * met, whether the second box matches (a mismatch of a passphrase that will be refused anyway
 * is noise).
 */
export function withRepeatCheck(
  problems: FieldErrors | null,
  field: string,
  passphrase: string,
  repeat: string,
): FieldErrors | null {
  if (problems?.[field]) return problems;
  const mismatch = repeatProblem(passphrase, repeat);
  return mismatch ? { ...problems, repeat: mismatch } : problems;
}
