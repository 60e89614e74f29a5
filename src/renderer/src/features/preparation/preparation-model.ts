/** Pure wording and link targets for the Preparation tab (DOM-free, unit-tested). */
export { readinessLabels as readinessWords } from '../../../../shared/domain/readiness';

export type BlockerTarget = { kind: 'here'; anchor: string } | { kind: 'tab'; tab: 'people' | 'conference' };

/** Where a gate item is fixed: a section on this tab, or another case tab. */
export function blockerTarget(fix: Record<string, string>): BlockerTarget {
  switch (fix.place) {
    case 'preparation':
      return { kind: 'here', anchor: `prep-${fix.participantId ?? ''}` };
    case 'risk':
      return { kind: 'here', anchor: 'prep-risk' };
    case 'logistics':
      return { kind: 'tab', tab: 'conference' };
    default:
      return { kind: 'tab', tab: 'people' };
  }
}

export function blockerActionLabel(fix: Record<string, string>): string {
  const t = blockerTarget(fix);
  if (t.kind === 'here') return fix.place === 'risk' ? 'Go to the risk decision' : 'Go to their preparation';
  return t.tab === 'conference' ? 'Open the Conference tab' : 'Open the People tab';
}

/** Cached answers a preparation change makes out of date. */
export const stale = ['conference:get', 'prep:list'] as const;
