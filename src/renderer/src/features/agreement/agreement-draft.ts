/**
 * The agreement as the editor holds it while people talk: plain data, changed only through
 * these small functions so the list operations (add, remove, move) are unit-tested without a
 * browser. Each action carries its
 * own id from the moment it is added, so React keeps focus in the right card.
 */

export interface ActionDraft {
  /** Made here (a UUID), so follow-up finds the action again however often it is saved. */
  key: string;
  what: string;
  /** A participant id of the case, or '' when written as free text in `whoText`. */
  whoParticipantId: string;
  whoText: string;
  /** The person harmed this action is for, when there are several; '' for everyone. */
  forParticipantId: string;
  /** yyyy-mm-dd, or '' when not set yet. */
  byWhen: string;
  howChecked: string;
  checkedBy: string;
  ifNotDone: string;
  /** FGC: the bottom lines (by index) this action helps meet. */
  bottomLines: number[];
  /** The run-mode draft it came from, so that draft is not offered again. */
  fromDraftId: string | null;
}

export type SignChoice = 'signs' | 'declines' | 'undecided';

export interface AgreementDraft {
  statement: string;
  place: string;
  actions: ActionDraft[];
  reviewDate: string;
  /** Who receives a copy, in words ("Ayla, Jordan, Mr Okafor"). */
  copiesTo: string;
  /** Per participant id: whether they sign or decline a written agreement. */
  signing: Record<string, SignChoice>;
}

/** A new action's id: the vault keeps it, so it is a UUID made here. */
export function newKey(): string {
  return crypto.randomUUID();
}

export function blankAction(what = ''): ActionDraft {
  return {
    key: newKey(),
    what,
    whoParticipantId: '',
    whoText: '',
    forParticipantId: '',
    byWhen: '',
    howChecked: '',
    checkedBy: '',
    ifNotDone: '',
    bottomLines: [],
    fromDraftId: null,
  };
}

export function updateAction(
  draft: AgreementDraft,
  key: string,
  patch: Partial<ActionDraft>,
): AgreementDraft {
  return { ...draft, actions: draft.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) };
}

export function addAction(draft: AgreementDraft, action: ActionDraft = blankAction()): AgreementDraft {
  return { ...draft, actions: [...draft.actions, action] };
}

export function removeAction(draft: AgreementDraft, key: string): AgreementDraft {
  return { ...draft, actions: draft.actions.filter((a) => a.key !== key) };
}

/** Moves one action up (-1) or down (+1); a move past either end changes nothing. */
export function moveAction(draft: AgreementDraft, key: string, by: -1 | 1): AgreementDraft {
  const from = draft.actions.findIndex((a) => a.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= draft.actions.length) return draft;
  const actions = [...draft.actions];
  const [moved] = actions.splice(from, 1);
  actions.splice(to, 0, moved!);
  return { ...draft, actions };
}

/** Ticks or unticks a bottom line on an action. */
export function toggleBottomLine(draft: AgreementDraft, key: string, line: number): AgreementDraft {
  return {
    ...draft,
    actions: draft.actions.map((a) => {
      if (a.key !== key) return a;
      const has = a.bottomLines.includes(line);
      return {
        ...a,
        bottomLines: has
          ? a.bottomLines.filter((l) => l !== line)
          : [...a.bottomLines, line].sort((x, y) => x - y),
      };
    }),
  };
}

/** A short name for an action in button labels ("Remove action 2: Write a letter…"). */
export function actionName(action: ActionDraft, index: number): string {
  const what = action.what.trim();
  const short = what.length > 40 ? `${what.slice(0, 40)}…` : what;
  return short ? `action ${index + 1}: ${short}` : `action ${index + 1}`;
}
