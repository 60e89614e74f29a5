import { describe, expect, it } from 'vitest';
import { QueryCache, queryKey } from '../../src/renderer/src/lib/query-cache';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('QueryCache', () => {
  it('fetches once for many watchers and shares the answer', async () => {
    const cache = new QueryCache();
    let calls = 0;
    const fetcher = async () => {
      calls += 1;
      return { theme: 'dark' };
    };
    const key = queryKey('settings:get');
    cache.ensure(key, fetcher);
    cache.ensure(key, fetcher);
    expect(cache.snapshot(key)).toMatchObject({ status: 'loading', fetching: true });
    await tick();
    cache.ensure(key, fetcher);
    expect(calls).toBe(1);
    expect(cache.snapshot(key)).toMatchObject({ status: 'success', data: { theme: 'dark' } });
  });

  it('keeps the same snapshot object until something changes', async () => {
    const cache = new QueryCache();
    cache.ensure('a', async () => 1);
    await tick();
    expect(cache.snapshot('a')).toBe(cache.snapshot('a'));
  });

  it('refetches watched entries on invalidate and drops unwatched ones', async () => {
    const cache = new QueryCache();
    let version = 0;
    cache.ensure('watched', async () => ++version);
    cache.ensure('unwatched', async () => 'x');
    const unsubscribe = cache.subscribe('watched', () => undefined);
    await tick();
    cache.invalidate((key) => key === 'watched' || key === 'unwatched');
    await tick();
    expect(cache.snapshot('watched').data).toBe(2);
    expect(cache.snapshot('unwatched').status).toBe('loading');
    unsubscribe();
  });

  it('invalidates by channel name, whatever the input', async () => {
    const cache = new QueryCache();
    const a = queryKey('note:get', { id: 'a' });
    const b = queryKey('note:get', { id: 'b' });
    cache.setData(a, 'A');
    cache.setData(b, 'B');
    cache.setData(queryKey('settings:get'), 'S');
    cache.invalidate('note:get');
    expect(cache.snapshot(a).data).toBeUndefined();
    expect(cache.snapshot(b).data).toBeUndefined();
    expect(cache.snapshot(queryKey('settings:get')).data).toBe('S');
  });

  it('never stores an answer that arrives after the cache was cleared (the vault locked)', async () => {
    const cache = new QueryCache();
    const pending = deferred<string>();
    cache.ensure('case', () => pending.promise);
    cache.clear();
    pending.resolve('case text');
    await tick();
    expect(cache.snapshot('case').data).toBeUndefined();
  });

  it('an older answer never overwrites a newer one', async () => {
    const cache = new QueryCache();
    const first = deferred<string>();
    const second = deferred<string>();
    const answers = [first.promise, second.promise];
    cache.ensure('k', () => answers.shift() ?? Promise.resolve('late'));
    cache.subscribe('k', () => undefined);
    cache.invalidate('k');
    second.resolve('new');
    await tick();
    first.resolve('old');
    await tick();
    expect(cache.snapshot('k').data).toBe('new');
  });

  it('keeps the last good data when a refetch fails, and notifies watchers', async () => {
    const cache = new QueryCache();
    let fail = false;
    let notified = 0;
    cache.ensure('k', async () => {
      if (fail) throw new Error('locked');
      return 'good';
    });
    cache.subscribe('k', () => (notified += 1));
    await tick();
    fail = true;
    await cache.fetch('k');
    expect(cache.snapshot('k')).toMatchObject({ status: 'error', data: 'good' });
    expect(notified).toBeGreaterThan(0);
  });
});

describe('revalidating when a screen opens', () => {
  it('fetches again but keeps showing the data it has meanwhile, and never twice at once', async () => {
    const cache = new QueryCache();
    let calls = 0;
    cache.ensure('list', async () => ++calls);
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.snapshot('list').data).toBe(1);
    cache.ensure('list', async () => ++calls, { revalidate: true });
    cache.ensure('list', async () => ++calls, { revalidate: true });
    expect(cache.snapshot('list').data).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
    expect(cache.snapshot('list').data).toBe(2);
  });
});
