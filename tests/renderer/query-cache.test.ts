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

describe('a bounded cache (least recently used answers go first)', () => {
  const held = (cache: QueryCache, key: string) => cache.snapshot(key).status === 'success';

  it('forgets the least recently used answer past the number of entries', () => {
    const cache = new QueryCache({ entries: 3, bytes: 1_000_000 });
    for (const key of ['a', 'b', 'c']) cache.setData(key, key);
    // Opening "a" again makes it the most recent: "b" is now the oldest.
    cache.ensure('a', async () => 'a');
    cache.setData('d', 'd');
    expect(['a', 'b', 'c', 'd'].map((k) => held(cache, k))).toEqual([true, false, true, true]);
    expect(cache.stats().entries).toBe(3);
  });

  it('keeps to a number of bytes, measured as each answer’s JSON text', () => {
    const cache = new QueryCache({ entries: 100, bytes: 1_000 });
    const answer = (n: number) => ({ text: 'x'.repeat(n) });
    cache.setData('first', answer(400));
    cache.setData('second', answer(400));
    expect(cache.stats().bytes).toBe(2 * JSON.stringify(answer(400)).length);
    cache.setData('third', answer(400));
    expect(held(cache, 'first')).toBe(false);
    expect(held(cache, 'third')).toBe(true);
    expect(cache.stats().bytes).toBeLessThanOrEqual(1_000);
    // A changed answer is measured again.
    cache.setData('third', answer(10));
    expect(cache.stats().bytes).toBe(JSON.stringify(answer(400)).length + JSON.stringify(answer(10)).length);
  });

  it('never forgets what a mounted screen is watching, and makes room once it is closed', () => {
    const cache = new QueryCache({ entries: 2, bytes: 1_000_000 });
    cache.setData('open case', 'watched');
    const close = cache.subscribe('open case', () => undefined);
    for (const key of ['x', 'y', 'z']) cache.setData(key, key);
    expect(held(cache, 'open case')).toBe(true);
    expect(cache.stats().entries).toBe(2);
    close();
    // Closed, it is the most recently used: the older unwatched answer made room instead.
    expect(held(cache, 'open case')).toBe(true);
    expect(held(cache, 'z')).toBe(true);
    expect(held(cache, 'y')).toBe(false);
  });

  it('does not keep an answer that arrives for an entry it already forgot', async () => {
    const cache = new QueryCache({ entries: 1, bytes: 1_000_000 });
    const slow = deferred<string>();
    cache.ensure('slow', () => slow.promise);
    cache.setData('newer', 'n');
    expect(cache.snapshot('slow').status).toBe('loading');
    slow.resolve('late');
    await tick();
    expect(cache.snapshot('slow').data).toBeUndefined();
    expect(cache.stats()).toEqual({ entries: 1, bytes: JSON.stringify('n').length });
  });

  it('stays within its limits over a day of opening 100 cases, and is empty after lock', () => {
    const cache = new QueryCache();
    const caseAnswer = { notes: 'n'.repeat(100 * 1024) };
    for (let i = 0; i < 100; i += 1) {
      const key = queryKey('note:list', { caseId: `case-${i}` });
      const close = cache.subscribe(key, () => undefined);
      cache.setData(key, caseAnswer);
      close();
    }
    expect(cache.stats().bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(held(cache, queryKey('note:list', { caseId: 'case-99' }))).toBe(true);
    expect(held(cache, queryKey('note:list', { caseId: 'case-0' }))).toBe(false);
    cache.clear();
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});
