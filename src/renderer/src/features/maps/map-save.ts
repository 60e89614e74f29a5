/**
 * The map editor's autosave: what changed since the last version saved (map:change), or the
 * whole map when there is no such version to build on or the change is most of the map. The
 * main process rebuilds, checks and stores the map either way; sending the change keeps each
 * save of a 500-person map small (one moved person, not 200 kB).
 */
import type { MapNode, ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import { changeSize, documentChanges, hasChanges } from '../../../../shared/domain/relationship-map-changes';
import type { MapView, SavedMap } from '../../../../shared/schemas/maps';
import { attempt, call } from '../../lib/api';
import { queryCache, setQueryData } from '../../lib/query';
import type { Doc } from './map-edit';

/** The last version the main process has stored, as the editor holds it. */
export interface SavedVersion {
  doc: Doc<ResolvedMapNode>;
  revision: string;
}

/** Past this many items, a change is sent as the whole map (simpler for both ends, as quick). */
const CHANGE_LIMIT = 400;

/** Only what is stored: a node's resolved name and roles stay in the renderer. */
function stored(node: ResolvedMapNode): MapNode {
  const { name: _name, roles: _roles, ...rest } = node;
  return rest;
}

export async function saveMap(
  view: MapView,
  last: SavedVersion,
  next: Doc<ResolvedMapNode>,
): Promise<SavedVersion> {
  const mapId = view.map.id;
  const changes = documentChanges(last.doc, next);
  if (!hasChanges(changes)) return { doc: next, revision: last.revision };
  let saved: SavedMap | null = null;
  if (changeSize(changes) <= CHANGE_LIMIT) {
    const answer = await attempt('map:change', {
      mapId,
      base: last.revision,
      nodes: { ...changes.nodes, put: changes.nodes.put.map(stored) },
      ties: changes.ties,
      households: changes.households,
    });
    // Refused (the map moved on elsewhere, or a rule): the whole map decides, and says why.
    if (answer.ok) saved = answer.value;
  }
  saved ??= await call('map:save', { mapId, document: { ...next, nodes: next.nodes.map(stored) } });
  const { revision, ...summary } = saved;
  // Reopening the map shows what was saved, not the version first read.
  setQueryData('map:get', { mapId }, { ...view, map: summary, document: next, revision });
  queryCache.invalidate('map:list');
  return { doc: next, revision };
}
