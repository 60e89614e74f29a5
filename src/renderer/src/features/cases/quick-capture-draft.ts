/**
 * What the quick capture dialog holds while it is being typed, and what is saved if the
 * workbench locks before Save is pressed: the typed text becomes a case anyway, kept open in
 * follow-up with a line saying it was saved at lock, so nothing typed is ever thrown away.
 */
import type { ChannelInput } from '../../../../shared/contract';
import type { CaseSetting } from '../../../../shared/domain/case-model';

export interface QuickDraft {
  who: string;
  where: string;
  whatWasSaid: string;
  followUp: string;
  setting: CaseSetting;
}

export const emptyQuickDraft: QuickDraft = {
  who: '',
  where: '',
  whatWasSaid: '',
  followUp: '',
  setting: 'school',
};

export function quickDraftTyped(draft: QuickDraft): boolean {
  return [draft.who, draft.where, draft.whatWasSaid, draft.followUp].some((v) => v.trim() !== '');
}

export const LOCK_NOTE = 'Saved when the workbench locked, before Save was pressed: check this record.';

export function quickLockSaveInput(draft: QuickDraft): ChannelInput<'case:quickCapture'> {
  return {
    who: draft.who.trim() || 'Not recorded yet',
    where: draft.where,
    whatWasSaid: draft.whatWasSaid.trim() ? draft.whatWasSaid : '(Nothing written yet.)',
    // A follow-up keeps the case open (in follow-up) so the facilitator comes back to it.
    followUp: draft.followUp.trim() ? `${draft.followUp.trim()}\n\n${LOCK_NOTE}` : LOCK_NOTE,
    setting: draft.setting,
  };
}
