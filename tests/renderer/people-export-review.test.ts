import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/shared/schemas/data-rights';
import {
  addRedactions,
  choose,
  clearRedactions,
  decisionsToKeep,
  decisionsToSend,
  outcomeOf,
  segments,
  tally,
  type ReviewState,
} from '../../src/renderer/src/features/people/export-review-model';

const passage = (id: string, text: string): Passage => ({
  id,
  noteId: 'n',
  caseId: 'c',
  caseReference: 'RW-2026-0001',
  noteTitle: '',
  noteDate: '2026-11-24T10:00:00.000Z',
  aboutName: 'Jess Harper',
  speaker: null,
  text,
  marks: [],
});
const a = passage('a'.repeat(32), 'She said Lee Morgan waited at Kestrel Road.');
const b = passage('b'.repeat(32), 'Lee was calm.');
const empty: ReviewState = { otherNames: [], decisions: [] };

describe('the export review on screen', () => {
  it('withholds every passage until one is chosen, and a redaction with no words marked includes nothing', () => {
    expect(tally(empty, [a, b])).toEqual({ included: 0, redacted: 0, withheld: 2 });
    const redactChosen = choose(empty, a.id, 'redact');
    expect(outcomeOf(redactChosen, a.id)).toBe('withheld');
    expect(decisionsToSend(redactChosen, [a.id])).toEqual([]);
    // The draft keeps the choice, so the screen shows it again after a tab switch.
    expect(decisionsToKeep(redactChosen, [a.id])).toEqual([
      { passageId: a.id, choice: 'redact', redactions: [] },
    ]);
  });

  it('marks words as whole words, merges them, and counts the passage as included with words redacted', () => {
    const start = a.text.indexOf('estrel');
    let state = addRedactions(empty, a, [{ start, end: start + 3 }]);
    state = addRedactions(state, a, [{ start: a.text.indexOf('Road'), end: a.text.indexOf('Road') + 4 }]);
    expect(state.decisions).toEqual([
      { passageId: a.id, choice: 'redact', redactions: [{ start: start - 1, end: a.text.indexOf('.') }] },
    ]);
    state = choose(state, b.id, 'include');
    expect(tally(state, [a, b])).toEqual({ included: 2, redacted: 1, withheld: 0 });
    expect(tally(clearRedactions(state, a.id), [a, b])).toEqual({ included: 1, redacted: 0, withheld: 1 });
    // Choosing "Exclude" then "Include with words redacted" again keeps the marked words.
    expect(
      choose(choose(state, a.id, 'exclude'), a.id, 'redact').decisions.find((d) => d.passageId === a.id)!
        .redactions,
    ).toHaveLength(1);
  });

  it('sends decisions for listed passages first and keeps those for passages a name no longer finds', () => {
    const state = choose(choose(empty, b.id, 'include'), a.id, 'include');
    expect(decisionsToSend(state, [a.id]).map((d) => d.passageId)).toEqual([a.id, b.id]);
  });

  it('draws the passage cut at name matches and redactions', () => {
    const text = 'Lee Morgan waited at Kestrel Road.';
    expect(
      segments(text, [{ start: 0, end: 10 }], [{ start: 21, end: 27 }]).map((s) => [
        s.text,
        s.marked,
        s.redacted,
      ]),
    ).toEqual([
      ['Lee Morgan', true, false],
      [' waited at ', false, false],
      ['Kestrel', false, true],
      [' Road.', false, false],
    ]);
  });
});
