/**
 * The geometry of the pictures (and the editor, which reads the same placement): no word or
 * mark covers a symbol or other words, no household outline runs through a name, no line
 * strikes through a tie's words, and no arrowhead is hidden. Checked on the fixtures and on
 * generated three-generation families.
 */
import { describe, expect, it } from 'vitest';
import type { MapDocument, MapKind, ResolvedMapDocument } from '../../../src/shared/domain/relationship-map';
import { overlaps, segmentCrossesBox } from '../../../src/shared/domain/relationship-map-boxes';
import { autoLayout } from '../../../src/shared/domain/relationship-map-layout';
import { labelNames, validateMapDocument } from '../../../src/shared/domain/relationship-map-validation';
import { drawnBoxes, type DrawnBox } from '../../../src/shared/domain/relationship-map-drawn';
import { placeMap } from '../../../src/shared/domain/relationship-map-placement';
import {
  mapText,
  nameLines,
  textWidth,
  NAME_MAX_WIDTH,
} from '../../../src/shared/domain/relationship-map-text';
import {
  ecomapTie,
  fgcFamily,
  generatedFamily,
  person,
  resolved,
  syntheticEcomap,
} from './relationship-map-fixtures';

function describeBox(b: DrawnBox): string {
  return `${b.what} of ${b.owner}`;
}

/**
 * Every way the picture could hide something, in words (empty when it is clean). `lines`
 * also counts other lines running under a tie's words: avoidable on a family's picture, not
 * always on a dense ecomap where every spot along a tie is crossed by another.
 */
function problems(kind: MapKind, doc: ResolvedMapDocument, { lines: checkLines = true } = {}): string[] {
  const placement = placeMap(kind, doc);
  const { boxes, lines, outlines } = drawnBoxes(doc, placement);
  const found: string[] = [];
  const symbols = boxes.filter((b) => b.what === 'symbol');
  const words = boxes.filter((b) => b.what !== 'symbol' && b.what !== 'arrow');
  for (const w of words)
    for (const s of symbols)
      if (overlaps(w.box, s.box)) found.push(`${describeBox(w)} covers the symbol of ${s.owner}`);
  for (let i = 0; i < words.length; i += 1)
    for (let j = i + 1; j < words.length; j += 1)
      if (overlaps(words[i]!.box, words[j]!.box))
        found.push(`${describeBox(words[i]!)} and ${describeBox(words[j]!)} overlap`);
  for (const { owner, segment } of outlines)
    for (const b of boxes.filter((x) => x.what !== 'household name' && x.what !== 'arrow'))
      if (segmentCrossesBox(segment.a, segment.b, b.box))
        found.push(`the outline of ${owner} cuts ${describeBox(b)}`);
  for (const w of checkLines ? boxes.filter((b) => b.what === 'tie words') : [])
    for (const { owner, segment } of lines)
      if (owner !== w.owner && segmentCrossesBox(segment.a, segment.b, w.box))
        found.push(`a line of ${owner} runs through ${describeBox(w)}`);
  for (const arrow of boxes.filter((b) => b.what === 'arrow'))
    for (const other of boxes.filter((b) => b.what !== 'arrow' && b.owner !== arrow.owner))
      if (overlaps(arrow.box, other.box))
        found.push(`an arrowhead of ${arrow.owner} is under ${describeBox(other)}`);
  return found;
}

const laidOut = (kind: MapKind, doc: MapDocument) => resolved(autoLayout(kind, doc));

describe('words and marks on the picture', () => {
  it('keeps every name, year, tie label, mark and outline clear in the FGC family', () => {
    expect(problems('genogram', laidOut('genogram', fgcFamily()))).toEqual([]);
  });

  it('keeps them clear in generated three-generation families', () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const family = generatedFamily(seed);
      expect(validateMapDocument('genogram', family, labelNames(family))).toEqual([]);
      const doc = laidOut('genogram', family);
      expect({ seed, problems: problems('genogram', doc) }).toEqual({ seed, problems: [] });
    }
  });

  it('keeps both arrowheads of a "both ways" tie clear of the names, whichever way it runs', () => {
    const names = ['Marisol Brightwater', 'Ayla Brightwater', 'Hillside School', 'Jordan Fenwick'];
    for (const [dx, dy] of [
      [0, 220],
      [0, -220],
      [250, 0],
      [180, 160],
      [-180, 160],
    ] as const) {
      const doc = resolved({
        nodes: [person('a', names[0]!), person('b', names[1]!, { x: dx, y: dy })],
        ties: [ecomapTie('t', 'a', 'b', { direction: 'both', label: 'Sees every day' })],
        households: [],
      });
      expect(problems('ecomap', doc)).toEqual([]);
      const arrows = drawnBoxes(doc, placeMap('ecomap', doc)).boxes.filter((b) => b.what === 'arrow');
      expect(arrows).toHaveLength(2);
    }
  });

  it('keeps the words on a dense ecomap off every symbol, name and other words', () => {
    const doc = syntheticEcomap(24, 40);
    doc.ties = doc.ties.map((t, i) => (i % 3 === 0 ? { ...t, label: `Tie ${i}` } : t));
    expect(problems('ecomap', laidOut('ecomap', doc), { lines: false })).toEqual([]);
  });

  it('keeps an ecomap of a school incident clear, lines included', () => {
    const doc: MapDocument = {
      nodes: [
        person('ayla', 'Ayla Brightwater', { focal: true }),
        person('mum', 'Marisol Brightwater'),
        person('dad', 'Tomasz Brightwater'),
        person('school', 'Hillside School', { kind: 'system' }),
        person('gp', 'Riverside Surgery', { kind: 'system' }),
        person('jordan', 'Jordan Fenwick'),
        person('club', 'Saturday Football Club', { kind: 'system' }),
      ],
      ties: [
        ecomapTie('t1', 'mum', 'ayla', { direction: 'both', label: 'Sees every day' }),
        ecomapTie('t2', 'dad', 'ayla', { quality: 'tenuous', label: 'Weekends' }),
        ecomapTie('t3', 'school', 'ayla', { quality: 'stressful', direction: 'one_way' }),
        ecomapTie('t4', 'jordan', 'ayla', { quality: 'harm', label: 'Corridor incident' }),
        ecomapTie('t5', 'gp', 'ayla', { quality: 'moderate', direction: 'one_way' }),
        ecomapTie('t6', 'club', 'ayla', { quality: 'broken', label: 'Stopped going' }),
        ecomapTie('t7', 'mum', 'dad', { quality: 'conflict' }),
      ],
      households: [{ id: 'home', label: 'Mum’s flat', nodeIds: ['ayla', 'mum'], focal: false }],
    };
    expect(problems('ecomap', laidOut('ecomap', doc))).toEqual([]);
  });

  it('writes names at body text size, wrapped at spaces and hyphens onto three lines at most', () => {
    expect(mapText.name.size).toBeGreaterThanOrEqual(17);
    expect(nameLines('Walter Pike')).toEqual(['Walter Pike']);
    expect(nameLines('Marisol Brightwater')).toEqual(['Marisol', 'Brightwater']);
    expect(nameLines('Li Featherstone-Whitaker')).toEqual(['Li', 'Featherstone-', 'Whitaker']);
    const long = nameLines('Bartholomew-Alexander Featherstonehaugh-Worthington the Third');
    expect(long).toHaveLength(3);
    expect(long[2]!.endsWith('…')).toBe(true);
    for (const line of long) expect(textWidth(line, mapText.name.size)).toBeLessThanOrEqual(NAME_MAX_WIDTH);
  });
});
