/**
 * Boxes and segments on a map, and a grid that finds the ones near a spot quickly: the plain
 * geometry under the placement of words and marks (relationship-map-placement.ts) and the
 * tests that check nothing covers a symbol or a name.
 */
import type { Point } from './relationship-map-svg-lines';

/** An axis-aligned box: x1 < x2, y1 < y2, in map units. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function boxAt(centre: Point, width: number, height: number): Box {
  return {
    x1: centre.x - width / 2,
    y1: centre.y - height / 2,
    x2: centre.x + width / 2,
    y2: centre.y + height / 2,
  };
}

export function moveBox(box: Box, by: Point): Box {
  return { x1: box.x1 + by.x, y1: box.y1 + by.y, x2: box.x2 + by.x, y2: box.y2 + by.y };
}

export function grow(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

export function union(boxes: readonly Box[]): Box {
  return {
    x1: Math.min(...boxes.map((b) => b.x1)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
}

/** True when the two boxes share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

export function contains(outer: Box, inner: Box): boolean {
  return outer.x1 <= inner.x1 && outer.y1 <= inner.y1 && outer.x2 >= inner.x2 && outer.y2 >= inner.y2;
}

/** The part of the ray `from + t * dir` (t >= 0) inside the box, as [tIn, tOut], or null. */
export function rayThroughBox(from: Point, dir: Point, box: Box): [number, number] | null {
  let tIn = Number.NEGATIVE_INFINITY;
  let tOut = Number.POSITIVE_INFINITY;
  if (Math.abs(dir.x) < 1e-9) {
    if (from.x < box.x1 || from.x > box.x2) return null;
  } else {
    const a = (box.x1 - from.x) / dir.x;
    const b = (box.x2 - from.x) / dir.x;
    tIn = Math.min(a, b);
    tOut = Math.max(a, b);
  }
  if (Math.abs(dir.y) < 1e-9) {
    if (from.y < box.y1 || from.y > box.y2) return null;
  } else {
    const a = (box.y1 - from.y) / dir.y;
    const b = (box.y2 - from.y) / dir.y;
    tIn = Math.max(tIn, Math.min(a, b));
    tOut = Math.min(tOut, Math.max(a, b));
  }
  if (tOut < Math.max(tIn, 0)) return null;
  return [tIn, tOut];
}

/** True when the segment a-b passes through the inside of the box. */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const dir = { x: b.x - a.x, y: b.y - a.y };
  const hit = rayThroughBox(a, dir, box);
  if (!hit) return false;
  const [tIn, tOut] = hit;
  // Inside for a stretch of the segment, not only grazing a corner or an edge.
  const from = Math.max(tIn, 0);
  const to = Math.min(tOut, 1);
  if (to - from <= 1e-6) return false;
  const mid = { x: a.x + dir.x * ((from + to) / 2), y: a.y + dir.y * ((from + to) / 2) };
  return mid.x > box.x1 && mid.x < box.x2 && mid.y > box.y1 && mid.y < box.y2;
}

export interface Segment {
  a: Point;
  b: Point;
}

export function segmentBox({ a, b }: Segment): Box {
  return { x1: Math.min(a.x, b.x), y1: Math.min(a.y, b.y), x2: Math.max(a.x, b.x), y2: Math.max(a.y, b.y) };
}

/** The four sides of a box, as segments (for a household outline). */
export function sides(box: Box): Segment[] {
  const corners = [
    { x: box.x1, y: box.y1 },
    { x: box.x2, y: box.y1 },
    { x: box.x2, y: box.y2 },
    { x: box.x1, y: box.y2 },
  ];
  return corners.map((a, i) => ({ a, b: corners[(i + 1) % 4]! }));
}

const CELL = 160;
/** A cell's key as one number (faster than a string on a 500-person map). */
const key = (cx: number, cy: number) => cx * 65_536 + cy;

/**
 * Items by the grid cells their box touches, so "what is near this box" looks at a handful of
 * items instead of every one on a 500-person map.
 */
