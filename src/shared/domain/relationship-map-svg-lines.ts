/**
 * SVG drawing of one line between two points in the map's line patterns (solid, dashed,
 * dotted, jagged, double, triple, crossed), with optional arrowheads. Pure string building;
 * coordinates are rounded so the same map always gives the same bytes.
 */
import type { LineStyle } from './relationship-map-style';

export interface Point {
  x: number;
  y: number;
}

export function r(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

function unit(a: Point, b: Point): { ux: number; uy: number; length: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { ux: dx / length, uy: dy / length, length };
}

/** Moves both ends inwards so a line stops at the node's edge instead of its centre. */
export function trim(a: Point, b: Point, startGap: number, endGap: number): [Point, Point] {
  const { ux, uy, length } = unit(a, b);
  if (length <= startGap + endGap) return [a, b];
  return [
    { x: a.x + ux * startGap, y: a.y + uy * startGap },
    { x: b.x - ux * endGap, y: b.y - uy * endGap },
  ];
}

function segment(a: Point, b: Point, colour: string, width: number, extra = ''): string {
  return `<line x1="${r(a.x)}" y1="${r(a.y)}" x2="${r(b.x)}" y2="${r(b.y)}" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"${extra}/>`;
}

function offsetLine(a: Point, b: Point, by: number): [Point, Point] {
  const { ux, uy } = unit(a, b);
  return [
    { x: a.x - uy * by, y: a.y + ux * by },
    { x: b.x - uy * by, y: b.y + ux * by },
  ];
}

/** A zig-zag along the segment: the conventional "stressful" / "hostile" line. */
function jagged(a: Point, b: Point, colour: string, width: number): string {
  const { ux, uy, length } = unit(a, b);
  const step = 8;
  const amplitude = 5;
  const count = Math.max(2, Math.floor(length / step));
  const points: string[] = [`${r(a.x)},${r(a.y)}`];
  for (let i = 1; i < count; i += 1) {
    const along = (length * i) / count;
    const side = i % 2 === 0 ? -amplitude : amplitude;
    points.push(`${r(a.x + ux * along - uy * side)},${r(a.y + uy * along + ux * side)}`);
  }
  points.push(`${r(b.x)},${r(b.y)}`);
  return `<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="${width}" stroke-linejoin="round"/>`;
}

/** The point a fraction `t` of the way from a to b. */
export function along(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Two short bars across the line at `mid`: a cut off (or broken) relationship. */
function bars(a: Point, b: Point, mid: Point, colour: string, width: number): string {
  const { ux, uy } = unit(a, b);
  return [-5, 5]
    .map((along) => {
      const c = { x: mid.x + ux * along, y: mid.y + uy * along };
      return segment(
        { x: c.x - uy * 9, y: c.y + ux * 9 },
        { x: c.x + uy * 9, y: c.y - ux * 9 },
        colour,
        width,
      );
    })
    .join('');
}

/** Half the size of the mark a crossed line carries (its bars, or the circle of a repair). */
export const MARK_HALF = 14;

/**
 * One line in its pattern. A crossed line carries its mark (bars, with a circle when repaired)
 * a fraction `markAt` of the way along: the middle unless the placement found a clearer spot.
 */
export function patternedLine(
  a: Point,
  b: Point,
  style: LineStyle,
  options: { repaired?: boolean; markAt?: number } = {},
): string {
  const { colour, width } = style;
  switch (style.pattern) {
    case 'solid':
      return segment(a, b, colour, width);
    case 'dashed':
      return segment(a, b, colour, width, ' stroke-dasharray="9 6"');
    case 'dotted':
      return segment(a, b, colour, width, ' stroke-dasharray="1 6"');
    case 'jagged':
      return jagged(a, b, colour, width);
    case 'double':
      return [offsetLine(a, b, -3), offsetLine(a, b, 3)]
        .map(([p, q]) => segment(p, q, colour, width))
        .join('');
    case 'triple':
      return [-4, 0, 4]
        .map((by) => offsetLine(a, b, by))
        .map(([p, q]) => segment(p, q, colour, width))
        .join('');
    case 'crossed': {
      const mid = along(a, b, options.markAt ?? 0.5);
      const repair = options.repaired
        ? `<circle cx="${r(mid.x)}" cy="${r(mid.y)}" r="12" fill="none" stroke="${colour}" stroke-width="${width}"/>`
        : '';
      return segment(a, b, colour, width) + bars(a, b, mid, colour, width) + repair;
    }
  }
}

/** The three corners of an arrowhead pointing at `tip`, coming from `from`: tip, then wings. */
export function arrowCorners(from: Point, tip: Point): [Point, Point, Point] {
  const { ux, uy } = unit(from, tip);
  const back = { x: tip.x - ux * 12, y: tip.y - uy * 12 };
  return [tip, { x: back.x - uy * 6, y: back.y + ux * 6 }, { x: back.x + uy * 6, y: back.y - ux * 6 }];
}

/** A filled arrowhead pointing at `tip`, coming from `from`. */
export function arrowhead(from: Point, tip: Point, colour: string): string {
  const points = arrowCorners(from, tip)
    .map((p) => `${r(p.x)},${r(p.y)}`)
    .join(' ');
  return `<polygon points="${points}" fill="${colour}"/>`;
}

/** Short diagonal strokes across a couple line: one for separated, two for divorced. */
export function slashes(mid: Point, count: number, colour: string): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const x = mid.x + (count === 1 ? 0 : i === 0 ? -4 : 4);
    parts.push(segment({ x: x - 5, y: mid.y + 8 }, { x: x + 5, y: mid.y - 8 }, colour, 2));
  }
  return parts.join('');
}
