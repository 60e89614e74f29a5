/**
 * Where the words and marks of a map go, worked out once per version of the map and read by
 * the editor and every picture, so both look the same: the lanes of emotional lines over
 * people's heads, the household outlines (around everyone in the household, never through a
 * name) and their names, the mark of a cut off line, the slashes of a divorce, and each tie's
 * words. Each is put at the first of a few candidate spots that covers no symbol, no name and
 * no other word; among those, the one crossed by the fewest other lines.
 */
import type { Household, MapKind, MapTie } from './relationship-map';
import { boxAt, Scene, type Box } from './relationship-map-boxes';
import { coupledCoParent, overHeadsRoute, SLASH_SHIFT } from './relationship-map-family-lines';
import { placeHousehold, type HouseholdPlacement } from './relationship-map-households';
import { footprintBoxes, nodeFootprint, type DrawnNode, type NodeFootprint } from './relationship-map-nodes';
import {
  arrowBoxes,
  hasMark,
  onTrack,
  routeSegments,
  routeTrack,
  tieRoute,
  tieWords,
  type CoParentEnd,
  type RouteEnd,
  type TieRoute,
} from './relationship-map-routes';
import { coupleSlashes } from './relationship-map-style';
import { MARK_HALF, type Point } from './relationship-map-svg-lines';
import { LABEL_PAD, mapText, textWidth } from './relationship-map-text';

export type { HouseholdPlacement };

export interface PlacedNode extends DrawnNode {
  id: string;
  x: number;
  y: number;
}

export interface PlacedDocument {
  nodes: readonly PlacedNode[];
  ties: readonly MapTie[];
  households: readonly Household[];
}

export interface TiePlacement {
  /** Staggers emotional lines over the same heads (0 is nearest the heads). */
  lane: number;
  /** How far along its track the mark of a crossed line sits (0..1). */
  markAt: number;
  /** Where the tie's words are centred (see onTrack); null when it has none. */
  label: { t: number; offset: number } | null;
  /** A couple line's slashes, moved sideways off the line down to the children. */
  slashShift: number;
}

export interface MapPlacement {
  /** Each node's centre (where its symbol is), one object per node for this placement. */
  centres: Map<string, Point>;
  footprints: Map<string, NodeFootprint>;
  routes: Map<string, TieRoute>;
  ties: Map<string, TiePlacement>;
  households: Map<string, HouseholdPlacement>;
}

const TRACK_SPOTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.12, 0.88, 0.05, 0.95];

export function tieWordsBox(words: string, centre: Point): Box {
  return boxAt(centre, textWidth(words, mapText.tie.size) + 2 * LABEL_PAD, mapText.tie.line);
}

/** The box of a crossed line's mark at `t` along the route. */
export function markBox(route: TieRoute, t: number): Box {
  return boxAt(onTrack(routeTrack(route), t, 0), 2 * MARK_HALF, 2 * MARK_HALF);
}

/** The box of a couple line's slashes. */
export function slashBox(route: TieRoute, shift: number): Box | null {
  if (route.shape !== 'couple') return null;
  return boxAt({ x: route.centre.x + shift, y: route.centre.y }, 20, 20);
}

/**
 * The sides words of this size can take beside the route's track, nearest first: on the line
 * itself, then just clear of it on either side (how far depends on the slope: beside a steep
 * line, words stand off by half their width).
 */
function offsetsFor(route: TieRoute, width: number): number[] {
  const height = mapText.tie.line;
  if (route.shape === 'couple')
    // Above the line, clear of its slashes (they reach 8 above it); below it as a last resort.
    return [height / 2 + 10, -(height / 2 + 6)];
  const [a, b] = routeTrack(route);
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const clear = (Math.abs(b.y - a.y) / length) * (width / 2) + (Math.abs(b.x - a.x) / length) * (height / 2);
  const first = route.shape === 'overHeads' ? [clear + 3, 0] : [0, clear + 4];
  return [...first, -(clear + 4)];
}

/** Lanes for emotional lines over heads: lines whose spans overlap in a row get different ones. */
function overHeadsLanes(ties: readonly MapTie[], ends: (id: string) => RouteEnd | null): Map<string, number> {
  const spans: { id: string; row: number; x1: number; x2: number }[] = [];
  for (const tie of ties) {
    if (tie.kind !== 'emotional') continue;
    const a = ends(tie.from);
    const b = ends(tie.to);
    if (!a || !b || !overHeadsRoute(a.at, a.footprint, b.at, b.footprint, 0)) continue;
    const [x1, x2] = a.at.x < b.at.x ? [a.at.x, b.at.x] : [b.at.x, a.at.x];
    spans.push({ id: tie.id, row: Math.round(Math.min(a.at.y, b.at.y) / 30), x1, x2 });
  }
  spans.sort((p, q) => p.row - q.row || p.x1 - q.x1 || p.x2 - q.x2);
  const lanes = new Map<string, number>();
  let row = Number.NaN;
  let laneEnds: number[] = [];
  for (const span of spans) {
    if (span.row !== row) {
      row = span.row;
      laneEnds = [];
    }
    let lane = laneEnds.findIndex((end) => end < span.x1 - 20);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = span.x2;
    lanes.set(span.id, lane);
  }
  return lanes;
}

