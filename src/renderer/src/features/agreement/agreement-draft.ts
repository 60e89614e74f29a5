/**
 * The agreement as the editor holds it: exactly what `agreement:save` takes, so every autosave
 * sends the whole thing and nothing can drift. Pure functions, unit-tested without a DOM.
 */
import type { ChannelInput } from '../../../../shared/contract';
import {
  blankAction,
  draftFrom,
  type ActionFields,
  type AgreementDraft,
} from '../../../../shared/domain/agreement';

/** The draft is exactly what the save channel takes (checked here by the compiler). */
export const asSaveInput = (draft: AgreementDraft): ChannelInput<'agreement:save'> => draft;
/** An action in the editor: its own fields, exactly as saved. */
export type DraftAction = ActionFields;
export { draftFrom, type AgreementDraft };

/** A new empty action (or one made from a run-mode draft), with an id made here. */
export const newAction = blankAction;

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
