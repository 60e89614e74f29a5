import { describe, expect, it } from 'vitest';
import {
  blockerActionLabel,
  blockerTarget,
  readinessWords,
} from '../../src/renderer/src/features/preparation/preparation-model';

describe('preparation model', () => {
  it('words each readiness', () => {
    expect(readinessWords.in_preparation).toBe('In preparation');
    expect(readinessWords.withdrawn).toBe('Withdrawn');
  });
  it('sends each blocker to where it is fixed', () => {
    expect(blockerTarget({ place: 'preparation', participantId: 'p1' })).toEqual({
      kind: 'here',
      anchor: 'prep-p1',
    });
    expect(blockerTarget({ place: 'risk' })).toEqual({ kind: 'here', anchor: 'prep-risk' });
    expect(blockerTarget({ place: 'logistics', field: 'venue' })).toEqual({ kind: 'tab', tab: 'conference' });
    expect(blockerTarget({ place: 'consent', participantId: 'p1' })).toEqual({ kind: 'tab', tab: 'people' });
    expect(blockerTarget({ place: 'people' })).toEqual({ kind: 'tab', tab: 'people' });
    expect(blockerActionLabel({ place: 'risk' })).toBe('Go to the risk decision');
  });
});