/** The route of every tie from the document's positions, with lanes and co-parents. */
export function placeRoutes(
  doc: PlacedDocument,
  footprints: ReadonlyMap<string, NodeFootprint>,
): { routes: Map<string, TieRoute>; lanes: Map<string, number> } {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const ends = (id: string): RouteEnd | null => {
    const node = byId.get(id);
    return node ? { at: { x: node.x, y: node.y }, footprint: footprints.get(id)! } : null;
  };
  const lanes = overHeadsLanes(doc.ties, ends);
  const routes = new Map<string, TieRoute>();
  for (const tie of doc.ties) {
    const from = ends(tie.from);
    const to = ends(tie.to);
    if (!from || !to) continue;
    routes.set(
      tie.id,
      tieRoute(tie, from, to, { lane: lanes.get(tie.id) ?? 0, coParent: coParentEnd(doc.ties, tie, ends) }),
    );
  }
  return { routes, lanes };
}

/** For a parent line from a couple: the other parent, and whether their couple line has words. */
export function coParentEnd(
  ties: readonly MapTie[],
  tie: MapTie,
  ends: (id: string) => RouteEnd | null,
): (CoParentEnd & { id: string }) | null {
  if (tie.kind !== 'parent') return null;
  const other = coupledCoParent(ties, tie);
  const end = other === null ? null : ends(other);
  if (!end) return null;
  const couple = coupleOf(ties, tie.from, other!);
  return { ...end, id: other!, coupleWords: couple ? tieWords(couple) !== '' : false };
}

/** Where everything on the map goes: see the module comment. Deterministic. */
export function placeMap(kind: MapKind, doc: PlacedDocument): MapPlacement {
  const footprints = new Map(doc.nodes.map((n) => [n.id, nodeFootprint(kind, n)]));
  const scene = new Scene();
  for (const node of doc.nodes)
    for (const box of footprintBoxes(footprints.get(node.id)!, node))
      scene.solid.add(box, { owner: `node:${node.id}` });

  const { routes, lanes } = placeRoutes(doc, footprints);
  for (const tie of doc.ties) {
    const route = routes.get(tie.id);
    if (!route) continue;
    for (const segment of routeSegments(route)) scene.lines.addAlong(segment, { owner: tie.id, segment });
    for (const box of arrowBoxes(tie, route)) scene.solid.add(box, { owner: tie.id });
  }

  const households = new Map<string, HouseholdPlacement>();
  for (const household of doc.households) {
    const placed = placeHousehold(household, doc, footprints, scene);
    if (placed) households.set(household.id, placed);
  }

  const ties = new Map<string, TiePlacement>();
  const withChildren = couplesWithChildren(doc.ties);
  for (const tie of doc.ties) {
    const route = routes.get(tie.id);
    if (!route) continue;
    const placement: TiePlacement = { lane: lanes.get(tie.id) ?? 0, markAt: 0.5, label: null, slashShift: 0 };
    if (hasMark(tie))
      placement.markAt =
        TRACK_SPOTS[
          scene.take(
            TRACK_SPOTS.map((t) => markBox(route, t)),
            tie.id,
          )
        ]!;
    if (tie.kind === 'couple' && coupleSlashes[tie.status] > 0) {
      const shifts = withChildren.has(tie.id) ? [-SLASH_SHIFT, SLASH_SHIFT] : [0];
      const boxes = shifts.map((shift) => slashBox(route, shift)!);
      placement.slashShift = shifts[scene.take(boxes, tie.id)]!;
    }
    ties.set(tie.id, placement);
  }
  // Words last, so they keep off every mark.
  for (const tie of doc.ties) {
    const route = routes.get(tie.id);
    const words = tieWords(tie);
    if (!route || !words) continue;
    const track = routeTrack(route);
    const width = tieWordsBox(words, { x: 0, y: 0 }).x2 * 2;
    const spots = offsetsFor(route, width).flatMap((offset) => TRACK_SPOTS.map((t) => ({ t, offset })));
    const chosen = scene.take(
      spots.map(({ t, offset }) => tieWordsBox(words, onTrack(track, t, offset))),
      tie.id,
    );
    ties.get(tie.id)!.label = spots[chosen]!;
  }
  const centres = new Map(doc.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  return { centres, footprints, routes, ties, households };
}

/** Couple lines from whose middle children hang. */
function couplesWithChildren(ties: readonly MapTie[]): Set<string> {
  const found = new Set<string>();
  for (const tie of ties) {
    if (tie.kind !== 'parent') continue;
    const other = coupledCoParent(ties, tie);
    if (other === null) continue;
    const couple = coupleOf(ties, tie.from, other);
    if (couple) found.add(couple.id);
  }
  return found;
}

/** The couple line between two people, if there is one. */
function coupleOf(ties: readonly MapTie[], a: string, b: string): MapTie | undefined {
  return ties.find(
    (t) => t.kind === 'couple' && ((t.from === a && t.to === b) || (t.to === a && t.from === b)),
  );
}
