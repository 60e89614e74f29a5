/**
 * Kept drafts of unfinished forms (lib/form-drafts.ts), over a recording transport: saved a
 * moment after typing stops, saved at once by a flush (a lock), never brought back by a late
 * save after a discard, kept for a retry when a save fails, forgotten after the lock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFormDrafts, type DraftTransport } from '../../src/renderer/src/lib/form-drafts';

function recordingTransport(stored: { key: string; body: string }[] = []) {
  const calls: string[] = [];
  const vault = new Map(stored.map((d) => [d.key, d.body]));
  let failSaves = false;
  const transport: DraftTransport = {
    list: async () => [...vault].map(([key, body]) => ({ key, body })),
    save: async (key, body) => {
      await Promise.resolve();
      if (failSaves) throw new Error('locked');
      calls.push(`save ${key} ${body}`);
      vault.set(key, body);
    },
    discard: async (key) => {
      calls.push(`discard ${key}`);
      vault.delete(key);
    },
  };
  return {
    transport,
    calls,
    vault,
    failNextSaves(on: boolean) {
      failSaves = on;
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('kept drafts', () => {
  it('saves once typing pauses, with the latest values only', async () => {
    const t = recordingTransport();
    const drafts = createFormDrafts(t.transport, 400);
    drafts.put('logistics:c1', { interpreter: 'P' });
    drafts.put('logistics:c1', { interpreter: 'Polish' });
    await vi.advanceTimersByTimeAsync(399);
    expect(t.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.calls).toEqual(['save logistics:c1 {"interpreter":"Polish"}']);
  });

  it('saves at once on a flush (a lock), then forgets everything it held', async () => {
    const t = recordingTransport();
    const drafts = createFormDrafts(t.transport, 400);
    drafts.put('risk:c1', { measures: 'Separate arrivals' });
    await drafts.flush();
    expect(t.vault.get('risk:c1')).toBe('{"measures":"Separate arrivals"}');
    drafts.forget();
    expect(drafts.get('risk:c1')).toBeUndefined();
    // After unlock the draft comes back from the vault.
    await drafts.load();
    expect(drafts.get('risk:c1')).toEqual({ measures: 'Separate arrivals' });
  });

  it('never lets a late save bring back a draft that was discarded after it', async () => {
    const t = recordingTransport();
    const drafts = createFormDrafts(t.transport, 400);
    drafts.put('consent:k1', { reason: 'Moved away' });
    const flushing = drafts.flush();
    drafts.discard('consent:k1');
    await flushing;
    await vi.runAllTimersAsync();
    expect(t.calls).toEqual(['save consent:k1 {"reason":"Moved away"}', 'discard consent:k1']);
    expect(t.vault.has('consent:k1')).toBe(false);
  });

  it('keeps what could not be saved and says so, then saves it on the next try', async () => {
    const t = recordingTransport();
    const drafts = createFormDrafts(t.transport, 400);
    drafts.put('prep:c1:p1', { present: 'Ayla and her mum' });
    t.failNextSaves(true);
    await expect(drafts.flush()).rejects.toThrow('1 unfinished form(s) could not be kept.');
    t.failNextSaves(false);
    await drafts.flush();
    expect(t.vault.get('prep:c1:p1')).toBe('{"present":"Ayla and her mum"}');
  });

  it('reads back what it can, leaving out a draft that cannot be read', async () => {
    const t = recordingTransport([
      { key: 'a', body: '{"title":"Kept"}' },
      { key: 'b', body: 'not json' },
    ]);
    const drafts = createFormDrafts(t.transport, 400);
    await drafts.load();
    expect(drafts.get('a')).toEqual({ title: 'Kept' });
    expect(drafts.has('b')).toBe(false);
  });
});
