/**
 * Relationship maps suite (issue 5), the pure half: auto-layout time for ecomaps (radial) and
 * genograms (generations) of 50 and 200 people, placing every word and mark of a big map (the
 * editor does it after each change), and the time to draw a 200-person map as SVG
 * and as PNG (the export and the Word documents). The frames per second while dragging in
 * Chromium are measured by the editor's suite. Results are checked, not only timed: a layout
 * that put two people on the same spot would fail the run.
 */
import { svgToPng } from '../../src/main/documents/map-picture';
import type { MapDocument, MapKind } from '../../src/shared/domain/relationship-map';
import { autoLayout, layoutSpacing } from '../../src/shared/domain/relationship-map-layout';
import { placeMap } from '../../src/shared/domain/relationship-map-placement';
import { mapToSvg } from '../../src/shared/domain/relationship-map-svg';
import {
  resolved,
  syntheticEcomap,
  syntheticGenogram,
} from '../../tests/node/domain/relationship-map-fixtures';
import { median, timed } from './stats';
import type { BenchContext, BenchSuite, Figure } from './types';

const WARM_UPS = 3;
const ROUNDS = 15;
/** Auto-layout is a button press: well under the 100 ms a click should take to answer. */
const LAYOUT_TARGET_MS = 50;
/** The editor places every word and mark again after each change: well within a click. */
const PLACEMENT_TARGET_MS = 50;
/** Export and the preparation summary: the picture of a big map within a couple of seconds. */
const PICTURE_TARGET_MS = 2_000;

function mapOf(kind: MapKind, people: number): MapDocument {
  return kind === 'ecomap' ? syntheticEcomap(people, people * 2) : syntheticGenogram(people);
}

function checkSpread(doc: MapDocument, what: string): void {
  const seen = new Set<string>();
  for (const node of doc.nodes) {
    const key = `${Math.round(node.x / (layoutSpacing.node / 3))}|${Math.round(node.y / (layoutSpacing.node / 3))}`;
    if (seen.has(key)) throw new Error(`${what}: two people laid out on the same spot.`);
    seen.add(key);
  }
}

function layoutFigure(kind: MapKind, people: number): Figure {
  const doc = mapOf(kind, people);
  for (let i = 0; i < WARM_UPS; i += 1) autoLayout(kind, doc);
  const times: number[] = [];
  let last: MapDocument = doc;
  for (let i = 0; i < ROUNDS; i += 1) {
    const { result, ms } = timed(() => autoLayout(kind, doc));
    times.push(ms);
    last = result;
  }
  checkSpread(last, `${kind} of ${people}`);
  return {
    name: `map layout time, ${kind} of ${people} people (${doc.ties.length} ties)`,
    value: median(times),
    unit: 'ms',
    target: LAYOUT_TARGET_MS,
    better: 'lower',
  };
}

export const mapLayoutSuite: BenchSuite = {
  name: 'map-layout',
  description: 'relationship map auto-layout and picture export (pure, in Node)',
  async run(context: BenchContext): Promise<Figure[]> {
    const figures: Figure[] = [];
    for (const kind of ['ecomap', 'genogram'] as const)
      for (const people of [50, 200]) {
        context.log(`map layout: ${kind} of ${people}`);
        figures.push(layoutFigure(kind, people));
      }
    for (const [kind, people] of [
      ['ecomap', 500],
      ['genogram', 200],
    ] as const) {
      const doc = resolved(autoLayout(kind, mapOf(kind, people)));
      for (let i = 0; i < WARM_UPS; i += 1) placeMap(kind, doc);
      const times = Array.from({ length: ROUNDS }, () => timed(() => placeMap(kind, doc)).ms);
      figures.push({
        name: `placing every word and mark, ${kind} of ${people} people (${doc.ties.length} ties)`,
        value: median(times),
        unit: 'ms',
        target: PLACEMENT_TARGET_MS,
        better: 'lower',
      });
    }
    const big = resolved(autoLayout('ecomap', mapOf('ecomap', 200)));
    const svgTimes: number[] = [];
    const pngTimes: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { result: picture, ms } = timed(() => mapToSvg('ecomap', big, { title: 'Bench map' }));
      svgTimes.push(ms);
      pngTimes.push(timed(() => svgToPng(picture)).ms);
    }
    figures.push(
      {
        name: 'map picture as SVG, ecomap of 200 people',
        value: median(svgTimes),
        unit: 'ms',
        target: PICTURE_TARGET_MS,
        better: 'lower',
      },
      {
        name: 'map picture as PNG (3x, at most 16 Mpx), ecomap of 200 people',
        value: median(pngTimes),
        unit: 'ms',
        target: PICTURE_TARGET_MS,
        better: 'lower',
      },
    );
    context.note(
      `Map layout: median of ${ROUNDS} runs of the pure autoLayout() on invented maps (ecomaps with two ties a person, genograms of couples with three children each); target ${LAYOUT_TARGET_MS} ms, as it answers a button press. Placement: median of ${ROUNDS} runs of placeMap(), which the editor runs after every change. Pictures: median of 3, SVG from mapToSvg() and PNG rendered by resvg at 3x, scaled down to at most 16 million pixels for big maps.`,
    );
    return figures;
  },
};
