import { describe, expect, it } from 'vitest';
import { ACTIVITY_INTERVAL_MS, throttle } from '../../src/renderer/src/lib/throttle';

describe('throttle', () => {
  it('lets the first call through at once and drops the rest within the interval', () => {
    let now = 1_000;
    let calls = 0;
    const report = throttle(
      () => (calls += 1),
      ACTIVITY_INTERVAL_MS,
      () => now,
    );
    report();
    expect(calls).toBe(1);
    now += 5_000;
    report();
    now += ACTIVITY_INTERVAL_MS - 5_001;
    report();
    expect(calls).toBe(1);
    now += 1;
    report();
    expect(calls).toBe(2);
  });

  it('reports activity at most once per 20 seconds however busy the keyboard is', () => {
    let now = 0;
    let calls = 0;
    const report = throttle(
      () => (calls += 1),
      ACTIVITY_INTERVAL_MS,
      () => now,
    );
    for (; now < 60_000; now += 50) report(); // a key press every 50 ms for a minute
    expect(calls).toBe(3);
  });
});
