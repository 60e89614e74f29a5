/** The search dialog's status line: how many results, whether more exist, in what order. */
import { describe, expect, it } from 'vitest';
import { resultsSummary } from '../../src/renderer/src/features/search/search-results';
import type { SearchAnswer } from '../../src/shared/schemas/notes';

function answer(over: Partial<SearchAnswer> & { notes?: number; atLeast?: boolean }): SearchAnswer {
  return {
    hits: [],
    more: over.more ?? false,
    found: {
      case: { count: 2, atLeast: false },
      person: { count: 1, atLeast: false },
      note: { count: over.notes ?? 3, atLeast: over.atLeast ?? false },
    },
    notesNewestFirst: over.notesNewestFirst ?? false,
  };
}

describe('the search status line', () => {
  it('counts what is shown when nothing more exists', () => {
    expect(resultsSummary(answer({}), 6)).toBe('6 results. Arrow keys move, Enter opens.');
    expect(resultsSummary(answer({ notes: 0 }), 1)).toBe('1 result. Arrow keys move, Enter opens.');
  });

  it('says how many exist in all, and that More results shows them', () => {
    expect(resultsSummary(answer({ more: true, notes: 143 }), 30)).toBe(
      'Showing 30 of 146 results. Arrow keys move, Enter opens. More results shows the next ones.',
    );
  });

  it('says when counting stopped, and when notes come newest first', () => {
    expect(
      resultsSummary(answer({ more: true, notes: 2_000, atLeast: true, notesNewestFirst: true }), 30),
    ).toBe(
      'Showing 30 of 2,003+ results. Arrow keys move, Enter opens. More results shows the next ones. ' +
        'So many notes match that the newest come first: add a word to narrow them.',
    );
  });
});
