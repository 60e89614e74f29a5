import { describe, expect, it } from 'vitest';
import type { ParentTie } from '../../../src/shared/domain/relationship-map';
import { newNode } from '../../../src/shared/domain/relationship-map';
import {
  COUPLE_GAP,
  COUPLE_WORDS_ROOM,
  coupleLinePoints,
  coupledCoParent,
  overHeadsRoute,
  parentLinePoints,
} from '../../../src/shared/domain/relationship-map-family-lines';
import { autoLayout } from '../../../src/shared/domain/relationship-map-layout';
import { nodeFootprint } from '../../../src/shared/domain/relationship-map-nodes';
import { mapToSvg } from '../../../src/shared/domain/relationship-map-svg';
import { couple, emotional, fgcFamily, parent, person, resolved } from './relationship-map-fixtures';

/** A genogram person's footprint: a square symbol, a one-line name and a birth year. */
const footprint = nodeFootprint('genogram', {
  ...newNode({ id: 'x', sex: 'male', birthYear: 1970 }),
  name: 'Lee Marsh',
  roles: [],
});

describe('genogram family lines', () => {
  const mum = { x: 0, y: 0 };
  const dad = { x: 150, y: 0 };

  it('draws a couple line as a U from the foot of both symbols, below their names and years', () => {
    const line = coupleLinePoints(mum, footprint, dad, footprint);
    const floor = footprint.bottom + COUPLE_GAP;
    expect(line.points).toEqual([
      { x: 0, y: footprint.symbol.y2 },
      { x: 0, y: floor },
      { x: 150, y: floor },
      { x: 150, y: footprint.symbol.y2 },
    ]);
    expect(line.centre).toEqual({ x: 75, y: floor });
    // Years or a label on the line leave room above it for them.
    expect(coupleLinePoints(mum, footprint, dad, footprint, true).centre.y).toBe(floor + COUPLE_WORDS_ROOM);
  });

  it('hangs brothers and sisters from the middle of their parents’ couple line on one shared bar', () => {
    const co = (at: { x: number; y: number }) => ({ at, footprint, coupleWords: false });
    const first = parentLinePoints(mum, footprint, co(dad), { x: -40, y: 220 }, footprint);
    const second = parentLinePoints(dad, footprint, co(mum), { x: 190, y: 220 }, footprint);
    expect(first[0]).toEqual({ x: 75, y: footprint.bottom + COUPLE_GAP });
    expect(second[0]).toEqual(first[0]);
    // The bend (the bar) is at the same height for both, and each line ends on top of its child.
    expect(first[1]!.y).toBe(second[1]!.y);
    expect(first[3]).toEqual({ x: -40, y: 220 + footprint.symbol.y1 });
    expect(second[3]).toEqual({ x: 190, y: 220 + footprint.symbol.y1 });
  });

  it('starts a single parent’s line from below that parent', () => {
    expect(parentLinePoints(mum, footprint, null, { x: 0, y: 220 }, footprint)[0]).toEqual({
      x: 0,
      y: footprint.symbol.y2,
    });
  });

  it('starts from the couple line only when the two parents are a couple on the map', () => {
    const ties = [parent('p1', 'mum', 'kid'), parent('p2', 'dad', 'kid')];
    const first = ties[0] as ParentTie;
    expect(coupledCoParent(ties, first)).toBeNull();
    expect(coupledCoParent([...ties, couple('c', 'dad', 'mum')], first)).toBe('dad');
    expect(coupledCoParent([parent('p1', 'mum', 'kid'), couple('c', 'dad', 'mum')], first)).toBeNull();
  });

  it('routes an emotional line over the heads of people between, staggered, and leaves neighbours straight', () => {
    expect(overHeadsRoute({ x: 0, y: 0 }, footprint, { x: 150, y: 0 }, footprint, 0)).toBeNull();
    expect(overHeadsRoute({ x: 0, y: 0 }, footprint, { x: 300, y: 220 }, footprint, 0)).toBeNull();
    const first = overHeadsRoute({ x: 0, y: 0 }, footprint, { x: 300, y: 0 }, footprint, 0)!;
    const second = overHeadsRoute({ x: 0, y: 0 }, footprint, { x: 300, y: 0 }, footprint, 1)!;
    expect(first.span[0].y).toBeLessThan(footprint.symbol.y1);
    expect(second.span[0].y).toBeLessThan(first.span[0].y);
    expect(first.risers[0]).toEqual([
      { x: 0, y: footprint.symbol.y1 },
      { x: 0, y: first.span[0].y },
    ]);
  });

  it('gives the exported picture the same lines: years above the divorce, a hostile line over heads', () => {
    const doc = autoLayout('genogram', fgcFamily());
    const { svg } = mapToSvg('genogram', resolved(doc));
    const divorce = fgcFamily().ties.find((t) => t.kind === 'couple' && t.status === 'divorced')!;
    const [a, b] = [divorce.from, divorce.to].map((id) => doc.nodes.find((n) => n.id === id)!);
    const years = /<text x="[\d.-]+" y="([\d.-]+)"[^>]*>2006–2014<\/text>/.exec(svg);
    expect(years).not.toBeNull();
    // Below both partners' names, above the couple line (which is below their birth years).
    const below = Math.max(a!.y, b!.y) + footprint.bottom;
    expect(Number(years![1])).toBeGreaterThan(below);
    expect(Number(years![1])).toBeLessThan(below + COUPLE_GAP + COUPLE_WORDS_ROOM);
    // Three people in a row, the outer two hostile: the zig-zag runs above all three.
    const row = {
      nodes: [person('l', 'Lee'), person('m', 'Mo'), person('r', 'Ray')].map((n, i) => ({
        ...n,
        x: i * 150,
      })),
      ties: [emotional('h', 'l', 'r', 'hostile')],
      households: [],
    };
    const hostile = mapToSvg('genogram', resolved(row)).svg;
    const zigzag = /<polyline points="([^"]+)"[^>]*stroke="#a4262c"/.exec(hostile);
    expect(zigzag).not.toBeNull();
    const ys = zigzag![1]!.split(' ').map((p) => Number(p.split(',')[1]));
    expect(Math.max(...ys)).toBeLessThan(-20);
  });
});
