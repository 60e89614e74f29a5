import { describe, expect, it } from 'vitest';
import {
  bottomLineCheck,
  futureDateAdvice,
  isOverdue,
  smartAdvice,
  suggestedOutcome,
  type ActionForAdvice,
} from '../../../src/shared/domain/agreement';

const TODAY = '2026-11-25';
const complete: ActionForAdvice = {
  what: 'Jordan replaces the broken bag strap',
  whoParticipantId: '3f1c2b1e-0000-4000-8000-000000000001',
  whoText: '',
  byWhen: '2026-12-04',
  howChecked: 'Ayla shows the new strap to Mr Okafor',
  checkedBy: 'Mr Okafor',
};
const messages = (a: ActionForAdvice) => smartAdvice(a, TODAY).map((x) => x.message);

describe('SMART advice', () => {
  it('has nothing to say about a complete, specific action', () => {
    expect(smartAdvice(complete, TODAY)).toEqual([]);
  });

  it('points at each missing part in plain words, beside its field', () => {
    const advice = smartAdvice(
      { what: '', whoParticipantId: null, whoText: ' ', byWhen: null, howChecked: '', checkedBy: '' },
      TODAY,
    );
    expect(advice.map((a) => a.field)).toEqual(['what', 'who', 'byWhen', 'howChecked', 'checkedBy']);
    expect(advice.map((a) => a.message)).toEqual([
      'Say what will be done.',
      'No one is named to do this.',
      'There is no date for this.',
      'Say how everyone will know it has been done.',
      'Say who will check it.',
    ]);
  });

  it('names a typed-in person as an owner, not only participants', () => {
    expect(messages({ ...complete, whoParticipantId: null, whoText: 'The school office' })).toEqual([]);
  });

  it('says when the date is already past, and accepts today', () => {
    expect(messages({ ...complete, byWhen: '2026-11-24' })).toEqual(['This date is in the past.']);
    expect(messages({ ...complete, byWhen: TODAY })).toEqual([]);
  });

  it.each([
    ['Jordan will try to be kinder', 'try'],
    ['Jordan will be better in class', 'be better'],
    ['Behave in the corridor', 'behave'],
    ['Respect each other', 'respect'],
    ['TRY harder at lunch', 'try'],
  ])('flags the vague "%s"', (what, word) => {
    const [advice] = smartAdvice({ ...complete, what }, TODAY);
    expect(advice).toEqual({
      field: 'what',
      message: `"${word}" is hard to check. Say what the person will do, so everyone can see when it is done.`,
    });
  });

  it('does not flag words that only contain a vague word', () => {
    expect(messages({ ...complete, what: 'Jordan carries the tray for country dancing' })).toEqual([]);
    expect(messages({ ...complete, what: 'Jordan pays for a new strap (entry fee refund)' })).toEqual([]);
  });
});

describe('a date after today on what already happened', () => {
  it("is pointed out gently for a review and for an action's progress, and only when after today", () => {
    expect(futureDateAdvice('2026-11-26', TODAY, 'review')).toBe(
      'This date is after today. Check it is the day the review was held.',
    );
    expect(futureDateAdvice('2027-01-02', TODAY, 'update')).toBe(
      'This date is after today. Check it is the day this happened.',
    );
    expect(futureDateAdvice(TODAY, TODAY, 'review')).toBeNull();
    expect(futureDateAdvice('2026-11-24', TODAY, 'update')).toBeNull();
  });

  it('says nothing about a date still being typed (its error, if any, comes from the form)', () => {
    expect(futureDateAdvice('', TODAY, 'review')).toBeNull();
    expect(futureDateAdvice('2027-1', TODAY, 'update')).toBeNull();
  });

  it('is calm: no "error", "invalid" or "must"', () => {
    for (const kind of ['review', 'update'] as const)
      expect(futureDateAdvice('2030-01-01', TODAY, kind)).not.toMatch(/error|invalid|must|wrong/i);
  });
});

describe('bottom lines', () => {
  it('marks each bottom line met by the actions linked to it, or not met', () => {
    const result = bottomLineCheck(
      ['Mia is never left alone with Uncle Rob', 'Mia goes to school every day'],
      [
        { id: 'a1', meetsBottomLines: [1] },
        { id: 'a2', meetsBottomLines: [1] },
        { id: 'a3', meetsBottomLines: [] },
      ],
    );
    expect(result).toEqual([
      { index: 0, text: 'Mia is never left alone with Uncle Rob', metBy: [], met: false },
      { index: 1, text: 'Mia goes to school every day', metBy: ['a1', 'a2'], met: true },
    ]);
  });
});

describe('follow-up status', () => {
  it('an action is overdue only when its date has passed and no ending is recorded', () => {
    expect(isOverdue({ byWhen: '2026-11-20', status: 'not_started' }, TODAY)).toBe(true);
    expect(isOverdue({ byWhen: '2026-11-20', status: 'in_progress' }, TODAY)).toBe(true);
    expect(isOverdue({ byWhen: '2026-11-20', status: 'done' }, TODAY)).toBe(false);
    expect(isOverdue({ byWhen: '2026-11-20', status: 'partly_done' }, TODAY)).toBe(false);
    expect(isOverdue({ byWhen: '2026-11-20', status: 'not_done' }, TODAY)).toBe(false);
    expect(isOverdue({ byWhen: TODAY, status: 'not_started' }, TODAY)).toBe(false);
    expect(isOverdue({ byWhen: null, status: 'not_started' }, TODAY)).toBe(false);
  });

  it('suggests the review outcome from the statuses', () => {
    expect(suggestedOutcome(['done', 'done'])).toBe('completed');
    expect(suggestedOutcome(['done', 'not_done'])).toBe('partly_completed');
    expect(suggestedOutcome(['partly_done'])).toBe('partly_completed');
    expect(suggestedOutcome(['not_done', 'not_started'])).toBe('not_completed');
    expect(suggestedOutcome([])).toBe('not_completed');
  });
});
