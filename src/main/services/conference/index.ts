/**
 * Conference planning and running: preparation meetings and readiness, the risk decision, the
 * plan (logistics, invitations, seating, run sheet, gate and confirmation), run mode, script
 * templates, shuttle messages and the conference documents.
 */
export { exportConferenceDocuments, type ConferenceDocument } from './conference-export';
export { acknowledgeShareWithdrawal, confirmConference, ensurePlan, getPlan, updatePlan } from './plan';
export { applyTemplate, saveRunSheet } from './run-sheet';
export { recordLetterMade } from './letters-made';
export { caseReadiness, readinessRows, savePreparation } from './preparation';
export { assessRisk, getRiskAssessment, riskHistory } from './risk-assessment';
export { captureAction, draftActions, goToPhase, runState, runTimer, type RunState } from './run-mode';
export { addShuttleMessage, listShuttle, markCarried, type ShuttleMessage } from './shuttle';
export { effectiveTemplate, listTemplates, resetTemplate, saveTemplate } from './templates';
