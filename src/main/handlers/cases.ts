import { caseChannels } from '../../shared/schemas/cases';
import {
  changeProcessType,
  createCase,
  getCase,
  listCases,
  quickCapture,
  setArchived,
  setCaseStatus,
  timeline,
  updateCase,
} from '../services/cases';
import { getSettings } from '../services/settings';
import type { HandlerDeps, HandlersFor } from './types';

export function caseHandlers({ ctx }: HandlerDeps): HandlersFor<typeof caseChannels> {
  return {
    'case:create': (input) => createCase(ctx(), input),
    'case:update': (input) => updateCase(ctx(), input),
    'case:get': ({ id }) => getCase(ctx(), id),
    'case:list': (input) => listCases(ctx(), input),
    'case:setStatus': (input) => setCaseStatus(ctx(), input),
    'case:changeProcessType': ({ id, processType }) => changeProcessType(ctx(), id, processType),
    'case:archive': ({ id }) => setArchived(ctx(), id, true),
    'case:restore': ({ id }) => setArchived(ctx(), id, false),
    'case:timeline': ({ id }) => {
      getCase(ctx(), id);
      return timeline(ctx(), id, getSettings(ctx().db).roleLabels);
    },
    'case:quickCapture': (input) => quickCapture(ctx(), input),
  };
}
