/**
 * useQuery / useMutation over the contract. Reads are cached per channel + input; a mutation
 * names what it makes out of date, or writes its answer straight into the cache. The cache is
 * cleared on lock (see app.tsx), so later features get that for free.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { WorkbenchError } from '../../../shared/errors';
import { attempt, call, type Result } from './api';
import { toWorkbenchError } from './form-errors';
import { QueryCache, queryKey } from './query-cache';

export const queryCache = new QueryCache();

// How big the cache is (entries and bytes only, never an answer), for the benchmark that opens
// a hundred cases in a real browser and reads it from the page.
Object.defineProperty(globalThis, '__workbenchQueryCacheStats', { value: () => queryCache.stats() });

export interface QueryResult<T> {
  data: T | undefined;
  error: WorkbenchError | undefined;
  isLoading: boolean;
  refetch(): void;
}

export function useQuery<K extends ChannelName>(
  channel: K,
  input?: ChannelInput<K>,
): QueryResult<ChannelOutput<K>> {
  const key = queryKey(channel, input);
  // Inputs are compared by value: a new object with the same content is the same query.
  const inputJson = input === undefined ? undefined : JSON.stringify(input);
  const entry = useSyncExternalStore(
    useCallback((notify) => queryCache.subscribe(key, notify), [key]),
    () => queryCache.snapshot(key),
  );
  useEffect(() => {
    const parsed = inputJson === undefined ? undefined : (JSON.parse(inputJson) as ChannelInput<K>);
    queryCache.ensure(key, () => call(channel, parsed), { revalidate: true });
  }, [key, channel, inputJson]);
  return {
    data:
      entry.status === 'success' || entry.data !== undefined ? (entry.data as ChannelOutput<K>) : undefined,
    error: entry.status === 'error' ? toWorkbenchError(entry.error) : undefined,
    isLoading: entry.status === 'loading',
    refetch: () => void queryCache.fetch(key),
  };
}

export function setQueryData<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K> | undefined,
  data: ChannelOutput<K>,
) {
  queryCache.setData(queryKey(channel, input), data);
}

export interface MutationOptions<K extends ChannelName> {
  /** Channels whose cached answers this mutation makes out of date. */
  invalidates?: ChannelName[];
  onSuccess?(value: ChannelOutput<K>): void;
}

export interface MutationState<K extends ChannelName> {
  mutate(input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
  isPending: boolean;
  error: WorkbenchError | undefined;
  reset(): void;
}

export function useMutation<K extends ChannelName>(
  channel: K,
  options: MutationOptions<K> = {},
): MutationState<K> {
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<WorkbenchError | undefined>(undefined);
  const { invalidates, onSuccess } = options;
  const mutate = useCallback(
    async (input: ChannelInput<K>) => {
      setPending(true);
      setError(undefined);
      const result = await attempt(channel, input);
      setPending(false);
      if (result.ok) {
        for (const stale of invalidates ?? []) queryCache.invalidate(stale);
        onSuccess?.(result.value);
      } else {
        setError(result.error);
      }
      return result;
    },
    [channel, invalidates, onSuccess],
  );
  const reset = useCallback(() => setError(undefined), []);
  return { mutate, isPending, error, reset };
}
