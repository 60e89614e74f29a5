import { describe, expect, it } from 'vitest';
import { createPendingWrites } from '../../src/renderer/src/lib/pending-writes';

describe('pending writes', () => {
  it('flushes every registered writer and waits for slow ones', async () => {
    const registry = createPendingWrites();
    const saved: string[] = [];
    registry.register(() => {
      saved.push('sync');
    });
    registry.register(async () => {
      await new Promise((r) => setTimeout(r, 20));
      saved.push('slow');
    });
    const outcome = await registry.flushAll();
    expect(saved.sort()).toEqual(['slow', 'sync']);
    expect(outcome).toEqual({ flushed: 2, failures: [] });
  });

  it('keeps flushing the others when one fails, and reports the failure', async () => {
    const registry = createPendingWrites();
    const saved: string[] = [];
    const boom = new Error('disk full');
    registry.register(() => {
      throw boom;
    });
    registry.register(async () => {
      saved.push('note');
    });
    const outcome = await registry.flushAll();
    expect(saved).toEqual(['note']);
    expect(outcome.flushed).toBe(2);
    expect(outcome.failures).toEqual([boom]);
  });

  it('stops calling a writer once it unregisters', async () => {
    const registry = createPendingWrites();
    let calls = 0;
    const unregister = registry.register(() => {
      calls += 1;
    });
    await registry.flushAll();
    unregister();
    await registry.flushAll();
    expect(calls).toBe(1);
    expect(registry.size).toBe(0);
  });

  it('treats two registrations of the same function as two (strict-mode double effects)', async () => {
    const registry = createPendingWrites();
    let calls = 0;
    const flush = () => {
      calls += 1;
    };
    const first = registry.register(flush);
    registry.register(flush);
    first();
    expect(registry.size).toBe(1);
    await registry.flushAll();
    expect(calls).toBe(1);
  });

  it('with nothing pending, flushAll resolves at once', async () => {
    expect(await createPendingWrites().flushAll()).toEqual({ flushed: 0, failures: [] });
  });
});
