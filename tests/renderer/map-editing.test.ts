import { describe, expect, it } from 'vitest';
import { newNode } from '../../src/shared/domain/relationship-map';
import {
  addTie,
  moveNodes,
  newTie,
  remove,
  updateTie,
  type Doc,
} from '../../src/renderer/src/features/maps/map-edit';
import {
  HISTORY_LIMIT,
  record,
  redo,
  startHistory,
  undo,
} from '../../src/renderer/src/features/maps/map-history';

const doc: Doc = {
  nodes: [
    newNode({ id: 'a', label: 'Rosa' }),
    newNode({ id: 'b', label: 'Colin' }),
    newNode({ id: 'c', label: 'Ade' }),
  ],
  ties: [newTie('t1', 'couple', 'a', 'b'), newTie('t2', 'parent', 'a', 'c')],
  households: [{ id: 'h', label: 'Home', nodeIds: ['a', 'c'], focal: false }],
};

describe('map editing', () => {
  it('removing a person takes their ties and their place in households with them', () => {
    const next = remove(doc, new Set(['a']), new Set());
    expect(next.nodes.map((n) => n.id)).toEqual(['b', 'c']);
    expect(next.ties).toEqual([]);
    expect(next.households).toEqual([{ id: 'h', label: 'Home', nodeIds: ['c'], focal: false }]);
  });

  it('changing a tie kind keeps its ends, label and note; other changes replace fields', () => {
    const labelled = updateTie(doc, 't1', { label: 'since 1980' });
    const changed = updateTie(labelled, 't1', { kind: 'emotional' });
    expect(changed.ties[0]).toEqual({
      id: 't1',
      kind: 'emotional',
      emotion: 'close',
      from: 'a',
      to: 'b',
      label: 'since 1980',
      note: '',
    });
    expect(
      updateTie(doc, 't1', { status: 'divorced', startYear: 1990, endYear: 2004 }).ties[0],
    ).toMatchObject({
      status: 'divorced',
      startYear: 1990,
      endYear: 2004,
    });
  });

  it('a move rounds to whole pixels and touches only the nodes moved', () => {
    const moved = moveNodes(doc, new Map([['b', { x: 10.6, y: -3.2 }]]));
    expect(moved.nodes.map((n) => [n.x, n.y])).toEqual([
      [0, 0],
      [11, -3],
      [0, 0],
    ]);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes step by step; a new step clears what was undone', () => {
    let h = startHistory(doc);
    const one = addTie(doc, newTie('t3', 'emotional', 'b', 'c'));
    const two = remove(one, new Set(['c']), new Set());
    h = record(record(h, one), two);
    h = undo(h);
    expect(h.present).toBe(one);
    h = undo(h);
    expect(h.present).toBe(doc);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe(one);
    const other = remove(one, new Set(['b']), new Set());
    h = record(h, other);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('keeps at most the last hundred steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i += 1) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(20);
  });
});
