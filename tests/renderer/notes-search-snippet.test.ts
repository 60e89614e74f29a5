/**
 * Search results for the dialog: snippets split into marked and plain pieces (so <mark> is
 * built from text), grouping and arrow-key order, and where each kind of hit opens.
 */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, type SearchHit } from '../../src/shared/schemas/notes';
import { splitSnippet, snippetText } from '../../src/renderer/src/features/search/snippet';
import {
  flatten,
  groupHits,
  moveActive,
  routeFor,
} from '../../src/renderer/src/features/search/search-results';

describe('snippets', () => {
  it('splits on the highlight markers', () => {
    expect(splitSnippet(`…said the ${S}lantern${E} was ${S}broken${E}`)).toEqual([
      { text: '…said the ', marked: false },
      { text: 'lantern', marked: true },
      { text: ' was ', marked: false },
      { text: 'broken', marked: true },
    ]);
  });

  it('keeps markup-looking text as plain text and survives unbalanced markers', () => {
    expect(splitSnippet(`<b>${S}x${E}`)).toEqual([
      { text: '<b>', marked: false },
      { text: 'x', marked: true },
    ]);
    expect(splitSnippet(`${E}a${S}b`)).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(splitSnippet(`${S}${E}`)).toEqual([]);
    expect(snippetText(`one ${S}two${E} three`)).toBe('one two three');
  });
});

const hit = (kind: SearchHit['kind'], id: string, rank: number, caseId: string | null = 'c1'): SearchHit => ({
  kind,
  id,
  caseId,
  caseReference: caseId ? 'RW-2026-001' : null,
  title: id,
  snippet: '',
  rank,
});

describe('results', () => {
  it('groups cases, people, notes, each by rank, and arrow keys visit them in that order', () => {
    const groups = groupHits([
      hit('note', 'n2', -3),
      hit('person', 'p1', -1, null),
      hit('note', 'n1', -5),
      hit('case', 'c1', -2),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Cases', 'People', 'Notes']);
    expect(flatten(groups).map((h) => h.id)).toEqual(['c1', 'p1', 'n1', 'n2']);
  });

  it('wraps arrow-key movement and has no active option when there are no results', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
    expect(moveActive(0, 0, 1)).toBe(-1);
  });

  it('opens a note in its case, a case at its overview, a person at their page', () => {
    expect(routeFor(hit('note', 'n1', 0))).toEqual({
      area: 'case',
      caseId: 'c1',
      tab: 'notes',
      noteId: 'n1',
    });
    expect(routeFor(hit('case', 'c9', 0, 'c9'))).toEqual({ area: 'case', caseId: 'c9', tab: 'overview' });
    expect(routeFor(hit('person', 'p1', 0, null))).toEqual({ area: 'person', personId: 'p1' });
    expect(routeFor(hit('note', 'n1', 0, null))).toBeNull();
  });
});
