/**
 * The outcome agreement (a family group conference calls it the family plan): its actions,
 * the SMART advice shown as the facilitator types, the check against the referrer's bottom
 * lines, follow-up statuses and what "overdue" means. Pure data and functions: the services,
 * the documents and the screens all use these, so the rules are written once.
 */

export const actionStatuses = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  partly_done: 'Partly done',
  not_done: 'Not done',
} as const;
export type ActionStatus = keyof typeof actionStatuses;

/** Statuses that end an action: it can no longer be overdue. */
const finished: ReadonlySet<ActionStatus> = new Set(['done', 'partly_done', 'not_done']);

export const agreementStatuses = {
  draft: 'Draft',
  agreed: 'Agreed',
  closed: 'Closed after review',
} as const;
export type AgreementStatus = keyof typeof agreementStatuses;

export const reviewOutcomes = {
  completed: 'Completed',
  partly_completed: 'Partly completed',
  not_completed: 'Not completed',
} as const;
export type ReviewOutcome = keyof typeof reviewOutcomes;

export const documentVariants = {
  standard: 'Standard',
  large_print: 'Large print',
  plain_english: 'Plain English',
} as const;
export type DocumentVariant = keyof typeof documentVariants;

/** One action as the rules see it; the stored action has more (ids, history). */
export interface ActionForAdvice {
  what: string;
  /** A participant of the case or a name typed in. */
  whoParticipantId: string | null;
  whoText: string;
  byWhen: string | null;
  howChecked: string;
  checkedBy: string;
}

/**
 * An action's own fields: what an agreement version stores, what the editor holds and what
 * `agreement:save` takes back. The agreement as shown adds names, status and history.
 */
export interface ActionFields extends ActionForAdvice {
  /** Kept across versions, so follow-up stays with the action when the agreement is revised. */
  id: string;
  forParticipantId: string | null;
  ifNotDone: string;
  meetsBottomLines: number[];
  /** The run-mode draft it was made from, so a draft is offered once. */
  fromDraftId: string | null;
}

export function blankAction(id: string, what = '', fromDraftId: string | null = null): ActionFields {
  return {
    id,
    what,
    whoParticipantId: null,
    whoText: '',
    forParticipantId: null,
    byWhen: null,
    howChecked: '',
    checkedBy: '',
    ifNotDone: '',
    meetsBottomLines: [],
    fromDraftId,
  };
}

/** Only the action's own fields of an action as shown, to be edited and saved again. */
export function actionFields(action: ActionFields): ActionFields {
  return {
    id: action.id,
    what: action.what,
    whoParticipantId: action.whoParticipantId,
    whoText: action.whoText,
    forParticipantId: action.forParticipantId,
    byWhen: action.byWhen,
    howChecked: action.howChecked,
    checkedBy: action.checkedBy,
    ifNotDone: action.ifNotDone,
    meetsBottomLines: [...action.meetsBottomLines],
    fromDraftId: action.fromDraftId,
  };
}

/** The agreement as the editor holds it and sends back whole on each autosave. */
export interface AgreementDraft {
  caseId: string;
  statement: string;
  place: string;
  reviewDate: string | null;
  copiesTo: string;
  signers: { participantId: string; choice: 'signs' | 'declines' }[];
  actions: ActionFields[];
}

/** The agreement as read back (any object with the draft's fields, extra ones ignored). */
type AgreementAsShown = Omit<AgreementDraft, 'actions'> & { actions: readonly ActionFields[] };

export function draftFrom(agreement: AgreementAsShown): AgreementDraft {
  return {
    caseId: agreement.caseId,
    statement: agreement.statement,
    place: agreement.place,
    reviewDate: agreement.reviewDate,
    copiesTo: agreement.copiesTo,
    signers: agreement.signers.map(({ participantId, choice }) => ({ participantId, choice })),
    actions: agreement.actions.map(actionFields),
  };
}

/**
 * Words that promise an effort or an attitude rather than something anyone could see done.
 * Matched as whole words or phrases, case-insensitively.
 */
const vaguePhrases = [
  'try',
  'tries',
  'trying',
  'attempt',
  'be better',
  'behave',
  'be nicer',
  'be nice',
  'be good',
  'respect',
  'improve',
  'think about',
  'consider',
  'hopefully',
  'as soon as possible',
  'asap',
  'more',
  'less',
];

function vagueWordsIn(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ')} `;
  return vaguePhrases.filter((phrase) => lower.includes(` ${phrase} `));
}

export interface Advice {
  /** Which part of the action the advice is about, so the screen can put it beside that field. */
  field: 'what' | 'who' | 'byWhen' | 'howChecked' | 'checkedBy';
  message: string;
}

