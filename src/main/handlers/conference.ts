import { conferenceChannels } from '../../shared/schemas/conference';
import {
  acknowledgeShareWithdrawal,
  addShuttleMessage,
  applyTemplate,
  assessRisk,
  captureAction,
  caseReadiness,
  confirmConference,
  draftActions,
  exportConferenceDocuments,
  getPlan,
  goToPhase,
  listShuttle,
  listTemplates,
  markCarried,
  resetTemplate,
  runState,
  runTimer,
  savePreparation,
  saveRunSheet,
  saveTemplate,
  updatePlan,
} from '../services/conference';
import { getSettings } from '../services/settings';
import type { HandlerDeps, HandlersFor } from './types';

export function conferenceHandlers({ ctx, desktop }: HandlerDeps): HandlersFor<typeof conferenceChannels> {
  return {
    'prep:list': ({ caseId }) => caseReadiness(ctx(), caseId),
    'prep:save': (input) => savePreparation(ctx(), input),
    'risk:assess': (input) => assessRisk(ctx(), input),
    'conference:get': ({ caseId }) => getPlan(ctx(), caseId),
    'conference:update': (input) => updatePlan(ctx(), input),
    'conference:acknowledge': ({ caseId, consentId }) => acknowledgeShareWithdrawal(ctx(), caseId, consentId),
    'conference:confirm': ({ caseId, overrideReason }) => confirmConference(ctx(), caseId, overrideReason),
    'conference:applyTemplate': ({ caseId, templateId }) => applyTemplate(ctx(), caseId, templateId),
    'conference:saveRunSheet': ({ caseId, phases }) => saveRunSheet(ctx(), caseId, phases),
    'run:state': ({ caseId }) => runState(ctx(), caseId),
    'run:goTo': ({ caseId, phaseIndex }) => goToPhase(ctx(), caseId, phaseIndex),
    'run:captureAction': ({ caseId, text, phaseId }) => captureAction(ctx(), caseId, text, phaseId),
    'run:draftActions': ({ caseId }) => draftActions(ctx(), caseId),
    'run:timer': ({ caseId, phaseId, action, minutes }) => runTimer(ctx(), caseId, phaseId, action, minutes),
    'template:list': () => listTemplates(ctx()),
    'template:save': ({ id, phases }) => saveTemplate(ctx(), id, phases),
    'template:reset': ({ id }) => resetTemplate(ctx(), id),
    'shuttle:list': ({ caseId }) => listShuttle(ctx(), caseId),
    'shuttle:add': (input) => addShuttleMessage(ctx(), input),
    'shuttle:carried': ({ id, consentToPass }) => markCarried(ctx(), id, consentToPass),
    'conference:exportDocuments': async ({ caseId, which, contactName, contactDetails }) => {
      const folder = await desktop.chooseFolder('Choose a folder for the documents');
      if (!folder) return { cancelled: true, folder: null, files: [] };
      const files = await exportConferenceDocuments(
        ctx(),
        caseId,
        which,
        folder,
        getSettings(ctx().db).roleLabels,
        { contactName, contactDetails },
      );
      return { cancelled: false, folder, files };
    },
  };
}
