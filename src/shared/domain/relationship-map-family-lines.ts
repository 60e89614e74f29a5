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
import { couplePattern, coupleSlashes, familyLineColour, type LineStyle } from './relationship-map-style';
import { patternedLine, r, slashes, type Point } from './relationship-map-svg-lines';

/** How far below the partners' centres a couple line runs: below names and birth years. */
export const COUPLE_DROP = 72;

/** The U under two partners; `centre` is where the slashes go, with the years just above. */
export function coupleLinePoints(
  a: Point,
  b: Point,
  radiusA: number,
  radiusB: number,
): { points: Point[]; centre: Point } {
  const y = Math.max(a.y, b.y) + COUPLE_DROP;
  return {
    points: [
      { x: a.x, y: a.y + radiusA },
      { x: a.x, y },
      { x: b.x, y },
      { x: b.x, y: b.y + radiusB },
    ],
    centre: { x: (a.x + b.x) / 2, y },
  };
}

/**
 * From the middle of the parents' couple line (or from below a single parent) down, across
 * at a bend just under the couple line's years, and down to the top of the child.
 */
export function parentLinePoints(
  parent: Point,
  coParent: Point | null,
  child: Point,
  parentRadius: number,
  childRadius: number,
): Point[] {
  const start = coParent
    ? { x: (parent.x + coParent.x) / 2, y: Math.max(parent.y, coParent.y) + COUPLE_DROP }
    : { x: parent.x, y: parent.y + parentRadius };
  const top = child.y - childRadius;
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

/**
 * The middle of the years and label of a couple line: above the line and its slashes (which
 * reach 8 above it), below the partners' names, clear of the line down to the children.
 */
export function coupleWordsAt(line: { centre: Point }): Point {
  return { x: line.centre.x, y: line.centre.y - 18 };
}

/** Each emotional line's place among the map's emotional lines: its lane for overHeadsRoute. */
export function emotionalLanes(ties: readonly MapTie[]): Map<string, number> {
  return new Map(ties.filter((t) => t.kind === 'emotional').map((t, i) => [t.id, i]));
}

/**
 * Over the heads of the people between: for two people in the same row more than one
 * neighbour apart. `lane` (0, 1, 2) staggers several such lines in a row so they stay apart.
 * Null when a straight line is fine.
 */
export function overHeadsRoute(
  a: Point,
  b: Point,
  radius: number,
  lane: number,
): { risers: [[Point, Point], [Point, Point]]; span: [Point, Point] } | null {
  if (Math.abs(a.y - b.y) >= 30 || Math.abs(a.x - b.x) <= 200) return null;
  const y = Math.min(a.y, b.y) - radius - 14 - (lane % 3) * 9;
  return {
    risers: [
      [
        { x: a.x, y: a.y - radius },
        { x: a.x, y },
      ],
      [
        { x: b.x, y: b.y - radius },
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
  route: { risers: [[Point, Point], [Point, Point]]; span: [Point, Point] },
  style: LineStyle,
  options: { repaired?: boolean } = {},
): string {
  const riser = ([p, q]: [Point, Point]) =>
    `<line x1="${r(p.x)}" y1="${r(p.y)}" x2="${r(q.x)}" y2="${r(q.y)}" stroke="${style.colour}" stroke-width="${style.width}"/>`;
  return route.risers.map(riser).join('') + patternedLine(route.span[0], route.span[1], style, options);
}

/** The SVG path ("M x,y L ...") of the same points, for a click target along the line. */
export function polylinePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${r(p.x)},${r(p.y)}`).join(' ');
}

/** A couple line with its slashes; `colour` is the family line colour unless highlighted. */
export function coupleLineSvg(
  tie: CoupleTie,
  line: { points: Point[]; centre: Point },
  colour: string = familyLineColour,
  width = 2,
): string {
  return (
    polylineSvg(line.points, { colour, width }, couplePattern[tie.status] === 'dashed') +
    slashes(line.centre, coupleSlashes[tie.status], colour)
  );
}
