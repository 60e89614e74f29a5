/**
 * What changed between two versions of a map (a snapshot before a conference and one after):
 * people added and removed, ties added, removed and changed. Ties are matched by id first;
 * a tie that was deleted and redrawn between the same two people (same kind) counts as
 * changed, not as removed plus added, because that is what the facilitator sees.
 */
import { tieDescription, type MapTie, type ResolvedMapDocument } from './relationship-map';

export interface DiffNode {
  nodeId: string;
  name: string;
}

export interface DiffTie {
  tieId: string;
  kind: MapTie['kind'];
  fromName: string;
  toName: string;
  description: string;
}

export interface ChangedTie {
  beforeId: string;
  afterId: string;
  kind: MapTie['kind'];
  fromName: string;
  toName: string;
  before: string;
  after: string;
  changes: string[];
}

export interface MapDiff {
  peopleAdded: DiffNode[];
  peopleRemoved: DiffNode[];
  tiesAdded: DiffTie[];
  tiesRemoved: DiffTie[];
  tiesChanged: ChangedTie[];
}

/** Fields compared per tie kind, with the word shown for a change. */
function tieChanges(a: MapTie, b: MapTie): string[] {
  const changes: string[] = [];
  if (a.kind === 'ecomap' && b.kind === 'ecomap') {
    if (a.quality !== b.quality) changes.push('quality');
    if (a.direction !== b.direction || (a.direction === 'one_way' && a.from !== b.from))
      changes.push('direction');
  }
  if (a.kind === 'couple' && b.kind === 'couple') {
    if (a.status !== b.status) changes.push('status');
    if (a.startYear !== b.startYear || a.endYear !== b.endYear) changes.push('years');
  }
  if (a.kind === 'emotional' && b.kind === 'emotional' && a.emotion !== b.emotion) changes.push('emotion');
  if (a.kind !== b.kind) changes.push('kind');
  if (a.label !== b.label) changes.push('label');
  if (a.note !== b.note) changes.push('note');
  return changes;
}

function endpointKey(tie: MapTie): string {
  const [x, y] = tie.from < tie.to ? [tie.from, tie.to] : [tie.to, tie.from];
  return `${tie.kind}:${x}|${y}`;
}

/** The identity of a node across versions: the case person if any, else the node id. */
function nodeKey(node: { id: string; personId: string | null }): string {
  return node.personId !== null ? `person:${node.personId}` : `node:${node.id}`;
}

export function diffDocuments(before: ResolvedMapDocument, after: ResolvedMapDocument): MapDiff {
  const beforeKeys = new Map(before.nodes.map((n) => [nodeKey(n), n]));
  const afterKeys = new Map(after.nodes.map((n) => [nodeKey(n), n]));
  const peopleAdded = after.nodes
    .filter((n) => !beforeKeys.has(nodeKey(n)))
    .map((n) => ({ nodeId: n.id, name: n.name }));
  const peopleRemoved = before.nodes
    .filter((n) => !afterKeys.has(nodeKey(n)))
    .map((n) => ({ nodeId: n.id, name: n.name }));

  const beforeNames = new Map(before.nodes.map((n) => [n.id, n.name]));
  const afterNames = new Map(after.nodes.map((n) => [n.id, n.name]));
  const describe = (tie: MapTie, names: Map<string, string>): DiffTie => ({
    tieId: tie.id,
    kind: tie.kind,
    fromName: names.get(tie.from) ?? '',
    toName: names.get(tie.to) ?? '',
    description: tieDescription(tie),
  });

  // Compare ties by the identity of their ends, so a node re-added with a new id still matches.
  const beforeNodeKey = new Map(before.nodes.map((n) => [n.id, nodeKey(n)]));
  const afterNodeKey = new Map(after.nodes.map((n) => [n.id, nodeKey(n)]));
  const stableEnds = (tie: MapTie, keys: Map<string, string>): string =>
    endpointKey({ ...tie, from: keys.get(tie.from) ?? tie.from, to: keys.get(tie.to) ?? tie.to });

  const unmatchedAfter = new Map(after.ties.map((t) => [t.id, t]));
  const pairs: [MapTie, MapTie][] = [];
  const leftBefore: MapTie[] = [];
  for (const tie of before.ties) {
    const same = unmatchedAfter.get(tie.id);
    if (same && stableEnds(same, afterNodeKey) === stableEnds(tie, beforeNodeKey)) {
      pairs.push([tie, same]);
      unmatchedAfter.delete(tie.id);
    } else leftBefore.push(tie);
  }
  const tiesRemoved: DiffTie[] = [];
  for (const tie of leftBefore) {
    const key = stableEnds(tie, beforeNodeKey);
    const match = [...unmatchedAfter.values()].find((t) => stableEnds(t, afterNodeKey) === key);
    if (match) {
      pairs.push([tie, match]);
      unmatchedAfter.delete(match.id);
    } else tiesRemoved.push(describe(tie, beforeNames));
  }
  const tiesAdded = [...unmatchedAfter.values()].map((t) => describe(t, afterNames));
  const tiesChanged: ChangedTie[] = [];
  for (const [a, b] of pairs) {
    const changes = tieChanges(a, b);
    if (changes.length === 0) continue;
    tiesChanged.push({
      beforeId: a.id,
      afterId: b.id,
      kind: b.kind,
      fromName: afterNames.get(b.from) ?? '',
      toName: afterNames.get(b.to) ?? '',
      before: tieDescription(a),
      after: tieDescription(b),
      changes,
    });
  }
  return { peopleAdded, peopleRemoved, tiesAdded, tiesRemoved, tiesChanged };
}
