/**
 * Auto-layout, as a starting point the facilitator then adjusts: radial for an ecomap (the
 * focal person or household in the middle, the people tied to them on a first ring, everyone
 * else on a second), generations for a genogram (couples side by side, children in birth
 * order below their parents). Deterministic: the same document always gives the same
 * positions (no randomness, ties broken by the order of the document).
 */
import type { MapDocument, MapKind, MapNode } from './relationship-map';
import { COUPLE_GAP, COUPLE_WORDS_ROOM } from './relationship-map-family-lines';
import { nodeFootprint } from './relationship-map-nodes';

export const layoutSpacing = {
  /** Space between neighbours on an ecomap ring, and between people in a genogram row. */
  node: 150,
  ringGap: 230,
  /** The least distance between generations; rows with long names are further apart. */
  generation: 220,
} as const;

/**
 * Between the words under one generation and the symbols of the next: the couple line and its
 * years, the drop to the children's bar, and room for emotional lines over heads and their words.
 */
const BETWEEN_ROWS = COUPLE_GAP + COUPLE_WORDS_ROOM + 30 + 60;

/** The footprint of a node as laid out: its resolved name when it has one (the editor's nodes). */
function footprintOf(node: MapNode) {
  const name = 'name' in node && typeof node.name === 'string' ? node.name : node.label;
  return nodeFootprint('genogram', { ...node, name, roles: [] });
}

/** The height of each generation's row: far enough below the last for its words and lines. */
function rowHeights(doc: MapDocument, gen: ReadonlyMap<string, number>, rows: number): number[] {
  const bottom = Array.from({ length: rows + 1 }, () => 0);
  const top = Array.from({ length: rows + 1 }, () => 0);
  for (const node of doc.nodes) {
    const g = gen.get(node.id)!;
    const footprint = footprintOf(node);
    bottom[g] = Math.max(bottom[g]!, footprint.bottom);
    top[g] = Math.max(top[g]!, -footprint.symbol.y1);
  }
  const ys = [0];
  for (let g = 1; g <= rows; g += 1)
    ys.push(ys[g - 1]! + Math.max(layoutSpacing.generation, bottom[g - 1]! + BETWEEN_ROWS + top[g]!));
  return ys;
}

export function autoLayout(kind: MapKind, doc: MapDocument): MapDocument {
  const positions = kind === 'ecomap' ? radialPositions(doc) : generationPositions(doc);
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const p = positions.get(n.id) ?? { x: n.x, y: n.y };
      return { ...n, x: Math.round(p.x), y: Math.round(p.y) };
    }),
  };
}

type Positions = Map<string, { x: number; y: number }>;

function neighbours(doc: MapDocument): Map<string, string[]> {
  const map = new Map<string, string[]>(doc.nodes.map((n) => [n.id, []]));
  for (const tie of doc.ties) {
    if (!map.has(tie.from) || !map.has(tie.to)) continue;
    map.get(tie.from)!.push(tie.to);
    map.get(tie.to)!.push(tie.from);
  }
  return map;
}

/** The centre: the focal household, else the focal node, else the most connected node. */
function centreOf(doc: MapDocument, links: Map<string, string[]>): string[] {
  const household = doc.households.find((h) => h.focal && h.nodeIds.length > 0);
  const ids = new Set(doc.nodes.map((n) => n.id));
  if (household) return household.nodeIds.filter((id) => ids.has(id));
  const focal = doc.nodes.find((n) => n.focal);
  if (focal) return [focal.id];
  let best: MapNode | undefined;
  for (const node of doc.nodes)
    if (!best || links.get(node.id)!.length > links.get(best.id)!.length) best = node;
  return best ? [best.id] : [];
}

