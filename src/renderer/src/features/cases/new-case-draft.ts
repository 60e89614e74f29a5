/**
 * The new-case form's values and how they become a `case:create` input. Choices start empty
 * (a process type is a decision, not a default); the referral date starts as today.
 */
import type { ChannelInput } from '../../../../shared/contract';
import type {
  Acknowledgement,
  CaseSetting,
  ProcessType,
  ReferralSource,
} from '../../../../shared/domain/case-model';

export interface CaseDraft {
  title: string;
  processType: ProcessType | '';
  setting: CaseSetting | '';
  date: string;
  referrer: string;
  source: ReferralSource | '';
  summary: string;
  acknowledged: Acknowledgement;
}

export function emptyCaseDraft(today: string): CaseDraft {
  return {
    title: '',
    processType: '',
    setting: '',
    date: today,
    referrer: '',
    source: '',
    summary: '',
    acknowledged: 'unknown',
  };
}

type ReferralPart = Pick<CaseDraft, 'date' | 'referrer' | 'source' | 'summary' | 'acknowledged'>;

/** The referral as the case schemas take it: a date or source not given is null. */
export function referralInput(values: ReferralPart) {
  return {
    date: values.date || null,
    referrer: values.referrer,
    source: values.source || null,
    summary: values.summary,
    acknowledged: values.acknowledged,
  };
}

/** The raw input for caseCreateInput: an unchosen select stays undefined so zod names it. */
export function caseCreateValues(draft: CaseDraft): Record<string, unknown> {
  return {
    title: draft.title,
    processType: draft.processType || undefined,
    setting: draft.setting || undefined,
    referral: referralInput(draft),
  };
}

export function caseDraftTyped(draft: CaseDraft): boolean {
  return [draft.title, draft.referrer, draft.summary].some((v) => v.trim() !== '');
}

/**
 * Saved at lock when the form is not finished: gaps get plain placeholders (marked in the
 * title) so the typed referral is kept and the facilitator can correct it afterwards.
 */
export function caseLockSaveInput(draft: CaseDraft): ChannelInput<'case:create'> {
  return {
    title: `${draft.title.trim() || 'New case'} (unfinished)`.slice(0, 160),
    processType: draft.processType || 'restorative_conversation',
    setting: draft.setting || 'other',
    referral: {
      date: /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? draft.date : null,
      referrer: draft.referrer.trim(),
      source: draft.source || null,
      summary: draft.summary,
      acknowledged: draft.acknowledged,
    },
  };
}
