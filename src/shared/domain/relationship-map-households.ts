/**
 * Household outlines: a dashed line around everyone who lives together, one row of the
 * outline per generation (so an ex-partner standing beside the household stays outside it),
 * grown to take in whole anyone it would otherwise cut through, so an outline never crosses a
 * name; and the household's name in a strip of its own, where it covers nothing.
 */
import type { Household } from './relationship-map';
import {
  contains,
  grow,
  overlaps,
  union,
  type Box,
  type Scene,
  type Segment,
} from './relationship-map-boxes';
import { footprintBoxes, type NodeFootprint } from './relationship-map-nodes';
import type { Point } from './relationship-map-svg-lines';
import { LABEL_PAD, mapText, shortenToWidth, textWidth } from './relationship-map-text';

/** Room between the people in a household and its outline. */
const OUTLINE_PAD = 10;

export interface HouseholdPlacement {
  /** The corners of the outline, clockwise: a rectangle, or steps where rows differ in width. */
  outline: Point[];
  label: { box: Box; text: string } | null;
}

interface PlacedPerson {
  id: string;
  x: number;
  y: number;
}

/** Boxes gathered into rows: boxes whose heights overlap share a row. */
function rowsOf(boxes: readonly Box[]): Box[] {
  const rows: Box[] = [];
  for (const box of [...boxes].sort((a, b) => a.y1 - b.y1)) {
    const last = rows.at(-1);
    if (last && box.y1 < last.y2) rows[rows.length - 1] = union([last, box]);
    else rows.push(box);
  }
  return rows;
}

/**
 * The rows of an outline, each reaching down to the next, so together they make one shape; a
 * row overlaps the next by some width, so the shape stays in one piece. The step between two
 * rows runs just above the lower one, below the couple lines and their years between them.
 */
function joinedRows(rows: readonly Box[]): Box[] {
  const joined = rows.map((row) => ({ ...row }));
  for (let i = 0; i + 1 < joined.length; i += 1) {
    const upper = joined[i]!;
    const lower = joined[i + 1]!;
    upper.y2 = lower.y1;
    lower.x1 = Math.min(lower.x1, upper.x2 - 60);
    lower.x2 = Math.max(lower.x2, upper.x1 + 60);
  }
  return joined;
}

/** The corners of the outline of joined rows, clockwise from the top left. */
export function outlineCorners(rows: readonly Box[]): Point[] {
  // Down the right side, row by row, then up the left side.
  const corners = [
    ...rows.flatMap((row) => [
      { x: row.x2, y: row.y1 },
      { x: row.x2, y: row.y2 },
    ]),
    ...[...rows].reverse().flatMap((row) => [
      { x: row.x1, y: row.y2 },
      { x: row.x1, y: row.y1 },
    ]),
  ];
  // Drop corners on a straight stretch (two rows of the same width).
  return corners.filter((p, i) => {
    const prev = corners[(i + corners.length - 1) % corners.length]!;
    const next = corners[(i + 1) % corners.length]!;
    const same = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
    if (same(p, prev)) return false;
    const straight =
      (Math.abs(prev.x - p.x) < 0.01 && Math.abs(next.x - p.x) < 0.01) ||
      (Math.abs(prev.y - p.y) < 0.01 && Math.abs(next.y - p.y) < 0.01);
    return !straight;
  });
}

export function outlineSides(corners: readonly Point[]): Segment[] {
  return corners.map((a, i) => ({ a, b: corners[(i + 1) % corners.length]! }));
}

/** The rows of the outline, grown until it cuts through nobody (anyone it would is taken in). */
function outlineRows(rows: Box[], everyone: readonly Box[]): Box[] {
  let current = rowsOf(rows);
  for (let changed = true; changed;) {
    changed = false;
    const joined = joinedRows(current);
    for (const box of everyone) {
      const cut = joined.findIndex((row) => overlaps(row, box) && !contains(row, grow(box, OUTLINE_PAD - 1)));
      if (cut < 0) continue;
      const row = current.findIndex((r) => r.y2 >= joined[cut]!.y1 && r.y1 <= joined[cut]!.y2);
      const at = row < 0 ? cut : row;
      current[at] = union([current[at]!, grow(box, OUTLINE_PAD)]);
      current = rowsOf(current);
      changed = true;
      break;
    }
  }
  return joinedRows(current);
}

export function placeHousehold(
  household: Household,
  doc: { nodes: readonly PlacedPerson[] },
  footprints: ReadonlyMap<string, NodeFootprint>,
  scene: Scene,
): HouseholdPlacement | null {
  const boxesOf = (node: PlacedPerson) => footprintBoxes(footprints.get(node.id)!, node);
  const members = doc.nodes.filter((n) => household.nodeIds.includes(n.id));
  if (members.length === 0) return null;
  const owner = `household:${household.id}`;
  const everyone = doc.nodes.map((n) => union(boxesOf(n)));
  // One row per generation, so someone beside the household (an ex-partner) stays outside it.
  const memberRows = members.map((n) => grow(union(boxesOf(n)), OUTLINE_PAD));
  let joined = outlineRows(memberRows, everyone);
  const text = household.label.trim()
    ? shortenToWidth(household.label.trim(), 220, mapText.household.size)
    : '';
  let label: HouseholdPlacement['label'] = null;
  if (text) {
    // The household's name goes in a strip of its own under everyone (or over them), at the
    // first spot along it that covers nothing; the outline then takes the strip in.
    const width = textWidth(text, mapText.household.size) + 2 * LABEL_PAD;
    const height = mapText.household.line;
    const first = joined[0]!;
    const last = joined.at(-1)!;
    const along = (row: Box, y: number) => {
      const spots: Box[] = [];
      const room = row.x2 - row.x1 - 20 - width;
      const steps = Math.max(1, Math.floor(room / 24));
      for (let i = 0; i <= steps; i += 1) {
        const x = row.x1 + 10 + (room * i) / steps;
        spots.push({ x1: x, y1: y, x2: x + width, y2: y + height });
      }
      return spots;
    };
    const candidates = [
      ...along(last, last.y2 - OUTLINE_PAD + 4),
      ...along(first, first.y1 + OUTLINE_PAD - 4 - height),
    ];
    const box = candidates[scene.take(candidates, owner)]!;
    label = { box, text };
    joined = outlineRows([...memberRows, grow(box, 4)], everyone);
  }
  const outline = outlineCorners(joined);
  for (const segment of outlineSides(outline)) scene.lines.addAlong(segment, { owner, segment });
  return { outline, label };
}
