/**
 * The case core, below every area: the service context, the case record and its timeline
 * records, meetings, people and consents as records, and the roster (each participant's
 * standing). Areas build on it; it imports no area but settings.
 */
export { likePattern, serviceContext, type ContextSources, type ServiceContext } from './context';
export { recordCaseEvent, touchCase, type CaseEventDetail, type CaseEventKind } from './case-events';
export {
  attentionDaysOf,
  attentionParams,
  caseGlanceColumns,
  caseSelect,
  getCase,
  needsAttentionSql,
  summaryColumns,
  toSummary,
  type CaseRow,
  type SummaryRow,
} from './case-record';
export { json, jsonObject } from './json';
export { getMeeting, listMeetings, saveMeeting, toMeeting, type MeetingRow } from './meetings';
export {
  getConsent,
  getParticipant,
  getPerson,
  listConsents,
  listParticipants,
  toPerson,
  type PersonRow,
} from './people-rows';
export { getPreparationRecord, preparationRecords } from './preparation-rows';
export { caseRoster, type CaseRoster, type RosterEntry } from './roster';
export { localMinute, today } from './time';
export { assertFolderExists, freshName } from './export-files';
export { advanceStatus, type StatusCause } from './case-status';
export { afterConsentChange, reopenConference, type ReopenCause } from './plan-status';
export { currentRiskDecision, riskDecisions, type RiskDecisionRecord } from './risk-decisions';
export { assertParticipantDocumentsAllowed, participantDocumentsBlocked } from './participant-documents';
