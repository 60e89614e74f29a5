/**
 * The path each tie takes between two people, worked out the same way in the editor (from
 * where the people are on screen, also mid-drag) and in every picture: ecomap ties and
 * emotional lines run between the edges of the two people's footprints (symbol and name), so
 * an arrowhead is never under a name; emotional lines in one row go over the heads of the
 * people between; couple and parent lines are the genogram's family lines. Each route has a
 * track along which its words and its mark can slide (relationship-map-placement.ts chooses).
 */
import { yearsText, type MapTie } from './relationship-map';
import type { Box, Segment } from './relationship-map-boxes';
import {
  coupleLinePoints,
  coupleLineSvg,
  overHeadsRoute,
  overHeadsSvg,
  parentLinePoints,
  polylineSvg,
  type OverHeadsRoute,
} from './relationship-map-family-lines';
import { exitPoint, type NodeFootprint } from './relationship-map-nodes';
import {
  emotionalStyles,
  familyLineColour,
  tieQualityStyles,
  type LineStyle,
} from './relationship-map-style';
import { along, arrowCorners, arrowhead, patternedLine, type Point } from './relationship-map-svg-lines';
import { tieLabelText } from './relationship-map-text';

export interface RouteEnd {
  at: Point;
  footprint: NodeFootprint;
}

/** A child's other parent, and whether the parents' couple line carries words (it is lower then). */
export interface CoParentEnd extends RouteEnd {
  coupleWords: boolean;
}

export type TieRoute =
  | { shape: 'straight'; from: Point; to: Point }
  | { shape: 'overHeads'; route: OverHeadsRoute }
  | { shape: 'couple'; points: Point[]; centre: Point }
  | { shape: 'parent'; points: Point[] };

/** Space between the edge of a footprint and the end of a line (an arrow's tip). */
const END_GAP = 3;

export function lineStyleOf(tie: MapTie): LineStyle {
  switch (tie.kind) {
    case 'ecomap':
      return tieQualityStyles[tie.quality];
    case 'emotional':
      return emotionalStyles[tie.emotion];
    case 'couple':
    case 'parent':
      return { pattern: 'solid', colour: familyLineColour, width: 2 };
  }
}

/**
 * The route of a tie from `from` to `to`. `lane` staggers emotional lines over the same heads;
 * `coParent` is a child's other parent when the two are a couple (the line starts from them).
 */
export function tieRoute(
  tie: MapTie,
  from: RouteEnd,
  to: RouteEnd,
  context: { lane?: number; coParent?: CoParentEnd | null } = {},
): TieRoute {
  switch (tie.kind) {
    case 'couple': {
      const line = coupleLinePoints(from.at, from.footprint, to.at, to.footprint, tieWords(tie) !== '');
      return { shape: 'couple', ...line };
    }
    case 'parent':
      return {
        shape: 'parent',
        points: parentLinePoints(from.at, from.footprint, context.coParent ?? null, to.at, to.footprint),
      };
    case 'emotional': {
      const route = overHeadsRoute(from.at, from.footprint, to.at, to.footprint, context.lane ?? 0);
      if (route) return { shape: 'overHeads', route };
      break;
    }
    case 'ecomap':
      break;
  }
  return {
    shape: 'straight',
    from: exitPoint(from.at, to.at, from.footprint, END_GAP),
    to: exitPoint(to.at, from.at, to.footprint, END_GAP),
  };
}

/** The stretch of the route along which its words and mark slide. */
export function routeTrack(route: TieRoute): [Point, Point] {
  switch (route.shape) {
    case 'straight':
      return [route.from, route.to];
    case 'overHeads':
      return route.route.span;
    case 'couple':
      return [route.points[1]!, route.points[2]!];
    case 'parent': {
      const [, bend, corner, end] = route.points as [Point, Point, Point, Point];
      // A child right under the drop has no bar: the words go by the last stretch down.
      return Math.abs(corner.x - bend.x) > 40 ? [bend, corner] : [corner, end];
    }
  }
}

