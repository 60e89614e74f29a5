/**
 * What changed between two versions of a map document, and the same change applied to the
 * stored one: the editor's autosave sends only this (a moved person is one node, not the
 * whole 500-person map), and the main process rebuilds the whole document from it, checks it
 * against the map rules and saves it, or refuses it whole. Pure and unit-tested.
 */
import type { Household, MapDocument, MapNode, MapTie } from './relationship-map';

/** Items replaced or added (`put`), taken away (`remove`), and every id in order when it moved. */
export interface ListChanges<T> {
  put: T[];
  remove: string[];
  /** Null unless the order changed some other way than adding at the end (an undone removal). */
  order: string[] | null;
}

export interface DocumentChanges<N extends MapNode = MapNode> {
  nodes: ListChanges<N>;
  ties: ListChanges<MapTie>;
  households: ListChanges<Household>;
}

interface AnyDocument<N extends MapNode> {
  nodes: readonly N[];
  ties: readonly MapTie[];
  households: readonly Household[];
}

function sameItem(a: object, b: object): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof typeof a)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

function listChanges<T extends { id: string }>(before: readonly T[], after: readonly T[]): ListChanges<T> {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Set(after.map((item) => item.id));
  const put = after.filter((item) => {
    const was = old.get(item.id);
    return !was || !sameItem(was, item);
  });
  const remove = before.filter((item) => !now.has(item.id)).map((item) => item.id);
  const expected = [
    ...before.filter((item) => now.has(item.id)),
    ...after.filter((item) => !old.has(item.id)),
  ];
  const moved = expected.some((item, i) => item.id !== after[i]!.id);
  return { put, remove, order: moved ? after.map((item) => item.id) : null };
}

/** The changes that turn `before` into `after`; items are compared by id, then by value. */
export function documentChanges<N extends MapNode>(
  before: AnyDocument<N>,
  after: AnyDocument<N>,
): DocumentChanges<N> {
  return {
    nodes: listChanges(before.nodes, after.nodes),
    ties: listChanges(before.ties, after.ties),
    households: listChanges(before.households, after.households),
  };
}

export function hasChanges(changes: DocumentChanges<MapNode>): boolean {
  return [changes.nodes, changes.ties, changes.households].some(
    (c) => c.put.length > 0 || c.remove.length > 0 || c.order !== null,
  );
}

/** How many items a change carries: the editor sends the whole map instead past a point. */
export function changeSize(changes: DocumentChanges<MapNode>): number {
  return [changes.nodes, changes.ties, changes.households].reduce(
    (sum, c) => sum + c.put.length + c.remove.length + (c.order?.length ?? 0),
    0,
  );
}

export class ChangeOrderError extends Error {
  constructor(readonly list: 'nodes' | 'ties' | 'households') {
    super(`The order given for the map's ${list} does not match them.`);
  }
}

function applyList<T extends { id: string }>(
  list: readonly T[],
  changes: ListChanges<T>,
  name: 'nodes' | 'ties' | 'households',
): T[] {
  const removed = new Set(changes.remove);
  const replacements = new Map(changes.put.map((item) => [item.id, item]));
  const kept = list.filter((item) => !removed.has(item.id));
  const known = new Set(kept.map((item) => item.id));
  const result = [
    ...kept.map((item) => replacements.get(item.id) ?? item),
    // New items, in the order given; an id twice stays twice, for the rules to refuse.
    ...changes.put.filter((item) => !known.has(item.id)),
  ];
  if (changes.order === null) return result;
  const byId = new Map(result.map((item) => [item.id, item]));
  if (changes.order.length !== result.length || new Set(changes.order).size !== byId.size)
    throw new ChangeOrderError(name);
  return changes.order.map((id) => {
    const item = byId.get(id);
    if (!item) throw new ChangeOrderError(name);
    return item;
  });
}

/** `doc` with the changes made; throws ChangeOrderError when a given order does not fit. */
export function applyChanges(doc: MapDocument, changes: DocumentChanges): MapDocument {
  return {
    nodes: applyList(doc.nodes, changes.nodes, 'nodes'),
    ties: applyList(doc.ties, changes.ties, 'ties'),
    households: applyList(doc.households, changes.households, 'households'),
  };
}
