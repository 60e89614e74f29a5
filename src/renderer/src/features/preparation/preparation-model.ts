/** Pure wording, link targets and types for the Preparation tab (DOM-free, unit-tested). */
import type { ConferencePlan } from '../../../../shared/schemas/conference';

export { readinessLabels as readinessWords } from '../../../../shared/domain/readiness';

/** The plan as `conference:get` answers it; the tab and its forms all read this one shape. */
export type Plan = ConferencePlan;
/** One participant's readiness, with their preparation meetings. */
export type PlanPerson = Plan['readiness'][number];
/** One recorded preparation meeting. */
export type PrepRecord = PlanPerson['records'][number];

export type BlockerTarget =
  | { kind: 'here'; anchor: string }
  | { kind: 'tab'; tab: 'people' | 'conference' }
  /** Settled on the spot: the facilitator acknowledges it at the gate. */
  | { kind: 'acknowledge'; consentId: string };

/** Where a gate item is fixed: a section on this tab, or another case tab. */
export function blockerTarget(fix: Record<string, string>): BlockerTarget {
  switch (fix.place) {
    case 'preparation':
      return { kind: 'here', anchor: `prep-${fix.participantId ?? ''}` };
    case 'risk':
      return { kind: 'here', anchor: 'prep-risk' };
    case 'logistics':
    case 'invitations':
      return { kind: 'tab', tab: 'conference' };
    case 'acknowledge':
      return { kind: 'acknowledge', consentId: fix.consentId ?? '' };
    default:
      return { kind: 'tab', tab: 'people' };
  }
}

export function blockerActionLabel(fix: Record<string, string>): string {
  const t = blockerTarget(fix);
  if (t.kind === 'acknowledge') return 'Acknowledge';
  if (t.kind === 'here') return fix.place === 'risk' ? 'Go to the risk decision' : 'Go to their preparation';
  if (fix.place === 'invitations') return 'Invite people on the Conference tab';
  return t.tab === 'conference' ? 'Open the Conference tab' : 'Open the People tab';
}

/** Cached answers a preparation change makes out of date. */
export const stale = ['conference:get', 'prep:list', 'case:get', 'case:timeline'] as const;
