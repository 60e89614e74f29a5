import { mapChannels } from '../../shared/schemas/maps';
import { WorkbenchError } from '../../shared/errors';
import type { HandlerDeps, HandlersFor } from './types';

const notYet = (): never => {
  throw new WorkbenchError({ code: 'internal', message: 'Maps are not ready yet.' });
};

export function mapHandlers(_deps: HandlerDeps): HandlersFor<typeof mapChannels> {
  return {
    'map:list': notYet,
    'map:create': notYet,
    'map:get': notYet,
    'map:save': notYet,
    'map:rename': notYet,
    'map:delete': notYet,
    'map:snapshot': notYet,
    'map:snapshots': notYet,
    'map:snapshotGet': notYet,
    'map:compare': notYet,
    'map:export': notYet,
  };
}
