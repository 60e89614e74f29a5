import { expect, it } from 'vitest';
import { autoLockChoices } from '../../src/shared/contract';
import { autoLockLabel } from '../../src/renderer/src/features/settings/auto-lock-label';

it('names every automatic-lock choice in plain words, 0 as "Never"', () => {
  expect(autoLockChoices.map(autoLockLabel)).toEqual([
    'Never',
    '1 minute',
    '5 minutes',
    '10 minutes',
    '15 minutes',
    '30 minutes',
    '1 hour',
  ]);
  expect(autoLockLabel(120)).toBe('2 hours');
  expect(autoLockLabel(90)).toBe('90 minutes');
});
