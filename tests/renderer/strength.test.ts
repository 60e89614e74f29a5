import { describe, expect, it } from 'vitest';
import { describeStrength } from '../../src/renderer/src/lib/strength';

const base = { passphrase: 'kitchen table circle morning', meetsRule: true };

describe('describeStrength', () => {
  it('says nothing for an empty field', () => {
    expect(describeStrength({ passphrase: '', meetsRule: false, score: null })).toEqual({
      filled: 0,
      label: '',
      tone: 'none',
      advice: null,
    });
  });

  it('calls anything that breaks the rule "Too short", whatever zxcvbn thinks', () => {
    expect(describeStrength({ passphrase: 'Xy7!q', meetsRule: false, score: 4 })).toMatchObject({
      label: 'Too short',
      tone: 'weak',
      filled: 1,
    });
  });

  it('waits quietly while the estimator loads', () => {
    expect(describeStrength({ ...base, score: null })).toMatchObject({ label: 'Checking…', filled: 0 });
  });

  it.each([
    [0, 'Easy to guess', 'weak', 1],
    [1, 'Easy to guess', 'weak', 1],
    [2, 'Fair', 'fair', 2],
    [3, 'Strong', 'good', 3],
    [4, 'Very strong', 'good', 4],
  ] as const)('score %i reads "%s"', (score, label, tone, filled) => {
    expect(describeStrength({ ...base, score })).toMatchObject({ label, tone, filled });
  });

  it('gives one line of advice only while the passphrase is weak', () => {
    const weak = describeStrength({
      ...base,
      score: 1,
      warning: 'This is a very common password.',
      suggestions: ['Add more words.'],
    });
    expect(weak.advice).toBe('This is a very common password.');
    expect(
      describeStrength({ ...base, score: 2, warning: null, suggestions: ['Add more words.'] }).advice,
    ).toBe('Add more words.');
    expect(describeStrength({ ...base, score: 3, warning: 'ignored', suggestions: [] }).advice).toBeNull();
  });

  it('clamps scores outside 0..4', () => {
    expect(describeStrength({ ...base, score: 7 }).label).toBe('Very strong');
    expect(describeStrength({ ...base, score: -1 }).label).toBe('Easy to guess');
  });
});

describe('the bundled estimator (zxcvbn-ts with the English dictionaries)', () => {
  it('rates a common password low and four unrelated words high', async () => {
    const { loadEstimator } = await import('../../src/renderer/src/lib/strength-estimator');
    const estimate = await loadEstimator();
    expect(estimate('password1234').score).toBeLessThanOrEqual(1);
    expect(estimate('password1234').warning).toBeTruthy();
    expect(estimate('harbour lantern willow seventeen').score).toBeGreaterThanOrEqual(3);
    // The app's own words add nothing.
    expect(estimate('restorative workbench').score).toBeLessThanOrEqual(1);
  });
});