/**
 * Plain-words advice on what would make an action SMART. It advises and never blocks: an
 * action with advice can still be agreed, because the people in the room decide.
 * `today` is YYYY-MM-DD in the facilitator's time zone.
 */
export function smartAdvice(action: ActionForAdvice, today: string): Advice[] {
  const advice: Advice[] = [];
  const what = action.what.trim();
  if (!what) advice.push({ field: 'what', message: 'Say what will be done.' });
  else {
    const vague = vagueWordsIn(what);
    if (vague.length > 0)
      advice.push({
        field: 'what',
        message: `"${vague[0]}" is hard to check. Say what the person will do, so everyone can see when it is done.`,
      });
  }
  if (!action.whoParticipantId && !action.whoText.trim())
    advice.push({ field: 'who', message: 'No one is named to do this.' });
  if (!action.byWhen) advice.push({ field: 'byWhen', message: 'There is no date for this.' });
  else if (action.byWhen < today) advice.push({ field: 'byWhen', message: 'This date is in the past.' });
  if (!action.howChecked.trim())
    advice.push({ field: 'howChecked', message: 'Say how everyone will know it has been done.' });
  if (!action.checkedBy.trim()) advice.push({ field: 'checkedBy', message: 'Say who will check it.' });
  return advice;
}

/**
 * A gentle word beside a date that records what already happened (a review held, an action's
 * progress) when it is after today: usually a slip of the finger. It advises; the date is
 * still accepted, since the facilitator may be recording ahead on purpose. Dates are YYYY-MM-DD.
 */
export function futureDateAdvice(date: string, today: string, happened: 'review' | 'update'): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date <= today) return null;
  return happened === 'review'
    ? 'This date is after today. Check it is the day the review was held.'
    : 'This date is after today. Check it is the day this happened.';
}

/** Overdue: its date has passed and no one has recorded how it ended. */
export function isOverdue(action: { byWhen: string | null; status: ActionStatus }, today: string): boolean {
  return action.byWhen !== null && action.byWhen < today && !finished.has(action.status);
}

export interface BottomLineResult {
  index: number;
  text: string;
  /** Ids of the actions the facilitator marked as meeting this bottom line. */
  metBy: string[];
  met: boolean;
}

/** Each of the referrer's bottom lines, met by which actions of the family plan, or not met. */
export function bottomLineCheck(
  bottomLines: readonly string[],
  actions: readonly { id: string; meetsBottomLines: readonly number[] }[],
): BottomLineResult[] {
  return bottomLines.map((text, index) => {
    const metBy = actions.filter((a) => a.meetsBottomLines.includes(index)).map((a) => a.id);
    return { index, text, metBy, met: metBy.length > 0 };
  });
}

/** How a review ends, suggested from the actions' statuses (the facilitator may choose otherwise). */
export function suggestedOutcome(statuses: readonly ActionStatus[]): ReviewOutcome {
  if (statuses.length > 0 && statuses.every((s) => s === 'done')) return 'completed';
  if (statuses.some((s) => s === 'done' || s === 'partly_done')) return 'partly_completed';
  return 'not_completed';
}

/** Default wording; organisations change it in Settings. */
export const defaultStatements = {
  confidentiality:
    'What was said in the conference stays between the people who were there. This agreement is shared only with the people listed as receiving a copy.',
  notLegallyBinding:
    'This agreement is not legally binding. It may be referred to if the harm happens again.',
} as const;

/**
 * The headings each version of the document uses, in Word and in the print view alike. Plain
 * English says the same things with everyday words; large print uses the standard words.
 */
const wording = {
  standard: {
    about: 'What this agreement is about',
    participants: 'Who took part',
    actions: 'Actions',
    what: 'What will be done',
    who: 'Who',
    when: 'By when',
    check: 'How completion is checked, and by whom',
    ifNot: 'If it is not done',
    review: 'Review',
    copies: 'Copies to',
    confidentiality: 'Confidentiality',
    binding: 'Status of this agreement',
    signatures: 'Signatures',
    map: 'Relationship map',
    bottomLines: "The referrer's bottom lines",
  },
  plain_english: {
    about: 'Why we met',
    participants: 'Who was there',
    actions: 'What we agreed to do',
    what: 'What',
    who: 'Who will do it',
    when: 'When by',
    check: 'How we will know it is done',
    ifNot: 'If it does not happen',
    review: 'When we will meet again',
    copies: 'Who gets a copy',
    confidentiality: 'Keeping this private',
    binding: 'This is not a legal document',
    signatures: 'Signing',
    map: 'Who matters to whom',
    bottomLines: 'Things the plan must do',
  },
} as const;
export type DocumentWording = (typeof wording)[keyof typeof wording];

export function wordsFor(variant: DocumentVariant): DocumentWording {
  return variant === 'plain_english' ? wording.plain_english : wording.standard;
}
