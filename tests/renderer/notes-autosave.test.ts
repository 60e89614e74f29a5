/**
 * The autosave scheduler (src/shared/domain/autosave.ts) with a hand-driven clock: a pause
 * saves, continuous typing still saves at least once a second, one save at a time with the
 * newest text, failures keep the text and retry, and flush() saves at once for a lock.
 */
import { describe, expect, it } from 'vitest';
import { createAutosaver, type AutosaveClock, type AutosaveStatus } from '../../src/shared/domain/autosave';

class HandClock implements AutosaveClock {
  current = 0;
  private nextId = 1;
  private timers: { id: number; at: number; run: () => void }[] = [];
  now = () => this.current;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ id, at: this.current + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== handle);
  };
  /** Moves time on, running due timers in order and letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await settle();
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.current = due.at;
      due.run();
    }
    this.current = target;
    await settle();
  }
  get pending() {
    return this.timers.length;
  }
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Deferred {
  resolve(): void;
  reject(error: unknown): void;
}

/** A save function the test controls: instant by default, or held until released. */
function recorder(clock: HandClock, mode: 'instant' | 'held' = 'instant') {
  const saves: { at: number; value: number }[] = [];
  const held: Deferred[] = [];
  let failNext = 0;
  const save = (value: number) => {
    saves.push({ at: clock.now(), value });
    if (failNext > 0) {
      failNext -= 1;
      return Promise.reject(new Error('The vault is locked.'));
    }
    if (mode === 'instant') return Promise.resolve();
    return new Promise<void>((resolve, reject) => held.push({ resolve, reject }));
  };
  return {
    saves,
    held,
    save,
    failTimes(n: number) {
      failNext = n;
    },
  };
}

function setup(mode: 'instant' | 'held' = 'instant') {
  const clock = new HandClock();
  const rec = recorder(clock, mode);
  const statuses: AutosaveStatus['kind'][] = [];
  const saver = createAutosaver<number>({
    save: rec.save,
    clock,
    onStatus: (s) => statuses.push(s.kind),
  });
  return { clock, rec, saver, statuses };
}

describe('autosave scheduler', () => {
  it('saves 600 ms after the last keystroke, not before', async () => {
    const { clock, rec, saver } = setup();
    saver.change(1);
    await clock.advance(300);
    saver.change(2);
    await clock.advance(599);
    expect(rec.saves).toEqual([]);
    await clock.advance(1);
    expect(rec.saves).toEqual([{ at: 900, value: 2 }]);
    expect(saver.dirty).toBe(false);
    expect(clock.pending).toBe(0);
  });

  it('while typing without a pause, no keystroke waits more than a second to be sent', async () => {
    const { clock, rec, saver } = setup();
    const typedAt: number[] = [];
    for (let key = 1; key <= 60; key++) {
      typedAt[key] = clock.now();
      saver.change(key);
      await clock.advance(90); // faster than the 600 ms pause, for 5.4 s
    }
    await clock.advance(2_000);
    expect(rec.saves.length).toBeGreaterThanOrEqual(5);
    for (let key = 1; key <= 60; key++) {
      const first = rec.saves.find((s) => s.value >= key)!;
      expect(first.at - typedAt[key]!, `keystroke ${key}`).toBeLessThanOrEqual(1_000);
    }
    expect(rec.saves.at(-1)!.value).toBe(60);
  });

  it('runs one save at a time and then sends only the newest text', async () => {
    const { clock, rec, saver } = setup('held');
    saver.change(1);
    await clock.advance(600);
    expect(rec.saves.map((s) => s.value)).toEqual([1]);
    saver.change(2);
    saver.change(3);
    await clock.advance(5_000);
    expect(rec.saves.map((s) => s.value)).toEqual([1]); // still waiting for the first
    rec.held[0]!.resolve();
    await clock.advance(0);
    expect(rec.saves.map((s) => s.value)).toEqual([1, 3]);
    expect(saver.dirty).toBe(true);
    rec.held[1]!.resolve();
    await clock.advance(0);
    expect(saver.dirty).toBe(false);
  });

  it('keeps the text after a failed save and tries again two seconds later', async () => {
    const { clock, rec, saver, statuses } = setup();
    rec.failTimes(1);
    saver.change(7);
    await clock.advance(600);
    expect(saver.status.kind).toBe('failed');
    expect(saver.dirty).toBe(true);
    // Typing on does not hammer a failing disk: the retry still waits for its two seconds.
    saver.change(8);
    await clock.advance(1_000);
    expect(rec.saves.map((s) => s.value)).toEqual([7]);
    await clock.advance(1_000);
    expect(rec.saves.map((s) => s.value)).toEqual([7, 8]);
    expect(saver.status).toEqual({ kind: 'saved', at: 2_600 });
    expect(statuses).toEqual(['pending', 'saving', 'failed', 'saving', 'saved']);
  });

  it('flush() saves at once, so a lock straight after the last keystroke keeps it', async () => {
    const { clock, rec, saver } = setup();
    saver.change(1);
    await clock.advance(100);
    saver.change(2);
    await saver.flush();
    expect(rec.saves).toEqual([{ at: 100, value: 2 }]);
    expect(saver.dirty).toBe(false);
    expect(clock.pending).toBe(0);
    await saver.flush(); // nothing to do
    expect(rec.saves).toHaveLength(1);
  });

  it('flush() waits for a save under way, then saves what was typed during it', async () => {
    const { clock, rec, saver } = setup('held');
    saver.change(1);
    await clock.advance(600);
    saver.change(2);
    const flushed = saver.flush();
    let done = false;
    void flushed.then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    rec.held[0]!.resolve();
    await settle();
    expect(rec.saves.map((s) => s.value)).toEqual([1, 2]);
    rec.held[1]!.resolve();
    await flushed;
    expect(saver.dirty).toBe(false);
  });

  it('flush() rejects when the text cannot be saved, and keeps it for the next try', async () => {
    const { rec, saver } = setup();
    rec.failTimes(1);
    saver.change(5);
    await expect(saver.flush()).rejects.toThrow('The vault is locked.');
    expect(saver.dirty).toBe(true);
    await saver.flush();
    expect(rec.saves.map((s) => s.value)).toEqual([5, 5]);
    expect(saver.dirty).toBe(false);
  });

  it('stops its timers when disposed', async () => {
    const { clock, rec, saver } = setup();
    saver.change(1);
    saver.dispose();
    await clock.advance(5_000);
    expect(rec.saves).toEqual([]);
    saver.change(2);
    expect(clock.pending).toBe(0);
  });
});
