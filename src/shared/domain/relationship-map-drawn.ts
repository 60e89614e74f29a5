/**
 * Everything the picture draws, as boxes and lines: what the tests check (no words on a
 * symbol or on other words, no outline through a name, no line through a tie's words, no
 * arrowhead under anything), from the same placement the editor and the pictures draw.
 */
import type { Box, Segment } from './relationship-map-boxes';
import { outlineSides } from './relationship-map-households';
import { footprintBoxes } from './relationship-map-nodes';
import {
  markBox,
  slashBox,
  tieWordsBox,
  type MapPlacement,
  type PlacedDocument,
} from './relationship-map-placement';
import { arrowBoxes, hasMark, onTrack, routeSegments, routeTrack, tieWords } from './relationship-map-routes';
import { coupleSlashes } from './relationship-map-style';

export interface DrawnBox {
  /** The node (`node:<id>`), tie (its id) or household (`household:<id>`) it belongs to. */
  owner: string;
  what: 'symbol' | 'name' | 'year' | 'tie words' | 'household name' | 'mark' | 'slashes' | 'arrow';
  box: Box;
}

export function drawnBoxes(
  doc: PlacedDocument,
  placement: MapPlacement,
): {
  boxes: DrawnBox[];
  lines: { owner: string; segment: Segment }[];
  outlines: { owner: string; segment: Segment }[];
} {
  const boxes: DrawnBox[] = [];
  for (const node of doc.nodes) {
    const footprint = placement.footprints.get(node.id)!;
    const [symbol, name, year] = footprintBoxes(footprint, node);
    const owner = `node:${node.id}`;
    boxes.push({ owner, what: 'symbol', box: symbol! }, { owner, what: 'name', box: name! });
    if (year) boxes.push({ owner, what: 'year', box: year });
  }
  const lines: { owner: string; segment: Segment }[] = [];
  for (const tie of doc.ties) {
    const route = placement.routes.get(tie.id);
    const placed = placement.ties.get(tie.id);
    if (!route || !placed) continue;
    for (const segment of routeSegments(route)) lines.push({ owner: tie.id, segment });
    for (const box of arrowBoxes(tie, route)) boxes.push({ owner: tie.id, what: 'arrow', box });
    if (hasMark(tie)) boxes.push({ owner: tie.id, what: 'mark', box: markBox(route, placed.markAt) });
    const slashes =
      tie.kind === 'couple' && coupleSlashes[tie.status] > 0 ? slashBox(route, placed.slashShift) : null;
    if (slashes) boxes.push({ owner: tie.id, what: 'slashes', box: slashes });
    const words = tieWords(tie);
    if (words && placed.label)
      boxes.push({
        owner: tie.id,
        what: 'tie words',
        box: tieWordsBox(words, onTrack(routeTrack(route), placed.label.t, placed.label.offset)),
      });
  }
  const outlines: { owner: string; segment: Segment }[] = [];
  for (const [id, household] of placement.households) {
    for (const segment of outlineSides(household.outline))
      outlines.push({ owner: `household:${id}`, segment });
    if (household.label)
      boxes.push({ owner: `household:${id}`, what: 'household name', box: household.label.box });
  }
  return { boxes, lines, outlines };
}
