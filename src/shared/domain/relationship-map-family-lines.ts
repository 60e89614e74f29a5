/**
 * Genogram family lines, drawn the conventional way in the editor and in every picture: a
 * couple line runs below both partners (a U, with slashes for separation and divorce and the
 * years just above it, clear of the line down to the children), and a child hangs from the
 * middle of their parents' couple line, or from below a single parent, by a line that bends
 * above them, so brothers and sisters share one bar. An emotional line between two people in
 * the same row who are not neighbours goes over their heads rather than through whoever
 * stands between. Pure geometry and SVG strings in the map's coordinates (symbol centres).
 */
import type { CoupleTie, MapTie, ParentTie } from './relationship-map';
import type { NodeFootprint } from './relationship-map-nodes';
import { couplePattern, coupleSlashes, familyLineColour, type LineStyle } from './relationship-map-style';
import { patternedLine, r, slashes, type Point } from './relationship-map-svg-lines';

/** How far below the lower partner's name and birth year a couple line runs. */
export const COUPLE_GAP = 12;
/** More room above a couple line that carries years or a label: the words sit there. */
export const COUPLE_WORDS_ROOM = 22;

/** The height of the couple line under two partners: below both of their names (and its words). */
export function coupleLineY(a: Point, fa: NodeFootprint, b: Point, fb: NodeFootprint, words = false): number {
  return Math.max(a.y + fa.bottom, b.y + fb.bottom) + COUPLE_GAP + (words ? COUPLE_WORDS_ROOM : 0);
}

/** The U under two partners, from the foot of each symbol; `centre` is the middle of its floor. */
export function coupleLinePoints(
  a: Point,
  fa: NodeFootprint,
  b: Point,
  fb: NodeFootprint,
  words = false,
): { points: Point[]; centre: Point } {
  const y = coupleLineY(a, fa, b, fb, words);
  return {
    points: [
      { x: a.x, y: a.y + fa.symbol.y2 },
      { x: a.x, y },
      { x: b.x, y },
      { x: b.x, y: b.y + fb.symbol.y2 },
    ],
    centre: { x: (a.x + b.x) / 2, y },
  };
}

/**
 * From the middle of the parents' couple line (or from below a single parent) down, across
 * at a bend just under the couple line, and down to the top of the child.
 */
export function parentLinePoints(
  parent: Point,
  parentFootprint: NodeFootprint,
  coParent: { at: Point; footprint: NodeFootprint; coupleWords?: boolean } | null,
  child: Point,
  childFootprint: NodeFootprint,
): Point[] {
  const start = coParent
    ? {
        x: (parent.x + coParent.at.x) / 2,
        y: coupleLineY(parent, parentFootprint, coParent.at, coParent.footprint, coParent.coupleWords),
      }
    : { x: parent.x, y: parent.y + parentFootprint.symbol.y2 };
  const top = child.y + childFootprint.symbol.y1;
  const bend = Math.min(start.y + 30, (start.y + top) / 2);
  return [start, { x: start.x, y: bend }, { x: child.x, y: bend }, { x: child.x, y: top }];
}

/**
 * The child's other parent when the two parents are a couple on the map: the line then starts
 * from their couple line. Null for a single parent, or two parents with no couple line.
 */
export function coupledCoParent(ties: readonly MapTie[], tie: ParentTie): string | null {
  const other = ties.find((t) => t.kind === 'parent' && t.to === tie.to && t.from !== tie.from);
  if (!other) return null;
  const couple = ties.some(
    (t) =>
      t.kind === 'couple' &&
      ((t.from === tie.from && t.to === other.from) || (t.to === tie.from && t.from === other.from)),
  );
  return couple ? other.from : null;
}

export function polylineSvg(
  points: readonly Point[],
  style: Pick<LineStyle, 'colour' | 'width'>,
  dashed = false,
) {
  const dash = dashed ? ' stroke-dasharray="9 6"' : '';
  return `<polyline points="${points.map((p) => `${r(p.x)},${r(p.y)}`).join(' ')}" fill="none" stroke="${style.colour}" stroke-width="${style.width}"${dash}/>`;
}

export interface OverHeadsRoute {
  risers: [[Point, Point], [Point, Point]];
  span: [Point, Point];
}

/**
 * Over the heads of the people between: for two people in the same row more than one
 * neighbour apart. `lane` (0, 1, 2) staggers lines whose spans overlap so they stay apart.
 * Null when a straight line is fine.
 */
export function overHeadsRoute(
  a: Point,
  fa: NodeFootprint,
  b: Point,
  fb: NodeFootprint,
  lane: number,
): OverHeadsRoute | null {
  if (Math.abs(a.y - b.y) >= 30 || Math.abs(a.x - b.x) <= 200) return null;
  const top = (p: Point, f: NodeFootprint) => p.y + f.symbol.y1;
  const y = Math.min(top(a, fa), top(b, fb)) - 20 - (lane % 3) * 11;
  return {
    risers: [
      [
        { x: a.x, y: top(a, fa) },
        { x: a.x, y },
      ],
      [
        { x: b.x, y: top(b, fb) },
        { x: b.x, y },
      ],
    ],
    span: [
      { x: a.x, y },
      { x: b.x, y },
    ],
  };
}

/** The two risers and the patterned span of an over-the-heads emotional line. */
export function overHeadsSvg(
  route: OverHeadsRoute,
  style: LineStyle,
  options: { repaired?: boolean; markAt?: number } = {},
): string {
  const riser = ([p, q]: [Point, Point]) =>
    `<line x1="${r(p.x)}" y1="${r(p.y)}" x2="${r(q.x)}" y2="${r(q.y)}" stroke="${style.colour}" stroke-width="${style.width}"/>`;
  return route.risers.map(riser).join('') + patternedLine(route.span[0], route.span[1], style, options);
}

/** The SVG path ("M x,y L ...") of the same points, for a click target along the line. */
export function polylinePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${r(p.x)},${r(p.y)}`).join(' ');
}

/**
 * Where the slashes of a separation or divorce go on a couple line: its middle, or a little
 * to one side when children hang from the middle, so the slashes never sit on their line.
 */
export const SLASH_SHIFT = 20;

/** A couple line with its slashes; `colour` is the family line colour unless highlighted. */
export function coupleLineSvg(
  tie: CoupleTie,
  line: { points: Point[]; centre: Point },
  colour: string = familyLineColour,
  width = 2,
  slashShift = 0,
): string {
  return (
    polylineSvg(line.points, { colour, width }, couplePattern[tie.status] === 'dashed') +
    slashes({ x: line.centre.x + slashShift, y: line.centre.y }, coupleSlashes[tie.status], colour)
  );
}