function ring(ids: readonly string[], radius: number, positions: Positions, offset = -Math.PI / 2): void {
  ids.forEach((id, i) => {
    const angle = offset + (2 * Math.PI * i) / ids.length;
    positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

/** A ring big enough that neighbours on it are `node` apart. */
function ringRadius(count: number, atLeast: number): number {
  return Math.max(atLeast, (count * layoutSpacing.node) / (2 * Math.PI));
}

/** How many people fit on a ring of this radius, `node` apart. */
function ringCapacity(radius: number): number {
  return Math.max(6, Math.floor((2 * Math.PI * radius) / layoutSpacing.node));
}

/**
 * People on rings from `radius` outwards: one ring, a little larger if need be, for up to
 * twice what the first ring holds; beyond that, rings one after another, each filled, so a
 * map of hundreds stays a disc a few rings deep rather than one vast circle. Each ring is
 * turned half a step from the last, so its people sit between those of the ring inside.
 * Returns the radius of the outermost ring.
 */
function rings(ids: readonly string[], radius: number, positions: Positions, turn: number): number {
  if (ids.length === 0) return radius - layoutSpacing.ringGap;
  if (ids.length <= 2 * ringCapacity(radius)) {
    const single = ringRadius(ids.length, radius);
    ring(ids, single, positions, -Math.PI / 2 + (turn * Math.PI) / Math.max(1, ids.length));
    return single;
  }
  let start = 0;
  let current = radius;
  for (let k = 0; start < ids.length; k += 1) {
    const count = Math.min(ringCapacity(current), ids.length - start);
    const half = (k + turn) % 2 === 1 ? Math.PI / count : 0;
    ring(ids.slice(start, start + count), current, positions, -Math.PI / 2 + half);
    start += count;
    current += layoutSpacing.ringGap;
  }
  return current - layoutSpacing.ringGap;
}

function radialPositions(doc: MapDocument): Positions {
  const positions: Positions = new Map();
  const links = neighbours(doc);
  const centre = centreOf(doc, links);
  const centreSet = new Set(centre);
  if (centre.length === 1) positions.set(centre[0]!, { x: 0, y: 0 });
  else ring(centre, Math.max(60, (centre.length * 110) / (2 * Math.PI)), positions);
  const innerRadius = centre.length > 1 ? Math.max(60, (centre.length * 110) / (2 * Math.PI)) : 0;

  const first = doc.nodes
    .filter((n) => !centreSet.has(n.id) && links.get(n.id)!.some((m) => centreSet.has(m)))
    .map((n) => n.id);
  const firstSet = new Set(first);
  const rest = doc.nodes.filter((n) => !centreSet.has(n.id) && !firstSet.has(n.id)).map((n) => n.id);
  const firstRadius = rings(first, innerRadius + layoutSpacing.ringGap, positions, 0);
  // Those not tied to the centre sit further out, between the people of the ring inside.
  rings(rest, firstRadius + layoutSpacing.ringGap, positions, 1);
  return positions;
}

/**
 * Generation of each node: a child is one below its lowest parent, partners share a row.
 * Repeated relaxation, capped, so even a document with a cycle (which validation refuses)
 * cannot loop forever.
 */
function generations(doc: MapDocument): Map<string, number> {
  const gen = new Map(doc.nodes.map((n) => [n.id, 0]));
  for (let round = 0; round <= doc.nodes.length; round += 1) {
    let changed = false;
    for (const tie of doc.ties) {
      if (!gen.has(tie.from) || !gen.has(tie.to)) continue;
      const a = gen.get(tie.from)!;
      const b = gen.get(tie.to)!;
      if (tie.kind === 'parent' && b < a + 1) {
        gen.set(tie.to, a + 1);
        changed = true;
      } else if (tie.kind === 'couple' && a !== b) {
        gen.set(a < b ? tie.from : tie.to, Math.max(a, b));
        changed = true;
      }
    }
    if (!changed) break;
  }
  return gen;
}

function generationPositions(doc: MapDocument): Positions {
  const positions: Positions = new Map();
  const gen = generations(doc);
  const order = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const parentsOf = new Map<string, string[]>();
  const partnersOf = new Map<string, string[]>();
  for (const tie of doc.ties) {
    if (!byId.has(tie.from) || !byId.has(tie.to)) continue;
    if (tie.kind === 'parent') parentsOf.set(tie.to, [...(parentsOf.get(tie.to) ?? []), tie.from]);
    if (tie.kind === 'couple') {
      partnersOf.set(tie.from, [...(partnersOf.get(tie.from) ?? []), tie.to]);
      partnersOf.set(tie.to, [...(partnersOf.get(tie.to) ?? []), tie.from]);
    }
  }
  const rows = Math.max(0, ...gen.values());
  const rowY = rowHeights(doc, gen, rows);
  const sequences: string[][] = [];
  for (let g = 0; g <= rows; g += 1) {
    const row = doc.nodes.filter((n) => gen.get(n.id) === g);
    // Where each person would like to be: under the middle of their parents.
    const wanted = new Map<string, number>();
    for (const node of row) {
      const placed = (parentsOf.get(node.id) ?? [])
        .map((p) => positions.get(p))
        .filter((p) => p !== undefined);
      if (placed.length > 0) wanted.set(node.id, placed.reduce((s, p) => s + p.x, 0) / placed.length);
    }
    // A partner who married in sits by the partner who has parents on the map.
    for (const node of row)
      if (!wanted.has(node.id)) {
        const partner = (partnersOf.get(node.id) ?? []).find((p) => wanted.has(p));
        if (partner !== undefined) wanted.set(node.id, wanted.get(partner)! + 0.5);
      }
    const sorted = [...row].sort((a, b) => compareInRow(a, b, wanted, order));
    // Couples side by side: each person is followed by their partners in the same row.
    const sequence: string[] = [];
    const seen = new Set<string>();
    // Someone with two partners sits between them (an earlier partner on the left).
    for (const node of sorted) {
      if (seen.has(node.id)) continue;
      const partners = (partnersOf.get(node.id) ?? []).filter((p) => !seen.has(p) && gen.get(p) === g);
      const left = partners.length >= 2 ? partners.slice(0, 1) : [];
      const right = partners.slice(left.length);
      for (const id of [...left, node.id, ...right]) {
        sequence.push(id);
        seen.add(id);
      }
    }
    placeRow(sequence, rowY[g]!, wanted, parentsOf, positions);
    sequences.push(sequence);
  }
  centreAncestors(sequences, parentsOf, partnersOf, positions);
  return positions;
}

/**
 * Rows are placed top-down, so people with no parents on the map (the grandparents) start at
 * the left. Bottom-up, each such couple moves over the middle of their children when that
 * keeps them clear of their neighbours in the row.
 */
function centreAncestors(
  sequences: readonly string[][],
  parentsOf: Map<string, string[]>,
  partnersOf: Map<string, string[]>,
  positions: Positions,
): void {
  const childrenOf = new Map<string, string[]>();
  for (const [child, parents] of parentsOf)
    for (const p of parents) childrenOf.set(p, [...(childrenOf.get(p) ?? []), child]);
  for (let g = sequences.length - 2; g >= 0; g -= 1) {
    const row = sequences[g]!;
    let i = 0;
    while (i < row.length) {
      // A unit: a person and the partners placed right after them.
      let end = i + 1;
      while (end < row.length && (partnersOf.get(row[end - 1]!) ?? []).includes(row[end]!)) end += 1;
      const unit = row.slice(i, end);
      const children = [...new Set(unit.flatMap((id) => childrenOf.get(id) ?? []))];
      if (children.length > 0 && unit.every((id) => !parentsOf.has(id))) {
        const xs = (ids: string[]) => ids.map((id) => positions.get(id)!.x);
        const target = (Math.min(...xs(children)) + Math.max(...xs(children))) / 2;
        const shift = target - (Math.min(...xs(unit)) + Math.max(...xs(unit))) / 2;
        const left = i > 0 ? positions.get(row[i - 1]!)!.x + layoutSpacing.node : Number.NEGATIVE_INFINITY;
        const right =
          end < row.length ? positions.get(row[end]!)!.x - layoutSpacing.node : Number.POSITIVE_INFINITY;
        if (Math.min(...xs(unit)) + shift >= left && Math.max(...xs(unit)) + shift <= right)
          for (const id of unit) positions.get(id)!.x += shift;
      }
      i = end;
    }
  }
}

function compareInRow(
  a: MapNode,
  b: MapNode,
  wanted: Map<string, number>,
  order: Map<string, number>,
): number {
  const wa = wanted.get(a.id) ?? Number.POSITIVE_INFINITY;
  const wb = wanted.get(b.id) ?? Number.POSITIVE_INFINITY;
  if (wa !== wb) return wa < wb ? -1 : 1;
  const oa = a.birthOrder ?? Number.POSITIVE_INFINITY;
  const ob = b.birthOrder ?? Number.POSITIVE_INFINITY;
  if (oa !== ob) return oa < ob ? -1 : 1;
  const ya = a.birthYear ?? Number.POSITIVE_INFINITY;
  const yb = b.birthYear ?? Number.POSITIVE_INFINITY;
  if (ya !== yb) return ya < yb ? -1 : 1;
  return order.get(a.id)! - order.get(b.id)!;
}

/**
 * Left to right, each at least `node` from the previous one; a group of siblings is centred
 * under their parents when there is room.
 */
function placeRow(
  sequence: readonly string[],
  y: number,
  wanted: Map<string, number>,
  parentsOf: Map<string, string[]>,
  positions: Positions,
): void {
  const gap = layoutSpacing.node;
  const key = (id: string) => [...(parentsOf.get(id) ?? [])].sort().join('|');
  let previous = Number.NEGATIVE_INFINITY;
  let i = 0;
  while (i < sequence.length) {
    const id = sequence[i]!;
    const parents = key(id);
    // The siblings (and the partners placed among them) that follow share this start.
    let end = i + 1;
    if (parents !== '')
      while (
        end < sequence.length &&
        (key(sequence[end]!) === parents || (!parentsOf.has(sequence[end]!) && wanted.has(sequence[end]!)))
      )
        end += 1;
    const group = sequence.slice(i, end);
    const centre = wanted.get(id);
    const start = centre === undefined ? previous + gap : centre - ((group.length - 1) * gap) / 2;
    for (const [index, member] of group.entries()) {
      const x = Number.isFinite(previous)
        ? Math.max(start + index * gap, previous + gap)
        : start + index * gap;
      positions.set(member, { x: Number.isFinite(x) ? x : 0, y });
      previous = positions.get(member)!.x;
    }
    i = end;
  }
}
