/**
 * The rules a map document must keep, as a pure function: the service refuses a save that
 * breaks one (nothing written) and the editor checks the same rules before autosaving, so the
 * facilitator sees the problem in plain words with the people's names.
 */
import { tieKindsByMap, type MapDocument, type MapKind, type MapTie, type TieKind } from './relationship-map';

export interface MapProblem {
  message: string;
  nodeIds: string[];
  tieIds: string[];
}

/** How a node is named in a message; the service passes resolved names, tests pass labels. */
export type NameOf = (nodeId: string) => string;

const tieWords: Record<TieKind, string> = {
  ecomap: 'a relationship line',
  couple: 'a couple line',
  parent: 'a parent and child line',
  emotional: 'an emotional relationship line',
};

function pairKey(tie: MapTie): string {
  const [a, b] = tie.from < tie.to ? [tie.from, tie.to] : [tie.to, tie.from];
  // A parent line has a direction: parent -> child is not the same as child -> parent.
  return tie.kind === 'parent' ? `${tie.kind}:${tie.from}>${tie.to}` : `${tie.kind}:${a}|${b}`;
}

/** Every problem in the document, in a stable order (the first is what a save reports). */
export function validateMapDocument(kind: MapKind, doc: MapDocument, nameOf: NameOf): MapProblem[] {
  const problems: MapProblem[] = [];
  const add = (message: string, nodeIds: string[] = [], tieIds: string[] = []) =>
    problems.push({ message, nodeIds, tieIds });

  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const seenIds = new Set<string>();
  for (const item of [...doc.nodes, ...doc.ties, ...doc.households]) {
    if (seenIds.has(item.id)) add('Two items on the map share an identifier. Reload the map and try again.');
    seenIds.add(item.id);
  }

  const byPerson = new Map<string, string>();
  for (const node of doc.nodes) {
    if (node.personId === null) {
      if (node.label.trim() === '') add('Every person or system added to the map needs a name.', [node.id]);
      continue;
    }
    const other = byPerson.get(node.personId);
    if (other !== undefined) add(`${nameOf(node.id)} is on the map twice.`, [other, node.id]);
    byPerson.set(node.personId, node.id);
  }

  const allowed = tieKindsByMap[kind];
  const seenPairs = new Set<string>();
  const goodTies: MapTie[] = [];
  for (const tie of doc.ties) {
    if (!nodes.has(tie.from) || !nodes.has(tie.to)) {
      add('A tie needs two people on the map: one end of it is missing.', [], [tie.id]);
      continue;
    }
    if (tie.from === tie.to) {
      add(
        `A tie needs two different people: this one joins ${nameOf(tie.from)} to themselves.`,
        [tie.from],
        [tie.id],
      );
      continue;
    }
    if (!allowed.includes(tie.kind)) {
      const other = tieKindsByMap.ecomap.includes(tie.kind) ? 'an ecomap' : 'a genogram';
      add(`${capitalise(tieWords[tie.kind])} belongs on ${other}, not on this ${kind}.`, [], [tie.id]);
      continue;
    }
    const key = pairKey(tie);
    if (seenPairs.has(key)) {
      add(
        `${nameOf(tie.from)} and ${nameOf(tie.to)} already have ${tieWords[tie.kind]}.`,
        [tie.from, tie.to],
        [tie.id],
      );
      continue;
    }
    seenPairs.add(key);
    if (tie.kind === 'couple' || tie.kind === 'parent') {
      const system = [tie.from, tie.to].find((id) => nodes.get(id)!.kind === 'system');
      if (system !== undefined) {
        add(`${nameOf(system)} is a system, so it cannot be on ${tieWords[tie.kind]}.`, [system], [tie.id]);
        continue;
      }
    }
    if (
      tie.kind === 'couple' &&
      tie.startYear !== null &&
      tie.endYear !== null &&
      tie.endYear < tie.startYear
    ) {
      add(
        `The couple line between ${nameOf(tie.from)} and ${nameOf(tie.to)} ends (${tie.endYear}) before it starts (${tie.startYear}).`,
        [tie.from, tie.to],
        [tie.id],
      );
      continue;
    }
    goodTies.push(tie);
  }

  // Family lines keep the same rules on either kind of map.
  problems.push(...familyProblems(goodTies, nameOf));

  for (const household of doc.households) {
    if (household.nodeIds.some((id) => !nodes.has(id)))
      add(
        `The household ${household.label || ''} includes someone who is not on the map.`.replace('  ', ' '),
      );
  }

  const focalNodes = doc.nodes.filter((n) => n.focal);
  const focalHouseholds = doc.households.filter((h) => h.focal);
  if (kind === 'ecomap' && focalNodes.length + focalHouseholds.length > 1)
    add(
      'Only one person or household can be at the centre of an ecomap.',
      focalNodes.map((n) => n.id),
    );
  return problems;
}

/** A child has at most two parents, two parents are a couple, and no one is their own ancestor. */
function familyProblems(ties: readonly MapTie[], nameOf: NameOf): MapProblem[] {
  const problems: MapProblem[] = [];
  const parentsOf = new Map<string, string[]>();
  const couples = new Set<string>();
  for (const tie of ties) {
    if (tie.kind === 'parent') parentsOf.set(tie.to, [...(parentsOf.get(tie.to) ?? []), tie.from]);
    if (tie.kind === 'couple') couples.add(pairKey(tie));
  }
  for (const [child, parents] of parentsOf) {
    const parentTies = ties.filter((t) => t.kind === 'parent' && t.to === child).map((t) => t.id);
    if (parents.length > 2) {
      problems.push({
        message: `${nameOf(child)} has ${parents.length} parents on the map; a child can have at most two.`,
        nodeIds: [child, ...parents],
        tieIds: parentTies,
      });
    } else if (parents.length === 2) {
      const [a, b] = parents[0]! < parents[1]! ? parents : [parents[1]!, parents[0]!];
      if (!couples.has(`couple:${a}|${b}`))
        problems.push({
          message: `${possessive(nameOf(child))} parents must be a couple or a single parent: draw a couple line between ${nameOf(parents[0]!)} and ${nameOf(parents[1]!)} first.`,
          nodeIds: [child, ...parents],
          tieIds: parentTies,
        });
    }
  }
  const cycle = findAncestryCycle(parentsOf);
  if (cycle)
    problems.push({
      message: `${nameOf(cycle)} cannot be their own ancestor: the parent and child lines go round in a circle.`,
      nodeIds: [cycle],
      tieIds: [],
    });
  return problems;
}

/** The first node (in a stable order) that is its own ancestor, or null. */
function findAncestryCycle(parentsOf: ReadonlyMap<string, readonly string[]>): string | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string): string | null => {
    const seen = state.get(node);
    if (seen === 'done') return null;
    if (seen === 'visiting') return node;
    state.set(node, 'visiting');
    for (const parent of parentsOf.get(node) ?? []) {
      const found = visit(parent);
      if (found !== null) return found;
    }
    state.set(node, 'done');
    return null;
  };
  for (const child of [...parentsOf.keys()].sort()) {
    const found = visit(child);
    if (found !== null) return found;
  }
  return null;
}

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Names for messages straight from a document (map-only labels, or a fallback). */
export function labelNames(doc: { nodes: readonly { id: string; label: string; name?: string }[] }): NameOf {
  const names = new Map(doc.nodes.map((n) => [n.id, n.name ?? n.label]));
  return (id) => names.get(id) || 'Someone';
}
