/**
 * The agreement (family plan): versions, follow-up of each action, the review, due and overdue
 * actions, and the documents made from it (the agreement, its print view, completion letters).
 */
export { printData, writeAgreementDocx, writeCompletionLetter } from './agreement-export';
export {
  agreedAgreement,
  agreementState,
  currentAgreement,
  getVersion,
  markAgreed,
  recordReview,
  saveAgreement,
  setActionStatus,
  startAgreement,
  type Body,
} from './agreements';
export { casesWithOverdueActions, dueActions, type DueAction } from './due-actions';
