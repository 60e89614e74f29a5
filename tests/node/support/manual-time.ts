/**
 * A clock and timers the test moves by hand, injected as `now` and `timers`, so idle locks and
 * unlock delays are checked without waiting and without depending on the machine's speed.
 */
import type { Timers } from '../../../src/main/session';

interface Pending {
  id: number;
  at: number;
  fn: () => void;
}

export class ManualTime {
  private current: number;
  private nextId = 1;
  private pending: Pending[] = [];

  constructor(start = Date.parse('2026-05-04T09:00:00.000Z')) {
    this.current = start;
  }

  /** Pass as the `now` option. */
  readonly now = (): number => this.current;

  /** Pass as the `timers` option. */
  readonly timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = this.nextId++;
      this.pending.push({ id, at: this.current + ms, fn });
      return id;
    },
    clearTimeout: (handle) => {
      this.pending = this.pending.filter((timer) => timer.id !== handle);
    },
  };

  /** Moves the clock forward, running each timer that falls due, in order. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = this.pending
        .filter((timer) => timer.at <= target)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.pending = this.pending.filter((timer) => timer !== due);
      this.current = due.at;
      due.fn();
    }
    this.current = target;
  }

  get pendingTimers(): number {
    return this.pending.length;
  }
}
