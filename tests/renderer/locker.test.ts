import { describe, expect, it } from 'vitest';
import type { LockReason } from '../../src/shared/contract';
import { createLocker } from '../../src/renderer/src/lib/locker';
import { createPendingWrites } from '../../src/renderer/src/lib/pending-writes';

function setup(options: { failFlush?: boolean } = {}) {
  const events: string[] = [];
  const writes = createPendingWrites();
  writes.register(async () => {
    await new Promise((r) => setTimeout(r, 10));
    if (options.failFlush) throw new Error('could not save');
    events.push('flushed');
  });
  const lock = createLocker({
    flushAll: () => writes.flushAll(),
    lock: async (reason: LockReason) => {
      events.push(`locked:${reason}`);
    },
  });
  return { events, lock };
}

describe('locker', () => {
  it('saves pending writes before it locks', async () => {
    const { events, lock } = setup();
    expect(await lock('user')).toEqual({ locked: true });
    expect(events).toEqual(['flushed', 'locked:user']);
  });

  it('shares one attempt between requests that arrive together', async () => {
    const { events, lock } = setup();
    const results = await Promise.all([lock('user'), lock('idle'), lock('user')]);
    expect(results.every((r) => r.locked)).toBe(true);
    expect(events).toEqual(['flushed', 'locked:user']);
  });

  it('can lock again after an attempt has finished', async () => {
    const { events, lock } = setup();
    await lock('user');
    await lock('suspend');
    expect(events).toEqual(['flushed', 'locked:user', 'flushed', 'locked:suspend']);
  });

  it('stays unlocked when the person locks but something typed could not be saved', async () => {
    const { events, lock } = setup({ failFlush: true });
    const outcome = await lock('user');
    expect(outcome).toMatchObject({ locked: false, reason: 'unsaved' });
    expect(events).toEqual([]);
  });

  it.each(['idle', 'suspend', 'screen-lock'] as const)(
    'locks anyway on %s (main would after its grace period regardless)',
    async (reason) => {
      const { events, lock } = setup({ failFlush: true });
      expect(await lock(reason)).toEqual({ locked: true });
      expect(events).toEqual([`locked:${reason}`]);
    },
  );

  it('passes a failed lock call on to the caller and lets the next attempt start fresh', async () => {
    let fail = true;
    const lock = createLocker({
      flushAll: async () => ({ flushed: 0, failures: [] }),
      lock: async () => {
        if (fail) throw new Error('bridge down');
      },
    });
    await expect(lock('user')).rejects.toThrow('bridge down');
    fail = false;
    expect(await lock('user')).toEqual({ locked: true });
  });
});
