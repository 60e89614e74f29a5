import { mapChannels } from '../../shared/schemas/maps';
import {
  changeMap,
  compareVersions,
  createMap,
  deleteMap,
  exportMapPicture,
  getMap,
  getSnapshot,
  listMaps,
  listSnapshots,
  renameMap,
  saveMap,
  takeSnapshot,
} from '../services/maps';
import type { HandlerDeps, HandlersFor } from './types';

export function mapHandlers({ ctx, desktop }: HandlerDeps): HandlersFor<typeof mapChannels> {
  return {
    'map:list': ({ caseId }) => listMaps(ctx(), caseId),
    'map:create': (input) => createMap(ctx(), input),
    'map:get': ({ mapId }) => getMap(ctx(), mapId),
    'map:save': ({ mapId, document }) => saveMap(ctx(), mapId, document),
    'map:change': (input) => changeMap(ctx(), input),
    'map:rename': ({ mapId, title }) => renameMap(ctx(), mapId, title),
    'map:delete': ({ mapId }) => {
      deleteMap(ctx(), mapId);
      return { deleted: true as const };
    },
    'map:snapshot': ({ mapId, label }) => takeSnapshot(ctx(), mapId, label),
    'map:snapshots': ({ mapId }) => listSnapshots(ctx(), mapId),
    'map:snapshotGet': ({ snapshotId }) => getSnapshot(ctx(), snapshotId),
    'map:compare': (input) => compareVersions(ctx(), input),
    'map:export': (input) => exportMapPicture(ctx(), desktop, input),
  };
}
