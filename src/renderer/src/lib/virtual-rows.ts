/**
 * Which rows of a long list are drawn: those in the window's view (plus a margin), and the
 * row that has focus wherever it is, so scrolling never takes focus away. The rows between
 * are stood in for by empty space of their measured (or estimated) height. Plain arithmetic
 * with no DOM, so its rules are unit-tested; use-virtual-rows.ts applies it to a table.
 */

export interface RowHeights {
  /** Heights measured so far, by row key. */
  measured: ReadonlyMap<string, number>;
  /** For a row not measured yet: the average of those that were, or this first guess. */
  estimate: number;
}

/** Every row's top edge, and the whole list's height, from the heights known so far. */
export function rowOffsets(keys: readonly string[], heights: RowHeights): { tops: number[]; total: number } {
  let sum = 0;
  let count = 0;
  for (const height of heights.measured.values()) {
    sum += height;
    count += 1;
  }
  const guess = count > 0 ? sum / count : heights.estimate;
  const tops = new Array<number>(keys.length);
  let top = 0;
  for (let i = 0; i < keys.length; i += 1) {
    tops[i] = top;
    top += heights.measured.get(keys[i]!) ?? guess;
  }
  return { tops, total: top };
}

/** The first row whose bottom is below `y` (binary search over the tops). */
export function rowAt(tops: readonly number[], total: number, y: number): number {
  if (tops.length === 0) return 0;
  let low = 0;
  let high = tops.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (tops[mid]! <= y) low = mid;
    else high = mid - 1;
  }
  return y >= total ? tops.length - 1 : low;
}

export interface VisibleRange {
  start: number;
  /** One past the last row drawn. */
  end: number;
}

/**
 * The rows to draw when the list's top edge is `listTop` pixels below the top of a view
 * `viewHeight` tall (negative once the list is scrolled past): everything in view, `overscan`
 * rows either side.
 */
export function visibleRange(
  offsets: { tops: readonly number[]; total: number },
  listTop: number,
  viewHeight: number,
  overscan: number,
): VisibleRange {
  const count = offsets.tops.length;
  if (count === 0) return { start: 0, end: 0 };
  const from = Math.max(0, -listTop);
  const to = Math.max(from, viewHeight - listTop);
  if (from >= offsets.total) return { start: Math.max(0, count - overscan), end: count };
  const first = rowAt(offsets.tops, offsets.total, from);
  const last = rowAt(offsets.tops, offsets.total, to);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan + 1) };
}

/** A run of drawn rows, or the space standing in for rows not drawn. */
export type Segment = { kind: 'rows'; from: number; to: number } | { kind: 'gap'; height: number };

/**
 * The drawn range plus any rows that must stay (the focused one), in order, with a gap of the
 * right height wherever rows are left out.
 */
export function segments(
  offsets: { tops: readonly number[]; total: number },
  range: VisibleRange,
  keep: readonly number[],
): Segment[] {
  const count = offsets.tops.length;
  const drawn = new Set<number>();
  for (let i = range.start; i < range.end; i += 1) drawn.add(i);
  for (const i of keep) if (i >= 0 && i < count) drawn.add(i);
  const order = [...drawn].sort((a, b) => a - b);
  const top = (i: number) => (i >= count ? offsets.total : offsets.tops[i]!);
  const out: Segment[] = [];
  let next = 0;
  for (let k = 0; k < order.length;) {
    const from = order[k]!;
    let to = from + 1;
    while (k + 1 < order.length && order[k + 1] === to) {
      k += 1;
      to += 1;
    }
    k += 1;
    if (from > next) out.push({ kind: 'gap', height: top(from) - top(next) });
    out.push({ kind: 'rows', from, to });
    next = to;
  }
  if (next < count) out.push({ kind: 'gap', height: offsets.total - top(next) });
  return out;
}
