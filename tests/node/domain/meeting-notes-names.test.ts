import { describe, expect, it } from 'vitest';
import { bodyFromNames, bodyWithNames } from '../../../src/shared/domain/meeting-notes';

const speakers = [
  { key: 'a', name: 'Ayla' },
  { key: 'b', name: 'Ayla Brightwater' },
  { key: 'j', name: 'Jordan Fenwick' },
];
const stored = [
  'Opening words',
  '@j 07:35 — I am sorry.',
  '@b 07:36 — Thank you.',
  '@a 07:37 — Me too.',
  '@z 07:38 — Nobody known.',
].join('\n');

describe('meeting lines in the Write view', () => {
  it('show the speaker’s name where the note keeps a letter', () => {
    expect(bodyWithNames(stored, speakers).split('\n')).toEqual([
      'Opening words',
      'Jordan Fenwick 07:35 — I am sorry.',
      'Ayla Brightwater 07:36 — Thank you.',
      'Ayla 07:37 — Me too.',
      '@z 07:38 — Nobody known.',
    ]);
  });

  it('go back to letters exactly, the longer of two similar names winning', () => {
    expect(bodyFromNames(bodyWithNames(stored, speakers), speakers)).toBe(stored);
  });

  it('attribute a line typed in the same shape, and leave any other line alone', () => {
    expect(bodyFromNames('Jordan Fenwick 09:00 — Later.\nJordan said no.', speakers)).toBe(
      '@j 09:00 — Later.\nJordan said no.',
    );
  });
});
