/**
 * The editor's autosave of what changed (map:change): the changes are made to the version of
 * the map the editor last saw, the whole result is checked against the same map rules as a
 * full save and stored, or refused whole with the first problem, so a refused change is never
 * saved over the last good map. A change made to an older version than the one stored is
 * refused too, and the editor then saves its whole map.
 */
import type { z } from 'zod';
import { mapLimits, type MapDocument } from '../../../shared/domain/relationship-map';
import { applyChanges, ChangeOrderError } from '../../../shared/domain/relationship-map-changes';
import { WorkbenchError } from '../../../shared/errors';
import type { mapChangeInput, SavedMap } from '../../../shared/schemas/maps';
import type { ServiceContext } from '../core';
import { loadMap, writeDocument } from './maps';

const refuse = (message: string) => new WorkbenchError({ code: 'invalid_input', message });

export function changeMap(ctx: ServiceContext, input: z.output<typeof mapChangeInput>): SavedMap {
  const stored = loadMap(ctx, input.mapId);
  if (input.base !== stored.revision)
    throw refuse('This map was changed since; the editor saves the whole map instead.');
  let doc: MapDocument;
  try {
    doc = applyChanges(stored.document, input);
  } catch (error) {
    if (error instanceof ChangeOrderError) throw refuse(error.message);
    throw error;
  }
  // The same bounds as a whole map (the change itself is bounded by the contract).
  if (doc.nodes.length > mapLimits.nodes)
    throw refuse(`A map can hold at most ${mapLimits.nodes} people and systems.`);
  if (doc.ties.length > mapLimits.ties) throw refuse(`A map can hold at most ${mapLimits.ties} ties.`);
  if (doc.households.length > mapLimits.households)
    throw refuse(`A map can hold at most ${mapLimits.households} households.`);
  return writeDocument(ctx, stored, doc);
}
