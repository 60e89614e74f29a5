/**
 * Pending writes: anything holding typed text that is not yet in the vault registers a flush
 * function here. Locking (by the button, the shortcut, idle or the OS) first awaits flushAll(),
 * so a lock never throws away a typed word. Plain TypeScript, no DOM, so it is unit-tested.
 */
export type Flush = () => void | Promise<void>;

export interface FlushOutcome {
  /** How many registered writers were asked to save. */
  flushed: number;
  /** Errors from writers that could not save; empty when everything is safe. */
  failures: unknown[];
}

export interface PendingWrites {
  /** Registers a flush function; returns the function that removes it again. */
  register(flush: Flush): () => void;
  /** Asks every writer to save at once and waits for all of them, even if some fail. */
  flushAll(): Promise<FlushOutcome>;
  readonly size: number;
}

export function createPendingWrites(): PendingWrites {
  const writers = new Set<Flush>();
  return {
    register(flush) {
      // Each registration is its own entry, so one component registering the same function
      // twice (React strict mode) and unregistering once still leaves one behind correctly.
      const entry: Flush = () => flush();
      writers.add(entry);
      return () => {
        writers.delete(entry);
      };
    },
    async flushAll() {
      const snapshot = [...writers];
      const results = await Promise.allSettled(snapshot.map(async (flush) => flush()));
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      return { flushed: snapshot.length, failures };
    },
    get size() {
      return writers.size;
    },
  };
}

/** The app's one registry. Components reach it through usePendingWrite(). */
export const pendingWrites = createPendingWrites();
