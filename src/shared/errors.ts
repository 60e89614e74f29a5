/**
 * Typed errors that cross the process boundary. A handler never throws a raw stack to the
 * renderer: every failure becomes `{ code, message }`, and the message is safe to show a
 * facilitator (no case text, no file paths, no internals).
 */
export const errorCodes = [
  'invalid_input',
  'unknown_channel',
  'forbidden_sender',
  'no_vault',
  'vault_exists',
  'locked',
  'wrong_passphrase',
  'wrong_recovery_key',
  'too_many_attempts',
  'weak_passphrase',
  'newer_schema',
  'corrupt_vault',
  'not_found',
  'backup_folder',
  'backup_damaged',
  'not_a_backup',
  'backup_newer',
  'busy',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface WorkbenchErrorShape {
  code: ErrorCode;
  message: string;
  /** Field-level problems for forms: path ("passphrase") -> plain-words message. */
  fields?: Record<string, string>;
  /** For too_many_attempts: how long until the next attempt is accepted. */
  retryAfterMs?: number;
}

export class WorkbenchError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  readonly retryAfterMs?: number;

  constructor(shape: WorkbenchErrorShape) {
    super(shape.message);
    this.name = 'WorkbenchError';
    this.code = shape.code;
    if (shape.fields) this.fields = shape.fields;
    if (shape.retryAfterMs !== undefined) this.retryAfterMs = shape.retryAfterMs;
  }

  toShape(): WorkbenchErrorShape {
    const shape: WorkbenchErrorShape = { code: this.code, message: this.message };
    if (this.fields) shape.fields = this.fields;
    if (this.retryAfterMs !== undefined) shape.retryAfterMs = this.retryAfterMs;
    return shape;
  }
}

/** What travels back over IPC or the test bridge for every call. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WorkbenchErrorShape };

export function isErrorShape(value: unknown): value is WorkbenchErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    (errorCodes as readonly string[]).includes(v.code) &&
    typeof v.message === 'string'
  );
}
