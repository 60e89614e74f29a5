/**
 * How a map document is kept in the vault: as JSON without the fields that only repeat the
 * contract's defaults (a node with no sex, birth year or note; a tie with no label), read
 * back with those defaults filled in. A 500-person map is then about half the size on disk,
 * so each autosave writes half the pages. Documents stored in full read the same. Only the
 * contract's defaults (schemas/maps.ts) are left out: they cannot change under stored maps.
 */
import type {
  Household,
  MapDocument,
  MapNode,
  MapTie,
  TieKind,
} from '../../../shared/domain/relationship-map';

const nodeDefaults: Omit<MapNode, 'id'> = {
  personId: null,
  label: '',
  kind: 'person',
  x: 0,
  y: 0,
  sex: null,
  deceased: false,
  focal: false,
  birthYear: null,
  birthOrder: null,
  note: '',
};
const tieDefaults: Record<TieKind, Record<string, unknown>> = {
  ecomap: { label: '', note: '', direction: 'none' },
  couple: { label: '', note: '', startYear: null, endYear: null },
  parent: { label: '', note: '' },
  emotional: { label: '', note: '' },
};
const householdDefaults: Omit<Household, 'id' | 'nodeIds'> = { label: '', focal: false };
const newTieDefaults = (kind: TieKind) => tieDefaults[kind] ?? {};

/** `item` without the fields equal to `defaults` (every other field kept as it is). */
function withoutDefaults<T extends object>(item: T, defaults: Partial<T>): Partial<T> {
  const kept: Partial<T> = {};
  for (const key of Object.keys(item) as (keyof T)[])
    if (!(key in defaults) || item[key] !== defaults[key]) kept[key] = item[key];
  return kept;
}

export function storedJson(doc: MapDocument): string {
  return JSON.stringify({
    nodes: doc.nodes.map((n) => withoutDefaults(n, nodeDefaults)),
    ties: doc.ties.map((t) => withoutDefaults(t, newTieDefaults(t.kind) as Partial<typeof t>)),
    households: doc.households.map((h) => withoutDefaults(h, householdDefaults)),
  });
}

export function parseStored(json: string): MapDocument {
  const doc = JSON.parse(json) as Partial<Record<keyof MapDocument, object[]>>;
  return {
    nodes: (doc.nodes ?? []).map((n) => ({ ...nodeDefaults, ...n }) as MapNode),
    ties: (doc.ties ?? []).map((t) => ({ ...newTieDefaults((t as MapTie).kind), ...t }) as unknown as MapTie),
    households: (doc.households ?? []).map((h) => ({ ...householdDefaults, ...h }) as Household),
  };
}
