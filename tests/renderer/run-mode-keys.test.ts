import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  formatElapsed,
  isTypingTarget,
  runKeyAction,
  since,
} from '../../src/renderer/src/features/run-mode/run-keys';

const key = (
  k: string,
  mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {},
) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('run mode keys', () => {
  it('moves with Space, arrows and page keys', () => {
    expect(runKeyAction(key(' '), false, 5)).toEqual({ kind: 'next' });
    expect(runKeyAction(key('ArrowRight'), false, 5)).toEqual({ kind: 'next' });
    expect(runKeyAction(key('PageDown'), false, 5)).toEqual({ kind: 'next' });
    expect(runKeyAction(key('ArrowLeft'), false, 5)).toEqual({ kind: 'previous' });
    expect(runKeyAction(key(' ', { shiftKey: true }), false, 5)).toEqual({ kind: 'previous' });
    expect(runKeyAction(key('Escape'), false, 5)).toEqual({ kind: 'leave' });
  });

  it('jumps with digits only to phases that exist', () => {
    expect(runKeyAction(key('1'), false, 5)).toEqual({ kind: 'jump', index: 0 });
    expect(runKeyAction(key('5'), false, 5)).toEqual({ kind: 'jump', index: 4 });
    expect(runKeyAction(key('6'), false, 5)).toBeNull();
    expect(runKeyAction(key('0'), false, 5)).toBeNull();
  });

  it('does nothing while typing, or for chords (lock, speaker keys)', () => {
    for (const k of [' ', 'ArrowRight', 'ArrowLeft', '3', 'Escape'])
      expect(runKeyAction(key(k), true, 5)).toBeNull();
    expect(runKeyAction(key('l', { ctrlKey: true }), false, 5)).toBeNull();
    expect(runKeyAction(key('ArrowRight', { altKey: true }), false, 5)).toBeNull();
    expect(runKeyAction(key('ArrowRight', { metaKey: true }), false, 5)).toBeNull();
    expect(runKeyAction(key('x'), false, 5)).toBeNull();
  });

  it('knows which targets are typing', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('elapsed time', () => {
  it('reads like a clock', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(59_999)).toBe('0:59');
    expect(formatElapsed(245_000)).toBe('4:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5_000)).toBe('0:00');
  });

  it('counts from an ISO start, or null before the start', () => {
    const start = '2026-11-24T10:00:00.000Z';
    expect(since(start, Date.parse(start) + 90_000)).toBe(90_000);
    expect(since(null, 0)).toBeNull();
    expect(since('not a date', 0)).toBeNull();
    expect(since(start, Date.parse(start) - 1)).toBe(0);
  });

  it('counts down whole seconds without a sign', () => {
    expect(formatCountdown(45 * 60_000)).toBe('45:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(-600_000)).toBe('10:00');
  });
});
