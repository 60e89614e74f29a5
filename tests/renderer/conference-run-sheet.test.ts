import { describe, expect, it } from 'vitest';
import { movePhase } from '../../src/shared/domain/script-templates';
import {
  fullSpeakingOrder,
  newPhaseId,
  orderSpeakers,
  questionsFromText,
} from '../../src/renderer/src/features/conference/run-sheet-model';
import type { RunPhase } from '../../src/shared/schemas/conference';

const phase = (id: string, speakers: string[]): RunPhase => ({
  id,
  title: id,
  guidance: '',
  questions: [],
  speakers: speakers.map((s) => ({ participantId: s, name: s.toUpperCase(), questions: ['Q?'] })),
});

describe('run sheet helpers', () => {
  it('applies a new speaking order to every phase, keeping titles and edits', () => {
    const sheet = [phase('story', ['a', 'b', 'c']), { ...phase('impact', ['b', 'c']), title: 'Edited' }];
    const next = orderSpeakers(sheet, ['c', 'a', 'b']);
    expect(next[0]!.speakers.map((s) => s.participantId)).toEqual(['c', 'a', 'b']);
    expect(next[1]!.speakers.map((s) => s.participantId)).toEqual(['c', 'b']);
    expect(next[1]!.title).toBe('Edited');
  });

  it('keeps people missing from the order at the end in their old order', () => {
    const next = orderSpeakers([phase('p', ['a', 'b', 'c'])], ['c']);
    expect(next[0]!.speakers.map((s) => s.participantId)).toEqual(['c', 'a', 'b']);
  });

  it('shows the saved order first, then newly invited people, and drops those no longer invited', () => {
    expect(fullSpeakingOrder(['b', 'x', 'a'], ['a', 'b', 'c'])).toEqual(['b', 'a', 'c']);
  });

  it('reorders phases (drag or up/down)', () => {
    expect(movePhase(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(movePhase(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('gives an added phase an id that does not clash', () => {
    expect(newPhaseId([phase('added-2', []), phase('x', [])])).toBe('added-3');
  });

  it('reads questions one per line, ignoring blank lines', () => {
    expect(questionsFromText(' What happened? \n\nWho was affected?\n')).toEqual([
      'What happened?',
      'Who was affected?',
    ]);
  });
});
