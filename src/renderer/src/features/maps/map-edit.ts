/**
 * The editor's changes to a map document, as pure functions: add a person or system, connect
 * two of them, move, relabel, change a tie, delete (a node takes its ties with it). Each
 * returns a new document, so undo is just the previous one. Generic over the node type, so
 * the editor can keep resolved names on its nodes while editing.
 */
import type {
  Household,
  MapKind,
  MapNode,
  MapTie,
  TieKind,
} from '../../../../shared/domain/relationship-map';

export interface Doc<N extends MapNode = MapNode> {
  nodes: N[];
  ties: MapTie[];
  households: Household[];
}

/** Where a new node goes: to the right of everything on the map, so it is easy to find. */
export function freeSpot(doc: Doc): { x: number; y: number } {
  if (doc.nodes.length === 0) return { x: 0, y: 0 };
  const right = Math.max(...doc.nodes.map((n) => n.x));
  const top = Math.min(...doc.nodes.map((n) => n.y));
  return { x: right + 160, y: top };
}

export function addNode<N extends MapNode>(doc: Doc<N>, node: N): Doc<N> {
  return { ...doc, nodes: [...doc.nodes, node] };
}

/** A new tie of the given kind with the usual defaults; the facilitator then adjusts it. */
export function newTie(id: string, kind: TieKind, from: string, to: string): MapTie {
  const base = { id, from, to, label: '', note: '' };
  switch (kind) {
    case 'ecomap':
      return { ...base, kind, quality: 'moderate', direction: 'none' };
    case 'couple':
      return { ...base, kind, status: 'married', startYear: null, endYear: null };
    case 'parent':
      return { ...base, kind };
    case 'emotional':
      return { ...base, kind, emotion: 'close' };
  }
}

/** The tie kind a new connection gets on each kind of map. */
export function defaultTieKind(kind: MapKind): TieKind {
  return kind === 'ecomap' ? 'ecomap' : 'emotional';
}

export function addTie<N extends MapNode>(doc: Doc<N>, tie: MapTie): Doc<N> {
  return { ...doc, ties: [...doc.ties, tie] };
}

export function updateNode<N extends MapNode>(doc: Doc<N>, id: string, change: Partial<N>): Doc<N> {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, ...change } : n)) };
}

/**
 * Changes a tie. A new kind keeps its ends, label and note and takes that kind's defaults;
 * otherwise the given fields replace the old ones.
 */
export function updateTie<N extends MapNode>(
  doc: Doc<N>,
  id: string,
  change: { kind?: TieKind } & Record<string, unknown>,
): Doc<N> {
  return {
    ...doc,
    ties: doc.ties.map((t) => {
      if (t.id !== id) return t;
      if (change.kind && change.kind !== t.kind) {
        return { ...newTie(t.id, change.kind, t.from, t.to), label: t.label, note: t.note };
      }
      return { ...t, ...change } as MapTie;
    }),
  };
}

export function moveNodes<N extends MapNode>(
  doc: Doc<N>,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): Doc<N> {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const p = positions.get(n.id);
      return p ? { ...n, x: Math.round(p.x), y: Math.round(p.y) } : n;
    }),
  };
}

/** Deletes nodes (with every tie touching them and their place in households) and ties. */
export function remove<N extends MapNode>(
  doc: Doc<N>,
  nodeIds: ReadonlySet<string>,
  tieIds: ReadonlySet<string>,
): Doc<N> {
  return {
    nodes: doc.nodes.filter((n) => !nodeIds.has(n.id)),
    ties: doc.ties.filter((t) => !tieIds.has(t.id) && !nodeIds.has(t.from) && !nodeIds.has(t.to)),
    households: doc.households
      .map((h) => ({ ...h, nodeIds: h.nodeIds.filter((id) => !nodeIds.has(id)) }))
      .filter((h) => h.nodeIds.length > 0),
  };
}

/** Keeps the layout's positions for every node, leaving names and everything else as they are. */
export function withPositionsFrom<N extends MapNode>(doc: Doc<N>, laidOut: Doc): Doc<N> {
  const at = new Map(laidOut.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  return moveNodes(doc, at);
}
