/**
 * The agreement as the editor holds it: exactly what `agreement:save` takes, so every autosave
 * sends the whole thing and nothing can drift. Pure functions, unit-tested without a DOM.
 */
import type { ChannelInput } from '../../../../shared/contract';
import type { Agreement } from '../../../../shared/schemas/agreements';

export interface AgreementDraft {
  caseId: string;
  statement: string;
  place: string;
  reviewDate: string | null;
  copiesTo: string;
  signers: { participantId: string; choice: 'signs' | 'declines' }[];
  actions: DraftAction[];
}

/** The draft is exactly what the save channel takes (checked here by the compiler). */
export const asSaveInput = (draft: AgreementDraft): ChannelInput<'agreement:save'> => draft;
export interface DraftAction {
  /** Made here, so follow-up can find the action again however often it is saved. */
  id: string;
  what: string;
  whoParticipantId: string | null;
  whoText: string;
  forParticipantId: string | null;
  byWhen: string | null;
  howChecked: string;
  checkedBy: string;
  ifNotDone: string;
  meetsBottomLines: number[];
  fromDraftId: string | null;
}

export function draftFrom(agreement: Agreement): AgreementDraft {
  return {
    caseId: agreement.caseId,
    statement: agreement.statement,
    place: agreement.place,
    reviewDate: agreement.reviewDate,
    copiesTo: agreement.copiesTo,
    signers: agreement.signers.map(({ participantId, choice }) => ({ participantId, choice })),
    actions: agreement.actions.map((a) => ({
      id: a.id,
      what: a.what,
      whoParticipantId: a.whoParticipantId,
      whoText: a.whoText,
      forParticipantId: a.forParticipantId,
      byWhen: a.byWhen,
      howChecked: a.howChecked,
      checkedBy: a.checkedBy,
      ifNotDone: a.ifNotDone,
      meetsBottomLines: [...a.meetsBottomLines],
      fromDraftId: a.fromDraftId,
    })),
  };
}

export function newAction(id: string, what = '', fromDraftId: string | null = null): DraftAction {
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

export function updateAction(
  draft: AgreementDraft,
  id: string,
  change: Partial<DraftAction>,
): AgreementDraft {
  return { ...draft, actions: draft.actions.map((a) => (a.id === id ? { ...a, ...change } : a)) };
}

/** Moves an action one place up (-1) or down (+1); at either end nothing changes. */
export function moveAction(draft: AgreementDraft, id: string, by: -1 | 1): AgreementDraft {
  const at = draft.actions.findIndex((a) => a.id === id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= draft.actions.length) return draft;
  const actions = [...draft.actions];
  [actions[at], actions[to]] = [actions[to]!, actions[at]!];
  return { ...draft, actions };
}

/** Sets whether a participant signs, declines a written agreement, or is not on the list. */
export function setSigner(
  draft: AgreementDraft,
  participantId: string,
  choice: 'signs' | 'declines' | 'none',
): AgreementDraft {
  const others = draft.signers.filter((s) => s.participantId !== participantId);
  return { ...draft, signers: choice === 'none' ? others : [...others, { participantId, choice }] };
}

export function toggleBottomLine(action: DraftAction, index: number, on: boolean): number[] {
  const rest = action.meetsBottomLines.filter((i) => i !== index);
  return on ? [...rest, index].sort((a, b) => a - b) : rest;
}
