/** Each participant as the conference plan sees them (their standing, from the case core). */
import type { ConferencePlan, PlanPerson } from '../../../../shared/schemas/conference';

export function planPerson(plan: ConferencePlan, participantId: string): PlanPerson | undefined {
  return plan.people.find((p) => p.participantId === participantId);
}

/** A short note after a name wherever the plan lists people: why they are marked. */
export function standingNote(person: PlanPerson | undefined): string | null {
  if (!person) return null;
  if (person.withdrawn) return `withdrawn: ${person.withdrawnReason.replace(/\.$/, '').toLowerCase()}`;
  if (person.shareWithdrawn)
    return 'left out of everyone else’s letters: consent to share information withdrawn';
  return null;
}