/** Every straight piece the route draws. */
export function routeSegments(route: TieRoute): Segment[] {
  const chain = (points: readonly Point[]) => points.slice(1).map((b, i) => ({ a: points[i]!, b }));
  switch (route.shape) {
    case 'straight':
      return [{ a: route.from, b: route.to }];
    case 'overHeads':
      return [
        { a: route.route.risers[0][0], b: route.route.risers[0][1] },
        { a: route.route.span[0], b: route.route.span[1] },
        { a: route.route.risers[1][0], b: route.route.risers[1][1] },
      ];
    case 'couple':
    case 'parent':
      return chain(route.points);
  }
}

/** The points of the route as one polyline (the wide, invisible click target in the editor). */
export function routePoints(route: TieRoute): Point[] {
  switch (route.shape) {
    case 'straight':
      return [route.from, route.to];
    case 'overHeads':
      return [route.route.risers[0][0], ...route.route.span, route.route.risers[1][0]];
    case 'couple':
    case 'parent':
      return route.points;
  }
}

/**
 * Where words centred at `t` along the track sit, `offset` away from it: positive is above a
 * level track (or to its left, going from its start to its end).
 */
export function onTrack([a, b]: [Point, Point], t: number, offset: number): Point {
  const p = along(a, b, t);
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  let nx = (b.y - a.y) / length;
  let ny = -(b.x - a.x) / length;
  if (ny > 0 || (ny === 0 && nx > 0)) [nx, ny] = [-nx, -ny];
  return { x: p.x + nx * offset, y: p.y + ny * offset };
}

/** The words written beside a tie: its label, and a couple line's years first. */
export function tieWords(tie: MapTie): string {
  const words =
    tie.kind === 'couple'
      ? [yearsText(tie.startYear, tie.endYear), tie.label].filter(Boolean).join(' ')
      : tie.label;
  return tieLabelText(words);
}

/** True when the tie's line carries a mark (the bars of a cut off or broken tie). */
export function hasMark(tie: MapTie): boolean {
  return lineStyleOf(tie).pattern === 'crossed';
}

/** The arrowheads of a straight ecomap tie, as the tips they point at and where they come from. */
export function arrows(tie: MapTie, route: TieRoute): { from: Point; tip: Point }[] {
  if (tie.kind !== 'ecomap' || tie.direction === 'none' || route.shape !== 'straight') return [];
  const forward = { from: route.from, tip: route.to };
  return tie.direction === 'both' ? [forward, { from: route.to, tip: route.from }] : [forward];
}

/** The box each arrowhead takes (around its three corners), so words keep off it. */
export function arrowBoxes(tie: MapTie, route: TieRoute): Box[] {
  return arrows(tie, route).map(({ from, tip }) => {
    const corners = arrowCorners(from, tip);
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
  });
}

/** The route drawn in the tie's style, its mark `markAt` along the track, with any arrowheads. */
export function routeSvg(
  tie: MapTie,
  route: TieRoute,
  style: LineStyle,
  options: { markAt?: number; slashShift?: number } = {},
): string {
  const repaired = tie.kind === 'emotional' && tie.emotion === 'cut_off_repaired';
  const marked = { repaired, markAt: options.markAt ?? 0.5 };
  switch (route.shape) {
    case 'straight':
      return (
        patternedLine(route.from, route.to, style, marked) +
        arrows(tie, route)
          .map(({ from, tip }) => arrowhead(from, tip, style.colour))
          .join('')
      );
    case 'overHeads':
      return overHeadsSvg(route.route, style, marked);
    case 'couple':
      return tie.kind === 'couple'
        ? coupleLineSvg(tie, route, style.colour, style.width, options.slashShift ?? 0)
        : polylineSvg(route.points, style);
    case 'parent':
      return polylineSvg(route.points, style);
  }
}
