import { peopleChannels } from '../../shared/schemas/people';
import {
  addParticipant,
  casesOfPerson,
  getPerson,
  listParticipants,
  listRisks,
  recordConsent,
  removeParticipant,
  resolveRisk,
  saveRisk,
  searchPeople,
  updateParticipant,
  updatePerson,
  withdrawConsent,
} from '../services/people';
import type { HandlerDeps, HandlersFor } from './types';

export function peopleHandlers({ ctx }: HandlerDeps): HandlersFor<typeof peopleChannels> {
  return {
    'participant:list': ({ caseId }) => listParticipants(ctx(), caseId),
    'participant:add': (input) => addParticipant(ctx(), input),
    'participant:update': (input) => updateParticipant(ctx(), input),
    'participant:remove': ({ id }) => {
      removeParticipant(ctx(), id);
      return { removed: true as const };
    },
    'person:get': ({ id }) => ({ ...getPerson(ctx(), id), cases: casesOfPerson(ctx(), id) }),
    'person:update': ({ id, ...changes }) => updatePerson(ctx(), id, changes),
    'person:search': ({ query }) => searchPeople(ctx(), query),
    'consent:record': (input) => recordConsent(ctx(), input),
    'consent:withdraw': (input) => withdrawConsent(ctx(), input),
    'risk:list': ({ caseId }) => listRisks(ctx(), caseId),
    'risk:save': (input) => saveRisk(ctx(), input),
    'risk:resolve': ({ id }) => resolveRisk(ctx(), id),
  };
}
