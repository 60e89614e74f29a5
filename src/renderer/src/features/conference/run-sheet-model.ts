/**
 * Run sheet helpers without the DOM. A new speaking order is applied to the run sheet the
 * case already has (not by expanding the template again), so phase edits and the version the
 * case was planned with are kept.
 */
import type { RunPhase } from '../../../../shared/schemas/conference';

export function orderSpeakers(phases: readonly RunPhase[], speakingOrder: readonly string[]): RunPhase[] {
  const rank = (id: string) => {
    const i = speakingOrder.indexOf(id);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return phases.map((phase) => ({
    ...phase,
    // Stable sort: people not in the order keep their place relative to each other.
    speakers: [...phase.speakers].sort((a, b) => rank(a.participantId) - rank(b.participantId)),
  }));
}

/** The speaking order shown: the saved order first, then anyone invited who is not in it yet. */
export function fullSpeakingOrder(saved: readonly string[], invited: readonly string[]): string[] {
  return [...saved.filter((id) => invited.includes(id)), ...invited.filter((id) => !saved.includes(id))];
}

/** A fresh phase id that does not clash with the ones on the sheet. */
export function newPhaseId(phases: readonly RunPhase[]): string {
  let n = phases.length + 1;
  while (phases.some((p) => p.id === `added-${n}`)) n += 1;
  return `added-${n}`;
}

/** Questions are edited one per line. */
export function questionsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((q) => q.trim())
    .filter((q) => q !== '');
}
