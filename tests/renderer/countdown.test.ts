import { describe, expect, it } from 'vitest';
import { formatWait, remaining } from '../../src/renderer/src/lib/countdown';

describe('formatWait', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [999, '1 second'],
    [1_001, '2 seconds'],
    [8_000, '8 seconds'],
    [59_500, '1 minute'],
    [60_000, '1 minute'],
    [65_000, '1 minute and 5 seconds'],
    [121_000, '2 minutes and 1 second'],
    [300_000, '5 minutes'],
  ])('%i ms reads "%s"', (ms, words) => {
    expect(formatWait(ms)).toBe(words);
  });

  it('never shows a negative wait', () => {
    expect(formatWait(-500)).toBe('0 seconds');
  });
});

describe('remaining', () => {
  it('counts down to the moment and stops at zero', () => {
    expect(remaining(10_000, 7_500)).toBe(2_500);
    expect(remaining(10_000, 12_000)).toBe(0);
  });
});
