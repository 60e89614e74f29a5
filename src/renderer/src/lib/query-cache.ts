/**
 * The cache under useQuery: one entry per channel + input, deduplicated fetches, invalidation
 * after mutations, and clear() on lock so no case data stays in renderer memory once the
 * vault is locked. Plain TypeScript with no React or DOM, so its rules are unit-tested.
 *
 * It is bounded: past a number of entries or of bytes (answers measured as their JSON text),
 * the least recently used answers are forgotten, so a day of opening case after case cannot
 * grow it without limit. An answer a mounted screen is watching is never forgotten; a
 * forgotten one is simply fetched again when a screen asks for it.
 */
export type QueryStatus = 'loading' | 'success' | 'error';

export interface QueryEntry {
  readonly status: QueryStatus;
  readonly data: unknown;
  readonly error: unknown;
  /** True while a fetch is running (also during a background refetch that keeps old data). */
  readonly fetching: boolean;
}

type Fetcher = () => Promise<unknown>;

const EMPTY: QueryEntry = Object.freeze({
  status: 'loading',
  data: undefined,
  error: undefined,
  fetching: false,
});

export function queryKey(channel: string, input?: unknown): string {
  return input === undefined ? channel : `${channel} ${JSON.stringify(input)}`;
}

export interface CacheLimits {
  entries: number;
  bytes: number;
}

/** A hundred screens' worth of answers, and a few MiB: a case opened is about 115 KiB. */
export const DEFAULT_LIMITS: CacheLimits = { entries: 400, bytes: 4 * 1024 * 1024 };

/** About how much memory an answer holds: its JSON text's length (0 when there is none). */
function sizeOf(data: unknown): number {
  if (data === undefined) return 0;
  try {
    return JSON.stringify(data)?.length ?? 0;
  } catch {
    return 0;
  }
}

export class QueryCache {
  /** In order of use, least recent first (a Map keeps insertion order; a use re-inserts). */
  private readonly entries = new Map<string, QueryEntry>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  private readonly fetchers = new Map<string, Fetcher>();
  private readonly listeners = new Map<string, Set<() => void>>();
  /** Bumped by invalidate/clear so an answer to an older request is never stored. */
  private readonly versions = new Map<string, number>();

  constructor(private readonly limits: CacheLimits = DEFAULT_LIMITS) {}

  /** How much the cache holds now (the bench reports it; nothing about the answers). */
  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** The current entry; the same object until it changes (as useSyncExternalStore needs). */
  snapshot(key: string): QueryEntry {
    return this.entries.get(key) ?? EMPTY;
  }

  subscribe(key: string, listener: () => void): () => void {
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size > 0) return;
      this.listeners.delete(key);
      // No screen watches it any more: it may now make room, the most recently used of all.
      this.touch(key);
      this.evict();
    };
  }

  /**
   * Fetches unless there is already data or a fetch under way. With `revalidate` (a screen
   * opening) it fetches again even when data is there, showing that data meanwhile, so a screen
   * never shows an answer from before a change made elsewhere or before time moved on.
   */
  ensure(key: string, fetcher: Fetcher, options: { revalidate?: boolean } = {}): void {
    this.fetchers.set(key, fetcher);
    this.touch(key);
    const entry = this.entries.get(key);
    if (entry?.fetching) return;
    if (entry && entry.status === 'success' && !options.revalidate) return;
    void this.fetch(key);
  }

  /** Starts a fetch with the registered fetcher, keeping any data shown meanwhile. */
  async fetch(key: string): Promise<void> {
    const fetcher = this.fetchers.get(key);
    if (!fetcher) return;
    const version = this.bump(key);
    const before = this.snapshot(key);
    this.write(key, { ...before, fetching: true });
    try {
      const data = await fetcher();
      if (this.versions.get(key) === version)
        this.write(key, { status: 'success', data, error: undefined, fetching: false });
    } catch (error) {
      if (this.versions.get(key) === version) {
        this.write(key, { status: 'error', data: before.data, error, fetching: false });
      }
    }
  }

  setData(key: string, data: unknown): void {
    this.bump(key);
    this.write(key, { status: 'success', data, error: undefined, fetching: false });
  }

  /** Marks matching entries out of date: watched ones refetch now, unwatched ones are dropped. */
  invalidate(match: string | ((key: string) => boolean)): void {
    const test =
      typeof match === 'string' ? (key: string) => key === match || key.startsWith(`${match} `) : match;
    for (const key of [...this.entries.keys()]) {
      if (!test(key)) continue;
      if (this.listeners.has(key)) void this.fetch(key);
      else this.forget(key);
    }
  }

  /** Forgets everything (on lock). Answers still in flight are discarded when they arrive. */
  clear(): void {
    const keys = [...this.entries.keys()];
    for (const key of keys) this.bump(key);
    this.entries.clear();
    this.fetchers.clear();
    this.sizes.clear();
    this.bytes = 0;
    for (const key of keys) this.notify(key);
  }

  private bump(key: string): number {
    const next = (this.versions.get(key) ?? 0) + 1;
    this.versions.set(key, next);
    return next;
  }

  private write(key: string, entry: QueryEntry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    const size = sizeOf(entry.data);
    this.bytes += size - (this.sizes.get(key) ?? 0);
    this.sizes.set(key, size);
    this.notify(key);
    this.evict();
  }

  /** Marks an entry as just used (the end of the order). */
  private touch(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private forget(key: string): void {
    this.bump(key);
    this.entries.delete(key);
    this.fetchers.delete(key);
    this.bytes -= this.sizes.get(key) ?? 0;
    this.sizes.delete(key);
  }

  /** Forgets the least recently used answers no screen watches until both limits hold. */
  private evict(): void {
    if (this.entries.size <= this.limits.entries && this.bytes <= this.limits.bytes) return;
    for (const key of [...this.entries.keys()]) {
      if (this.entries.size <= this.limits.entries && this.bytes <= this.limits.bytes) return;
      if (!this.listeners.has(key)) this.forget(key);
    }
  }

  private notify(key: string): void {
    for (const listener of [...(this.listeners.get(key) ?? [])]) listener();
  }
}