export class BoxGrid<T> {
  private readonly cells = new Map<number, { box: Box; item: T; seen: number }[]>();
  private stamp = 0;

  private put(cell: number, entry: { box: Box; item: T; seen: number }): void {
    const list = this.cells.get(cell);
    if (list) list.push(entry);
    else this.cells.set(cell, [entry]);
  }

  add(box: Box, item: T): void {
    const entry = { box, item, seen: 0 };
    for (const cell of this.keys(box)) this.put(cell, entry);
  }

  /** A line: found near any box along it (a long tie touches the cells it runs through only). */
  addAlong(segment: Segment, item: T): void {
    const entry = { box: segmentBox(segment), item, seen: 0 };
    const { a, b } = segment;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    // Steps of a third of a cell visit every cell the line crosses but a corner's sliver.
    const steps = Math.max(1, Math.ceil(length / (CELL / 3)));
    let last = Number.NaN;
    for (let i = 0; i <= steps; i += 1) {
      const cell = key(
        Math.floor((a.x + ((b.x - a.x) * i) / steps) / CELL),
        Math.floor((a.y + ((b.y - a.y) * i) / steps) / CELL),
      );
      if (cell === last) continue;
      last = cell;
      this.put(cell, entry);
    }
  }

  /** Calls `visit` once for each item whose box touches the cells of `box`. */
  forEachNear(box: Box, visit: (entry: { box: Box; item: T }) => void): void {
    // A stamp per query marks what was visited, without a set made for every question.
    this.stamp += 1;
    const cx1 = Math.floor(box.x1 / CELL);
    const cx2 = Math.floor(box.x2 / CELL);
    const cy1 = Math.floor(box.y1 / CELL);
    const cy2 = Math.floor(box.y2 / CELL);
    for (let cx = cx1; cx <= cx2; cx += 1)
      for (let cy = cy1; cy <= cy2; cy += 1)
        for (const entry of this.cells.get(key(cx, cy)) ?? []) {
          if (entry.seen === this.stamp) continue;
          entry.seen = this.stamp;
          visit(entry);
        }
  }

  private *keys(box: Box): Generator<number> {
    const cx1 = Math.floor(box.x1 / CELL);
    const cx2 = Math.floor(box.x2 / CELL);
    const cy1 = Math.floor(box.y1 / CELL);
    const cy2 = Math.floor(box.y2 / CELL);
    for (let cx = cx1; cx <= cx2; cx += 1) for (let cy = cy1; cy <= cy2; cy += 1) yield key(cx, cy);
  }
}

/** Something words must keep off (its owner), or a line they had better not cross. */
export type Obstacle = { owner: string };
export type Line = { owner: string; segment: Segment };

/**
 * What is on the picture so far, for choosing where the next words or mark go: solid boxes
 * (symbols, names, words already placed) and lines.
 */
export class Scene {
  readonly solid = new BoxGrid<Obstacle>();
  readonly lines = new BoxGrid<Line>();

  /** 1000 for each thing covered, 10 for each other line crossed. */
  cost(box: Box, owner: string): number {
    let cost = 0;
    this.solid.forEachNear(box, (near) => {
      if (overlaps(near.box, box)) cost += 1000;
    });
    this.lines.forEachNear(box, ({ item }) => {
      if (item.owner !== owner && segmentCrossesBox(item.segment.a, item.segment.b, box)) cost += 10;
    });
    return cost;
  }

  /** The cheapest of the candidate boxes (the first of equals), which is then taken. */
  take(candidates: readonly Box[], owner: string): number {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    candidates.forEach((box, i) => {
      if (bestCost === 0) return;
      const cost = this.cost(box, owner);
      if (cost < bestCost) {
        best = i;
        bestCost = cost;
      }
    });
    const chosen = candidates[best];
    if (chosen) this.solid.add(chosen, { owner });
    return best;
  }
}
