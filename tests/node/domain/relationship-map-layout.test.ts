import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../src/shared/domain/relationship-map';
import { autoLayout, layoutSpacing } from '../../../src/shared/domain/relationship-map-layout';
import {
  ecomapTie,
  fgcFamily,
  person,
  syntheticEcomap,
  syntheticGenogram,
} from './relationship-map-fixtures';

const at = (doc: MapDocument, id: string) => {
  const node = doc.nodes.find((n) => n.id === id)!;
  return { x: node.x, y: node.y };
};

function minimumDistance(doc: MapDocument): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < doc.nodes.length; i += 1)
    for (let j = i + 1; j < doc.nodes.length; j += 1)
      min = Math.min(min, Math.hypot(doc.nodes[i]!.x - doc.nodes[j]!.x, doc.nodes[i]!.y - doc.nodes[j]!.y));
  return min;
}

describe('genogram layout', () => {
  const laid = autoLayout('genogram', fgcFamily());

  it('puts each generation on its own row, grandparents at the top', () => {
    const rows = ['grandad', 'mum', 'kai'].map((id) => at(laid, id).y);
    expect(rows).toEqual([0, layoutSpacing.generation, 2 * layoutSpacing.generation]);
    expect(at(laid, 'nan').y).toBe(at(laid, 'grandad').y);
    // Partners who married in share their partner's row.
    expect(at(laid, 'dad').y).toBe(at(laid, 'mum').y);
    expect(at(laid, 'stepdad').y).toBe(at(laid, 'mum').y);
  });

  it('draws children in birth order, left to right, below their parents', () => {
    const children = ['jess', 'kai', 'sky'].map((id) => at(laid, id).x);
    expect([...children].sort((a, b) => a - b)).toEqual(children);
    expect(at(laid, 'mum').x).toBeLessThan(at(laid, 'uncle').x);
    const grandparents = (at(laid, 'grandad').x + at(laid, 'nan').x) / 2;
    const theirChildren = (at(laid, 'mum').x + at(laid, 'uncle').x) / 2;
    expect(Math.abs(grandparents - theirChildren)).toBeLessThan(layoutSpacing.node * 1.5);
  });

  it('keeps partners side by side and nobody on top of anybody', () => {
    expect(Math.abs(at(laid, 'grandad').x - at(laid, 'nan').x)).toBe(layoutSpacing.node);
    expect(minimumDistance(laid)).toBeGreaterThanOrEqual(layoutSpacing.node);
    expect(minimumDistance(autoLayout('genogram', syntheticGenogram(200)))).toBeGreaterThanOrEqual(
      layoutSpacing.node,
    );
  });

  it('gives the same positions every time, whatever the positions were before', () => {
    const moved = fgcFamily();
    moved.nodes = moved.nodes.map((n, i) => ({ ...n, x: i * 37, y: -i * 11 }));
    expect(autoLayout('genogram', moved)).toEqual(laid);
    expect(autoLayout('genogram', fgcFamily())).toEqual(laid);
    const big = syntheticGenogram(200);
    expect(autoLayout('genogram', big)).toEqual(autoLayout('genogram', big));
  });
});

describe('ecomap layout', () => {
  it('puts the focal person at the centre with the people tied to them on the first ring', () => {
    const doc: MapDocument = {
      nodes: [
        person('school', 'Oak School', { kind: 'system' }),
        person('kai', 'Kai', { focal: true }),
        person('nan', 'Nan'),
        person('gp', 'Dr Rahman', { kind: 'system' }),
      ],
      ties: [ecomapTie('a', 'kai', 'school'), ecomapTie('b', 'nan', 'kai'), ecomapTie('c', 'nan', 'gp')],
      households: [],
    };
    const laid = autoLayout('ecomap', doc);
    expect(at(laid, 'kai')).toEqual({ x: 0, y: 0 });
    const distance = (id: string) => Math.hypot(at(laid, id).x, at(laid, id).y);
    expect(distance('school')).toBeCloseTo(distance('nan'), 0);
    expect(distance('gp')).toBeGreaterThan(distance('nan'));
    expect(autoLayout('ecomap', laid)).toEqual(laid);
  });

  it('puts a focal household in the middle', () => {
    const doc: MapDocument = {
      nodes: [person('a', 'Ana'), person('b', 'Ben'), person('c', 'Cal')],
      ties: [ecomapTie('t', 'a', 'c')],
      households: [{ id: 'h', label: 'Home', nodeIds: ['a', 'b'], focal: true }],
    };
    const laid = autoLayout('ecomap', doc);
    const distance = (id: string) => Math.hypot(at(laid, id).x, at(laid, id).y);
    expect(distance('a')).toBeLessThan(distance('c'));
    expect(distance('b')).toBeLessThan(distance('c'));
  });

  it('spreads 200 people so none overlap, the same way every time', () => {
    const doc = syntheticEcomap(200, 400);
    const laid = autoLayout('ecomap', doc);
    expect(minimumDistance(laid)).toBeGreaterThanOrEqual(layoutSpacing.node * 0.9);
    expect(autoLayout('ecomap', doc)).toEqual(laid);
  });
});
