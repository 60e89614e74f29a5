/**
 * The autosave scheduler behind every note: what is typed is written within a second of the
 * last keystroke. A quiet spell of `debounceMs` triggers a save; while someone types without
 * pausing, `maxWaitMs` caps how long the oldest unsaved keystroke may wait. One save runs at a
 * time and always sends the latest text, so a slow disk never reorders versions. A failed save
 * keeps the text and retries after `retryMs`; `flush()` saves at once (lock, window close) and
 * rejects if the text could not be saved, so the caller can refuse to lock.
 *
 * Pure and timer-injectable: the renderer, the kill -9 test's child process and the unit tests
 * all run this same code, with real or hand-driven clocks. The note's save request is shaped
 * here too (noteSaveRequest), so the kill test sends exactly what the editor sends.
 */
import type { z } from 'zod';
import type { Speaker, noteSaveInput } from '../schemas/notes';

export interface AutosaveClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: AutosaveClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};

export const AUTOSAVE_DEBOUNCE_MS = 600;
export const AUTOSAVE_MAX_WAIT_MS = 1_000;
export const AUTOSAVE_RETRY_MS = 2_000;

export type AutosaveStatus =
  /** Nothing typed since the value was loaded. */
  | { kind: 'idle' }
  /** Typed, waiting for the pause (or the max wait) before saving. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  /** The last save failed; the text is kept and saving is tried again. */
  | { kind: 'failed'; error: unknown };

export interface AutosaveOptions<T> {
  /** Writes one value durably; resolves once it is safe, rejects if it is not. */
  save(value: T): Promise<unknown>;
  onStatus?(status: AutosaveStatus): void;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
  clock?: AutosaveClock;
}

export interface Autosaver<T> {
  /** Records the latest value (call it from the input event itself, not later). */
  change(value: T): void;
  /** Saves now if anything is unsaved and waits; rejects with the error if it cannot. */
  flush(): Promise<void>;
  /** True while something typed is not yet acknowledged as saved. */
  readonly dirty: boolean;
  readonly status: AutosaveStatus;
  /** Stops timers; a save already running still finishes. Later changes are ignored. */
  dispose(): void;
}

/** Flush saves again if typing continued during its save, but not forever. */
const FLUSH_ROUNDS = 5;

export function createAutosaver<T>(options: AutosaveOptions<T>): Autosaver<T> {
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const retryMs = options.retryMs ?? AUTOSAVE_RETRY_MS;
  const clock = options.clock ?? systemClock;

  let latest: T | undefined;
  /** Bumped by every change; `savedVersion` is the newest one known to be on disk. */
  let version = 0;
  let savedVersion = 0;
  /** When the oldest change not yet handed to a save was made (drives the max wait). */
  let oldestUnsentAt: number | null = null;
  /** After a failure, timers wait at least this long so a broken disk is not hammered. */
  let retryNotBefore = 0;
  let lastKeystrokeAt = 0;
  let timer: unknown = null;
  let inFlight: Promise<boolean> | null = null;
  let lastError: unknown = null;
  let disposed = false;
  let status: AutosaveStatus = { kind: 'idle' };

  const dirty = () => version !== savedVersion;

  function setStatus(next: AutosaveStatus): void {
    status = next;
    options.onStatus?.(next);
  }

  function clearTimer(): void {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  }

  /** Sets the timer for the next save from the current state, or none when clean. */
  function reschedule(): void {
    clearTimer();
    if (disposed || !dirty() || oldestUnsentAt === null) return;
    const quietAt = lastKeystrokeAt + debounceMs;
    const capAt = oldestUnsentAt + maxWaitMs;
    const due = Math.max(Math.min(quietAt, capAt), retryNotBefore);
    timer = clock.setTimeout(
      () => {
        timer = null;
        // A save under way reschedules when it settles, with the newest text.
        if (!inFlight) void startSave();
      },
      Math.max(0, due - clock.now()),
    );
  }

  /** Sends the latest value; resolves true when it is saved, false when it failed. */
  function startSave(): Promise<boolean> {
    const sending = version;
    const value = latest as T;
    const sentOldest = oldestUnsentAt;
    oldestUnsentAt = null;
    clearTimer();
    setStatus({ kind: 'saving' });
    const run = (async () => {
      try {
        await options.save(value);
        savedVersion = Math.max(savedVersion, sending);
        lastError = null;
        retryNotBefore = 0;
        if (!dirty()) setStatus({ kind: 'saved', at: clock.now() });
        return true;
      } catch (error) {
        lastError = error;
        // The text that failed is still unsaved, and older than anything typed since.
        oldestUnsentAt = sentOldest ?? oldestUnsentAt ?? clock.now();
        retryNotBefore = clock.now() + retryMs;
        setStatus({ kind: 'failed', error });
        return false;
      } finally {
        inFlight = null;
        if (dirty() && status.kind !== 'failed') setStatus({ kind: 'pending' });
        if (dirty() && oldestUnsentAt === null) oldestUnsentAt = clock.now();
        reschedule();
      }
    })();
    inFlight = run;
    return run;
  }

  return {
    change(value) {
      if (disposed) return;
      latest = value;
      version += 1;
      const now = clock.now();
      lastKeystrokeAt = now;
      oldestUnsentAt ??= now;
      if (status.kind !== 'failed' && !inFlight) setStatus({ kind: 'pending' });
      reschedule();
    },
    async flush() {
      for (let round = 0; round < FLUSH_ROUNDS; round++) {
        if (inFlight) {
          await inFlight;
          continue;
        }
        if (!dirty()) return;
        if (!(await startSave())) throw lastError;
      }
      if (inFlight) await inFlight;
      if (dirty()) throw lastError ?? new Error('Typing continued while saving; try again.');
    },
    get dirty() {
      return dirty();
    },
    get status() {
      return status;
    },
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}

/** A note as the editor holds it while typing. */
export interface NoteDraft {
  title: string;
  body: string;
  kind: 'text' | 'meeting';
  personId: string | null;
  meetingId: string | null;
  speakers: Speaker[];
}

/** The `note:save` request for a draft: an upsert by id, sent again on every autosave. */
export function noteSaveRequest(
  note: { id: string; caseId: string },
  draft: NoteDraft,
): z.input<typeof noteSaveInput> {
  return {
    id: note.id,
    caseId: note.caseId,
    personId: draft.personId,
    meetingId: draft.meetingId,
    title: draft.title,
    kind: draft.kind,
    body: draft.body,
    speakers: draft.speakers,
  };
}
