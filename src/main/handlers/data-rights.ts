import { dataRightsChannels } from '../../shared/schemas/data-rights';
import {
  erasePerson,
  exportPerson,
  exportReview,
  getExportDraft,
  saveExportDraft,
} from '../services/data-rights';
import { getSettings } from '../services/settings';
import type { HandlerDeps, HandlersFor } from './types';

export function dataRightsHandlers({ ctx, desktop }: HandlerDeps): HandlersFor<typeof dataRightsChannels> {
  return {
    'person:exportReview': ({ personId, otherNames }) => exportReview(ctx(), personId, otherNames),
    'person:exportDraft': ({ personId }) => getExportDraft(ctx(), personId),
    'person:saveExportDraft': ({ personId, otherNames, decisions }) =>
      saveExportDraft(ctx(), personId, otherNames, decisions),
    'person:export': async ({ personId, otherNames, decisions }) => {
      const written = await exportPerson(
        ctx(),
        personId,
        { otherNames, decisions },
        getSettings(ctx().db).roleLabels,
        () => desktop.chooseFolder('Choose a folder for the export'),
      );
      return written
        ? { cancelled: false, ...written }
        : { cancelled: true, folder: null, files: [], included: 0, withheld: 0 };
    },
    'person:erase': ({ personId, confirmName, otherNames }) =>
      erasePerson(ctx(), personId, confirmName, otherNames),
  };
}
