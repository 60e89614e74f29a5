import { describe, expect, it } from 'vitest';
import type { ParentTie } from '../../../src/shared/domain/relationship-map';
import {
  COUPLE_DROP,
  coupleLinePoints,
  coupleWordsAt,
  coupledCoParent,
  overHeadsRoute,
  parentLinePoints,
} from '../../../src/shared/domain/relationship-map-family-lines';
import { autoLayout } from '../../../src/shared/domain/relationship-map-layout';
import { mapToSvg } from '../../../src/shared/domain/relationship-map-svg';
import { couple, emotional, fgcFamily, parent, person, resolved } from './relationship-map-fixtures';

describe('genogram family lines', () => {
  const mum = { x: 0, y: 0 };
  const dad = { x: 150, y: 0 };

  it('draws a couple line as a U below both partners, with the years above its middle', () => {
    const line = coupleLinePoints(mum, dad, 20, 20);
    expect(line.points).toEqual([
      { x: 0, y: 20 },
      { x: 0, y: COUPLE_DROP },
      { x: 150, y: COUPLE_DROP },
      { x: 150, y: 20 },
    ]);
    expect(line.centre).toEqual({ x: 75, y: COUPLE_DROP });
    const words = coupleWordsAt(line);
    expect(words.x).toBe(75);
    expect(words.y).toBeLessThan(COUPLE_DROP - 8); // above the slashes
  });

  it('hangs brothers and sisters from the middle of their parents’ couple line on one shared bar', () => {
    const first = parentLinePoints(mum, dad, { x: -40, y: 190 }, 20, 20);
    const second = parentLinePoints(dad, mum, { x: 190, y: 190 }, 20, 20);
    expect(first[0]).toEqual({ x: 75, y: COUPLE_DROP });
    expect(second[0]).toEqual(first[0]);
    // The bend (the bar) is at the same height for both, and each line ends on top of its child.
    expect(first[1]!.y).toBe(second[1]!.y);
    expect(first[3]).toEqual({ x: -40, y: 170 });
    expect(second[3]).toEqual({ x: 190, y: 170 });
  });

  it('starts a single parent’s line from below that parent', () => {
    expect(parentLinePoints(mum, null, { x: 0, y: 190 }, 20, 20)[0]).toEqual({ x: 0, y: 20 });
  });

  it('starts from the couple line only when the two parents are a couple on the map', () => {
    const ties = [parent('p1', 'mum', 'kid'), parent('p2', 'dad', 'kid')];
    const first = ties[0] as ParentTie;
    expect(coupledCoParent(ties, first)).toBeNull();
    expect(coupledCoParent([...ties, couple('c', 'dad', 'mum')], first)).toBe('dad');
    expect(coupledCoParent([parent('p1', 'mum', 'kid'), couple('c', 'dad', 'mum')], first)).toBeNull();
  });

  it('routes an emotional line over the heads of people between, staggered, and leaves neighbours straight', () => {
    expect(overHeadsRoute({ x: 0, y: 0 }, { x: 150, y: 0 }, 20, 0)).toBeNull();
    expect(overHeadsRoute({ x: 0, y: 0 }, { x: 300, y: 190 }, 20, 0)).toBeNull();
    const first = overHeadsRoute({ x: 0, y: 0 }, { x: 300, y: 0 }, 20, 0)!;
    const second = overHeadsRoute({ x: 0, y: 0 }, { x: 300, y: 0 }, 20, 1)!;
    expect(first.span[0].y).toBeLessThan(-20);
    expect(second.span[0].y).toBeLessThan(first.span[0].y);
    expect(first.risers[0]).toEqual([
      { x: 0, y: -20 },
      { x: 0, y: first.span[0].y },
    ]);
  });

  it('gives the exported picture the same lines: years above the divorce, a hostile line over heads', () => {
    const doc = autoLayout('genogram', fgcFamily());
    const { svg } = mapToSvg('genogram', resolved(doc));
    const divorce = fgcFamily().ties.find((t) => t.kind === 'couple' && t.status === 'divorced')!;
    const [a, b] = [divorce.from, divorce.to].map((id) => doc.nodes.find((n) => n.id === id)!);
    const lineY = Math.max(a!.y, b!.y) + COUPLE_DROP;
    const years = /<text x="[\d.-]+" y="([\d.-]+)"[^>]*>2006–2014<\/text>/.exec(svg);
    expect(years).not.toBeNull();
    expect(Number(years![1])).toBeLessThan(lineY);
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
