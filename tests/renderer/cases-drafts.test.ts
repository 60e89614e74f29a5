import { describe, expect, it } from 'vitest';
import { validate } from '../../src/renderer/src/lib/form-errors';
import { caseCreateInput, quickCaptureInput } from '../../src/shared/schemas/cases';
import {
  caseCreateValues,
  caseDraftTyped,
  caseLockSaveInput,
  emptyCaseDraft,
} from '../../src/renderer/src/features/cases/new-case-draft';
import {
  emptyQuickDraft,
  LOCK_NOTE,
  quickDraftTyped,
  quickLockSaveInput,
} from '../../src/renderer/src/features/cases/quick-capture-draft';

describe('the new-case form', () => {
  it('names every missing choice next to its field, with the schema’s words', () => {
    expect(validate(caseCreateInput, caseCreateValues(emptyCaseDraft('2026-11-24')))).toEqual({
      title: 'A case title is required.',
      processType: 'Choose a process type.',
      setting: 'Choose a setting.',
    });
  });

  it('sends a complete referral, with "not recorded" as null', () => {
    const draft = {
      ...emptyCaseDraft('2026-11-24'),
      title: 'Year 9 lunchtime incident',
      processType: 'restorative_conference' as const,
      setting: 'school' as const,
      referrer: 'Head of Year 9',
      summary: 'A phone was taken and shared around the class.',
    };
    const values = caseCreateValues(draft);
    expect(validate(caseCreateInput, values)).toBeNull();
    expect(caseCreateInput.parse(values).referral).toEqual({
      date: '2026-11-24',
      referrer: 'Head of Year 9',
      source: null,
      summary: 'A phone was taken and shared around the class.',
      acknowledged: 'unknown',
    });
  });

  it('catches a date that does not exist', () => {
    const draft = {
      ...emptyCaseDraft('2026-02-30'),
      title: 'T',
      processType: 'circle' as const,
      setting: 'family' as const,
    };
    expect(validate(caseCreateInput, caseCreateValues(draft))).toEqual({
      'referral.date': 'That date does not exist.',
    });
  });

  it('keeps an unfinished form at lock as a valid case, marked unfinished', () => {
    const draft = { ...emptyCaseDraft(''), summary: 'Two neighbours argued over a fence.' };
    expect(caseDraftTyped(draft)).toBe(true);
    expect(caseDraftTyped(emptyCaseDraft('2026-11-24'))).toBe(false);
    const input = caseLockSaveInput(draft);
    expect(input.title).toBe('New case (unfinished)');
    expect(caseCreateInput.safeParse(input).success).toBe(true);
    expect(caseCreateInput.parse(input).referral.summary).toBe('Two neighbours argued over a fence.');
  });
});

describe('quick capture', () => {
  it('needs who was there and what was said', () => {
    expect(validate(quickCaptureInput, emptyQuickDraft)).toEqual({
      who: 'Who was there is required.',
      whatWasSaid: 'Write a line about what was said.',
    });
  });

  it('only counts typed text as something to keep', () => {
    expect(quickDraftTyped(emptyQuickDraft)).toBe(false);
    expect(quickDraftTyped({ ...emptyQuickDraft, setting: 'care_home' })).toBe(false);
    expect(quickDraftTyped({ ...emptyQuickDraft, where: 'Corridor' })).toBe(true);
  });

  it('saves a half-typed conversation at lock, open in follow-up and saying so', () => {
    const input = quickLockSaveInput({
      ...emptyQuickDraft,
      who: 'Ayo and Brin',
      followUp: 'Check in Friday',
    });
    expect(quickCaptureInput.safeParse(input).success).toBe(true);
    expect(input.who).toBe('Ayo and Brin');
    expect(input.whatWasSaid).toBe('(Nothing written yet.)');
    expect(input.followUp).toBe(`Check in Friday\n\n${LOCK_NOTE}`);
    expect(quickLockSaveInput({ ...emptyQuickDraft, whatWasSaid: 'Sorry was said.' })).toMatchObject({
      who: 'Not recorded yet',
      whatWasSaid: 'Sorry was said.',
      followUp: LOCK_NOTE,
    });
  });
});
