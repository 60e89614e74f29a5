import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, segments, visibleRange } from '../../src/renderer/src/lib/virtual-rows';

const keys = Array.from({ length: 100 }, (_, i) => `case-${i}`);

describe('drawing only the rows in view', () => {
  it('places rows by their measured heights, guessing the others as the average measured', () => {
    const measured = new Map([
      ['case-0', 40],
      ['case-1', 80],
    ]);
    const { tops, total } = rowOffsets(keys.slice(0, 4), { measured, estimate: 10 });
    expect(tops).toEqual([0, 40, 120, 180]);
    expect(total).toBe(240);
    expect(rowOffsets(keys.slice(0, 3), { measured: new Map(), estimate: 10 }).total).toBe(30);
  });

  it('finds the row at a height', () => {
    const offsets = rowOffsets(keys, { measured: new Map(), estimate: 50 });
    expect(rowAt(offsets.tops, offsets.total, 0)).toBe(0);
    expect(rowAt(offsets.tops, offsets.total, 49)).toBe(0);
    expect(rowAt(offsets.tops, offsets.total, 50)).toBe(1);
    expect(rowAt(offsets.tops, offsets.total, 10_000)).toBe(99);
  });

  it('draws what is in view with a margin, as the list scrolls past', () => {
    const offsets = rowOffsets(keys, { measured: new Map(), estimate: 50 });
    // The list starts 300 px down a 600 px window: rows 0 to 5 are in view.
    expect(visibleRange(offsets, 300, 600, 2)).toEqual({ start: 0, end: 9 });
    // Scrolled 1,000 px past its top: rows 20 to 32.
    expect(visibleRange(offsets, -1000, 600, 2)).toEqual({ start: 18, end: 35 });
    // Scrolled past the end: the last rows, never an empty table.
    expect(visibleRange(offsets, -20_000, 600, 3)).toEqual({ start: 97, end: 100 });
    expect(visibleRange({ tops: [], total: 0 }, 0, 600, 3)).toEqual({ start: 0, end: 0 });
  });

  it('keeps the focused row drawn far from the view, with space of the right height around it', () => {
    const offsets = rowOffsets(keys, { measured: new Map(), estimate: 50 });
    expect(segments(offsets, { start: 40, end: 50 }, [3, -1])).toEqual([
      { kind: 'gap', height: 150 },
      { kind: 'rows', from: 3, to: 4 },
      { kind: 'gap', height: 36 * 50 },
      { kind: 'rows', from: 40, to: 50 },
      { kind: 'gap', height: 50 * 50 },
    ]);
    // A kept row next to the range joins it; nothing is drawn twice.
    expect(segments(offsets, { start: 0, end: 10 }, [10, 5])).toEqual([
      { kind: 'rows', from: 0, to: 11 },
      { kind: 'gap', height: 89 * 50 },
    ]);
  });
});
