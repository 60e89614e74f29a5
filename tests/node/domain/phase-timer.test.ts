import { describe, expect, it } from 'vitest';
import {
  describeRemaining,
  elapsedMs,
  extendTimer,
  newTimer,
  pauseTimer,
  remainingMs,
  startTimer,
} from '../../../src/shared/domain/phase-timer';

const min = 60_000;

describe('private family time timer', () => {
  it('counts down while running, holds while paused, and adds up across pauses', () => {
    let t = newTimer(90);
    expect(remainingMs(t, 0)).toBe(90 * min);
    t = startTimer(t, 0);
    expect(remainingMs(t, 30 * min)).toBe(60 * min);
    t = pauseTimer(t, 30 * min);
    expect(remainingMs(t, 50 * min)).toBe(60 * min);
    t = startTimer(t, 50 * min);
    expect(elapsedMs(t, 80 * min)).toBe(60 * min);
    expect(startTimer(t, 99 * min)).toBe(t);
  });

  it('survives a restart: the stored state gives the same remaining time', () => {
    const running = startTimer(newTimer(90), 1_000);
    const restored = JSON.parse(JSON.stringify(running)) as typeof running;
    expect(remainingMs(restored, 1_000 + 45 * min)).toBe(45 * min);
  });

  it('can be extended and says plainly when it runs over', () => {
    let t = startTimer(newTimer(10), 0);
    expect(describeRemaining(remainingMs(t, 9 * min))).toBe('1 minute left');
    expect(describeRemaining(remainingMs(t, 20 * min))).toBe('10 minutes over');
    t = extendTimer(t, 15);
    expect(describeRemaining(remainingMs(t, 20 * min))).toBe('5 minutes left');
    expect(describeRemaining(remainingMs(t, 25 * min))).toBe('Time is up');
  });
});
