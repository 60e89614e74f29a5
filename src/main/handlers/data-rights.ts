import { dataRightsChannels } from '../../shared/schemas/data-rights';
import {
  erasePerson,
  exportReview,
  getExportDraft,
  saveExportDraft,
  writeSubjectAccessExport,
} from '../services/data-rights';
import { getSettings } from '../services/settings';
import { runRead } from '../workers/read-thread';
import type { HandlerDeps, HandlersFor } from './types';

export function dataRightsHandlers({
  ctx,
  desktop,
  vault,
}: HandlerDeps): HandlersFor<typeof dataRightsChannels> {
  return {
    'person:exportReview': ({ personId, otherNames }) => exportReview(ctx(), personId, otherNames),
    'person:exportDraft': ({ personId }) => getExportDraft(ctx(), personId),
    'person:saveExportDraft': ({ personId, otherNames, decisions }) =>
      saveExportDraft(ctx(), personId, otherNames, decisions),
    'person:export': async ({ personId, otherNames, decisions }) => {
      // Made before the folder is asked for, so a problem is said before any dialog; made in
      // the read worker, so a person in thirty cases holds no other request meanwhile.
      const files = await runRead(
        vault,
        ctx(),
        'subjectAccessFiles',
        personId,
        { otherNames, decisions },
        getSettings(ctx().db).roleLabels,
      );
      // Locked meanwhile (by hand, or idle): no folder is asked for and nothing is written.
      ctx();
      const written = await writeSubjectAccessExport(files, () =>
        desktop.chooseFolder('Choose a folder for the export'),
      );
      return written
        ? { cancelled: false, ...written }
        : { cancelled: true, folder: null, files: [], included: 0, withheld: 0 };
    },
    'person:erase': ({ personId, confirmName, otherNames }) =>
      erasePerson(ctx(), personId, confirmName, otherNames),
  };
}
