/**
 * Kept drafts: what is typed into every unfinished form, so that nothing typed is lost on a
 * tab switch, on navigating away, on a lock or in a crash. While the vault is open the values
 * are held here (a form that comes back finds them) and saved into the vault a moment after
 * the last change; a lock saves them first, then forgets them, so no case text stays in the
 * renderer behind the lock screen; after unlock they are read back once. A form that is sent
 * or cancelled discards its draft.
 *
 * Saves and discards of one form go out in order, so a late save never brings back a draft
 * that was discarded after it.
 */
import { call } from './api';
import { pendingWrites } from './pending-writes';

/** Long enough to save once per pause in typing, short enough that a crash loses a moment. */
export const DRAFT_SAVE_DELAY_MS = 400;

export interface DraftTransport {
  list(): Promise<{ key: string; body: string }[]>;
  save(key: string, body: string): Promise<unknown>;
  discard(key: string): Promise<unknown>;
}

export function createFormDrafts(transport: DraftTransport, delayMs = DRAFT_SAVE_DELAY_MS) {
  const held = new Map<string, unknown>();
  const unsaved = new Set<string>();
  const queues = new Map<string, Promise<unknown>>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  /** Runs one vault request for a key after the ones before it. */
  const inOrder = (key: string, request: () => Promise<unknown>) => {
    const next = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(request);
    queues.set(key, next);
    return next;
  };

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const keys = [...unsaved];
    unsaved.clear();
    const results = await Promise.allSettled(
      keys.map((key) => {
        if (!held.has(key)) return null;
        // The values as they are now: a discard queued after this save must not change them.
        const body = JSON.stringify(held.get(key));
        return inOrder(key, () => transport.save(key, body));
      }),
    );
    const failed = keys.filter((_, i) => results[i]!.status === 'rejected');
    // What could not be saved is tried again at the next change or lock, and the lock hears of it.
    for (const key of failed) unsaved.add(key);
    if (failed.length) throw new Error(`${failed.length} unfinished form(s) could not be kept.`);
  }

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush().catch(() => undefined), delayMs);
  };

  return {
    /** Reads the kept drafts back after unlock (an unreadable one is left out, not fatal). */
    async load(): Promise<void> {
      held.clear();
      for (const draft of await transport.list()) {
        try {
          held.set(draft.key, JSON.parse(draft.body) as unknown);
        } catch {
          /* a draft that cannot be read is as good as none */
        }
      }
    },
    get(key: string): unknown {
      return held.get(key);
    },
    has(key: string): boolean {
      return held.has(key);
    },
    put(key: string, values: unknown): void {
      held.set(key, values);
      unsaved.add(key);
      schedule();
    },
    discard(key: string): void {
      unsaved.delete(key);
      // Every kept draft was read at unlock, so one not held here is not in the vault either.
      if (held.delete(key)) void inOrder(key, () => transport.discard(key)).catch(() => undefined);
    },
    flush,
    /** After the lock has saved everything: nothing typed stays in memory. */
    forget(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      held.clear();
      unsaved.clear();
    },
  };
}

export type FormDrafts = ReturnType<typeof createFormDrafts>;

/** The app's one store, over the contract; locking flushes it like every pending write. */
export const formDrafts = createFormDrafts({
  list: () => call('draft:list', {}),
  save: (key, body) => call('draft:save', { key, body }),
  discard: (key) => call('draft:discard', { key }),
});
pendingWrites.register(() => formDrafts.flush());
