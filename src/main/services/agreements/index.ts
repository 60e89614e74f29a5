/**
 * The agreement (family plan): versions, follow-up of each action, the review, due and overdue
 * actions, and the documents made from it (the agreement, its print view, completion letters).
 */
export {
  completionLetterName,
  printData,
  writeAgreementDocx,
  writeCompletionLetter,
} from './agreement-export';
export {
  agreedAgreement,
  agreementState,
  currentAgreement,
  getVersion,
  markAgreed,
  saveAgreement,
  startAgreement,
} from './agreements';
export type { Body } from './agreement-view';
export { recordReview, setActionStatus } from './follow-up';
export { casesWithOverdueActions, dueActions, type DueAction } from './due-actions';
