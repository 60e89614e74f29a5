/**
 * How a map document is kept in the vault: as JSON without the fields that only repeat the
 * contract's defaults (a node with no sex, birth year or note; a tie with no label), read
 * back with those defaults filled in. A 500-person map is then about half the size on disk,
 * so each autosave writes half the pages. Documents stored in full read the same. Only the
 * contract's defaults (schemas/maps.ts) are left out: they cannot change under stored maps.
 *
 * The document last read or written for a map is kept with its version (a digest of what is
 * stored) while the vault is open, so an autosave of one moved person neither parses nor
 * serialises the other 499 again: unchanged items keep their JSON (the row is still written
 * whole). It is checked against what is stored on every read, and goes with the database
 * handle when the vault locks.
 */
import { createHash } from 'node:crypto';
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

/** Each item's stored JSON, kept while the item object lives (items are never changed in place). */
const itemJson = new WeakMap<object, string>();

function jsonOf<T extends object>(item: T, defaults: Partial<T>): string {
  let json = itemJson.get(item);
  if (json === undefined) {
    json = JSON.stringify(withoutDefaults(item, defaults));
    itemJson.set(item, json);
  }
  return json;
}

export function storedJson(doc: MapDocument): string {
  const nodes = doc.nodes.map((n) => jsonOf(n, nodeDefaults));
  const ties = doc.ties.map((t) => jsonOf(t, newTieDefaults(t.kind) as Partial<typeof t>));
  const households = doc.households.map((h) => jsonOf(h, householdDefaults));
  return `{"nodes":[${nodes.join(',')}],"ties":[${ties.join(',')}],"households":[${households.join(',')}]}`;
}

export function parseStored(json: string): MapDocument {
  const doc = JSON.parse(json) as Partial<Record<keyof MapDocument, object[]>>;
  return {
    nodes: (doc.nodes ?? []).map((n) => ({ ...nodeDefaults, ...n }) as MapNode),
    ties: (doc.ties ?? []).map((t) => ({ ...newTieDefaults((t as MapTie).kind), ...t }) as unknown as MapTie),
    households: (doc.households ?? []).map((h) => ({ ...householdDefaults, ...h }) as Household),
  };
}

/** The version of a stored document: changes only when the document does. */
export function revisionOf(json: string): string {
  return createHash('sha256').update(json).digest('base64url').slice(0, 22);
}

interface Known {
  revision: string;
  document: MapDocument;
}

/** A few maps per open vault (the one in the editor, mostly); keyed by the database handle. */
const known = new WeakMap<object, Map<string, Known>>();
const KEPT = 4;

function knownFor(db: object): Map<string, Known> {
  let maps = known.get(db);
  if (!maps) {
    maps = new Map();
    known.set(db, maps);
  }
  return maps;
}

/**
 * The stored document of a map and its version, from `json` as read from the vault. The
 * same objects as last time when nothing changed; callers never change them in place.
 */
export function readStored(db: object, mapId: string, json: string): Known {
  const revision = revisionOf(json);
  const maps = knownFor(db);
  const hit = maps.get(mapId);
  if (hit && hit.revision === revision) return hit;
  const read = { revision, document: parseStored(json) };
  remember(maps, mapId, read);
  return read;
}

/** After a write: the document just stored, under the version of `json`. */
export function rememberStored(db: object, mapId: string, json: string, document: MapDocument): string {
  const revision = revisionOf(json);
  remember(knownFor(db), mapId, { revision, document });
  return revision;
}

export function forgetStored(db: object, mapId: string): void {
  known.get(db)?.delete(mapId);
}

function remember(maps: Map<string, Known>, mapId: string, entry: Known): void {
  maps.delete(mapId);
  maps.set(mapId, entry);
  while (maps.size > KEPT) maps.delete(maps.keys().next().value!);
}
