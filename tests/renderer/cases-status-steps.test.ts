import { describe, expect, it } from 'vitest';
import {
  closureLabel,
  moveButtonLabel,
  moveChoices,
  nextStatus,
  pipeline,
  statusSteps,
} from '../../src/renderer/src/features/cases/status-steps';

const states = (steps: ReturnType<typeof statusSteps>) => steps.map((s) => s.state);

describe('the status pipeline as steps', () => {
  it('is referral → assessment → preparation → conference → follow-up → closed', () => {
    expect(pipeline).toEqual(['referral', 'assessment', 'preparation', 'conference', 'follow_up', 'closed']);
    expect(statusSteps('referral', null).map((s) => s.label)).toEqual([
      'Referral',
      'Assessment',
      'Preparation',
      'Conference',
      'Follow-up',
      'Closed',
    ]);
  });

  it('marks earlier stages done, this one current, later ones to come', () => {
    expect(states(statusSteps('preparation', null))).toEqual([
      'done',
      'done',
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
  });

  it('never shows stages as done when a case closed early', () => {
    expect(states(statusSteps('closed', 'declined'))).toEqual([
      'not-reached',
      'not-reached',
      'not-reached',
      'not-reached',
      'not-reached',
      'current',
    ]);
    expect(states(statusSteps('closed', 'completed')).slice(0, 5)).toEqual(Array(5).fill('done'));
  });
});

describe('moving a case', () => {
  it('offers the next stage first, then the others in order', () => {
    expect(nextStatus('referral')).toBe('assessment');
    expect(nextStatus('follow_up')).toBe('closed');
    expect(nextStatus('closed')).toBeNull();
    expect(moveChoices('preparation')).toEqual([
      'conference',
      'referral',
      'assessment',
      'follow_up',
      'closed',
    ]);
    expect(moveChoices('closed')).toEqual([
      'referral',
      'assessment',
      'preparation',
      'conference',
      'follow_up',
    ]);
  });

  it('labels the button by what it does', () => {
    expect(moveButtonLabel('assessment')).toBe('Move to assessment');
    expect(moveButtonLabel('follow_up')).toBe('Move to follow-up');
    expect(moveButtonLabel('closed')).toBe('Close the case');
  });

  it('says why a case closed, using the words typed for "Other"', () => {
    expect(closureLabel('declined', null)).toBe('Closed: declined');
    expect(closureLabel('unable_to_contact', null)).toBe('Closed: unable to contact');
    expect(closureLabel('other', 'Family moved away')).toBe('Closed: Family moved away');
    expect(closureLabel(null, null)).toBe('Closed');
  });
});
