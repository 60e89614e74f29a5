/** People: a person once however many cases they are in, their part in each case, consent and risk. */
export { recordConsent, withdrawConsent } from './consents';
export {
  addParticipant,
  casesOfPerson,
  createPerson,
  removeParticipant,
  searchPeople,
  updateParticipant,
  updatePerson,
} from './people';
export { getRisk, listRisks, resolveRisk, saveRisk } from './risks';
export { getParticipant, getPerson, listConsents, listParticipants } from '../core';
