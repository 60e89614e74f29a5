import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../src/shared/domain/relationship-map';
import {
  applyChanges,
  ChangeOrderError,
  changeSize,
  documentChanges,
  hasChanges,
} from '../../../src/shared/domain/relationship-map-changes';
import { autoLayout } from '../../../src/shared/domain/relationship-map-layout';
import { ecomapTie, fgcFamily, person, syntheticEcomap } from './relationship-map-fixtures';

const move = (doc: MapDocument, id: string, by: number): MapDocument => ({
  ...doc,
  nodes: doc.nodes.map((n) => (n.id === id ? { ...n, x: n.x + by } : n)),
});

describe('what changed in a map, and the same change made again', () => {
  it('sends one node for one person moved on a 500-person map, and rebuilds the map from it', () => {
    const before = autoLayout('ecomap', syntheticEcomap(500, 1000));
    const after = move(before, 'n7', 40);
    const changes = documentChanges(before, after);
    expect(changes.nodes.put.map((n) => n.id)).toEqual(['n7']);
    expect(changeSize(changes)).toBe(1);
    expect(applyChanges(before, changes)).toEqual(after);
    expect(hasChanges(documentChanges(after, after))).toBe(false);
  });

  it('adds, removes and changes ties, people and households, in the order the editor has them', () => {
    const before = fgcFamily();
    const after: MapDocument = {
      nodes: [...before.nodes.filter((n) => n.id !== 'sky'), person('aunt', 'Tina Pike')],
      ties: [
        ...before.ties
          .filter((t) => t.from !== 'sky' && t.to !== 'sky')
          .map((t) => (t.id === 'e-hostile' ? { ...t, label: 'after the conference' } : t)),
        ecomapTie('new', 'aunt', 'kai'),
      ],
      households: [{ ...before.households[0]!, nodeIds: ['mum', 'stepdad', 'kai', 'jess'] }],
    };
    const changes = documentChanges(before, after);
    expect(changes.nodes).toMatchObject({ remove: ['sky'], order: null });
    expect(changes.nodes.put.map((n) => n.id)).toEqual(['aunt']);
    expect(changes.ties.put.map((t) => t.id).sort()).toEqual(['e-hostile', 'new']);
    expect(applyChanges(before, changes)).toEqual(after);
  });

  it('puts an undone removal back in its place, with the order of every id', () => {
    const before = fgcFamily();
    const removed = { ...before, nodes: before.nodes.filter((n) => n.id !== 'mum') };
    const undone = documentChanges(removed, before);
    expect(undone.nodes.order).toEqual(before.nodes.map((n) => n.id));
    expect(applyChanges(removed, undone)).toEqual(before);
  });

  it('refuses an order that does not match the items', () => {
    const doc = fgcFamily();
    const changes = documentChanges(doc, doc);
    expect(() =>
      applyChanges(doc, { ...changes, nodes: { put: [], remove: [], order: ['kai', 'kai'] } }),
    ).toThrow(ChangeOrderError);
    expect(() =>
      applyChanges(doc, {
        ...changes,
        ties: { put: [], remove: [], order: [...doc.ties.map((t) => t.id).slice(1), 'nobody'] },
      }),
    ).toThrow("The order given for the map's ties does not match them.");
  });
});
