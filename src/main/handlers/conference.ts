import { conferenceChannels } from '../../shared/schemas/conference';
import {
  applyTemplate,
  assessRisk,
  captureAction,
  confirmConference,
  draftActions,
  getPlan,
  goToPhase,
  runState,
  saveRunSheet,
  updatePlan,
} from '../services/conference';
import { caseReadiness, savePreparation } from '../services/preparation';
import type { HandlerDeps, HandlersFor } from './types';

export function conferenceHandlers({ ctx }: HandlerDeps): HandlersFor<typeof conferenceChannels> {
  return {
    'prep:list': ({ caseId }) => caseReadiness(ctx(), caseId),
    'prep:save': (input) => savePreparation(ctx(), input),
    'risk:assess': (input) => assessRisk(ctx(), input),
    'conference:get': ({ caseId }) => getPlan(ctx(), caseId),
    'conference:update': (input) => updatePlan(ctx(), input),
    'conference:confirm': ({ caseId, overrideReason }) => confirmConference(ctx(), caseId, overrideReason),
    'conference:applyTemplate': ({ caseId, templateId }) => applyTemplate(ctx(), caseId, templateId),
    'conference:saveRunSheet': ({ caseId, phases }) => saveRunSheet(ctx(), caseId, phases),
    'run:state': ({ caseId }) => runState(ctx(), caseId),
    'run:goTo': ({ caseId, phaseIndex }) => goToPhase(ctx(), caseId, phaseIndex),
    'run:captureAction': ({ caseId, text, phaseId }) => captureAction(ctx(), caseId, text, phaseId),
    'run:draftActions': ({ caseId }) => draftActions(ctx(), caseId),
  };
}
