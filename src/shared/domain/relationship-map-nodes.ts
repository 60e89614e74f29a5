/**
 * A person or system on the map as the editor and every picture draw it: the symbol, the name
 * under it (wrapped, at body text size) and, on a genogram, the birth year, each with the box
 * it takes. The box of a node's words is its footprint: lines stop at its edge, so an arrowhead
 * is never hidden under a name, and the placement keeps other words off it.
 */
import type { Role } from './case-model';
import type { MapKind, MapNodeKind, Sex } from './relationship-map';
import { grow, moveBox, rayThroughBox, type Box } from './relationship-map-boxes';
import { symbolSvg } from './relationship-map-legend';
import { nodeColour } from './relationship-map-style';
import { r as round, type Point } from './relationship-map-svg-lines';
import { LABEL_PAD, mapText, nameLines, textWidth } from './relationship-map-text';

/** What drawing a node needs to know about it. */
export interface DrawnNode {
  name: string;
  kind: MapNodeKind;
  sex: Sex | null;
  deceased: boolean;
  focal: boolean;
  birthYear: number | null;
  roles: readonly Role[];
  personId: string | null;
}

export interface NodeWords {
  box: Box;
  lines: string[];
  /** Font size and line height of these words. */
  size: number;
  line: number;
  bold: boolean;
}

/** Boxes relative to the symbol's centre, in map units. */
export interface NodeFootprint {
  symbol: Box;
  name: NodeWords;
  year: NodeWords | null;
  /** The lowest edge of the words under the symbol. */
  bottom: number;
}

/** Half the width and height of the drawn symbol, with its outline. */
export function symbolHalf(kind: MapKind, node: Pick<DrawnNode, 'kind' | 'sex' | 'focal'>): Point {
  const stroke = 1.5;
  if (node.kind === 'system') return node.focal ? { x: 47, y: 27 } : { x: 40 + stroke, y: 20 + stroke };
  const focal = node.focal ? 5 : 0;
  if (kind === 'genogram') {
    const diamond = (node.sex ?? 'other_unknown') === 'other_unknown' ? 2 : 0;
    return { x: 20 + diamond + focal + stroke, y: 20 + diamond + focal + stroke };
  }
  return { x: 26 + focal + stroke, y: 26 + focal + stroke };
}

/** The name shown for a node: an empty one still gets words, so it can be found and clicked. */
export function shownName(node: Pick<DrawnNode, 'name'>): string {
  return node.name.trim() || 'Unnamed';
}

/** Where a line of words sits in its line box: the baseline, from the box's top. */
export function baselineIn(line: number, size: number): number {
  return (line + 0.69 * size) / 2;
}

function words(lines: string[], top: number, size: number, line: number, bold: boolean): NodeWords {
  const width = Math.max(...lines.map((l) => textWidth(l, size, bold))) + 2 * LABEL_PAD;
  return {
    box: { x1: -width / 2, y1: top, x2: width / 2, y2: top + lines.length * line },
    lines,
    size,
    line,
    bold,
  };
}

const footprints = new Map<string, NodeFootprint>();

/** The node's symbol and words, relative to its centre (the same for the same look). */
export function nodeFootprint(kind: MapKind, node: DrawnNode): NodeFootprint {
  const name = shownName(node);
  const year = kind === 'genogram' && node.birthYear !== null ? `b. ${node.birthYear}` : null;
  const key = `${kind}|${node.kind}|${node.sex}|${node.focal}|${year}|${name}`;
  const known = footprints.get(key);
  if (known) return known;
  const half = symbolHalf(kind, node);
  const symbol = { x1: -half.x, y1: -half.y, x2: half.x, y2: half.y };
  const nameWords = words(
    nameLines(name, node.focal),
    half.y + 3,
    mapText.name.size,
    mapText.name.line,
    node.focal,
  );
  const yearWords = year
    ? words([year], nameWords.box.y2, mapText.year.size, mapText.year.line, false)
    : null;
  const footprint = { symbol, name: nameWords, year: yearWords, bottom: (yearWords ?? nameWords).box.y2 };
  // Names repeat across renders and maps: measuring each once keeps a 500-person map quick.
  if (footprints.size > 5_000) footprints.clear();
  footprints.set(key, footprint);
  return footprint;
}

/** The symbol and word boxes of a node at `centre`. */
export function footprintBoxes(footprint: NodeFootprint, centre: Point): Box[] {
  const boxes = [footprint.symbol, footprint.name.box, ...(footprint.year ? [footprint.year.box] : [])];
  return boxes.map((b) => moveBox(b, centre));
}

/** Room kept between the end of a line and a node's words. */
export const WORDS_CLEARANCE = 7;

const exits = new WeakMap<NodeFootprint, Box[]>();

/**
 * The boxes a line from the centre leaves through: the symbol, and the words with a margin as
 * wide as half an arrowhead, so its wings stay clear of them too. Worked out once per look.
 */
function exitBoxes(footprint: NodeFootprint): Box[] {
  let boxes = exits.get(footprint);
  if (!boxes) {
    const [symbol, ...words] = footprintBoxes(footprint, { x: 0, y: 0 });
    boxes = [symbol!, ...words.map((box) => grow(box, WORDS_CLEARANCE))];
    exits.set(footprint, boxes);
  }
  return boxes;
}

/**
 * Where a line from the centre towards `toward` leaves the node: past the symbol and past the
 * words under it when it goes that way, plus `gap`.
 */
export function exitPoint(centre: Point, toward: Point, footprint: NodeFootprint, gap: number): Point {
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  const length = Math.hypot(dx, dy) || 1;
  const dir = { x: dx / length, y: dy / length };
  const boxes = exitBoxes(footprint);
  // How far the ray stays inside the symbol and the words that touch it, box after box.
  let reach = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const box of boxes) {
      const span = rayThroughBox(ORIGIN, dir, box);
      if (span && span[0] <= reach + 1 && span[1] > reach) {
        reach = span[1];
        changed = true;
      }
    }
  }
  return { x: centre.x + dir.x * (reach + gap), y: centre.y + dir.y * (reach + gap) };
}

const ORIGIN = { x: 0, y: 0 };

/** The symbol as SVG at `centre`: the conventional shape in the role's colour. */
export function nodeShapeSvg(kind: MapKind, node: DrawnNode, centre: Point): string {
  const colour = nodeColour(node);
  if (node.kind === 'system') {
    const { x, y } = centre;
    const outer = node.focal
      ? `<rect x="${x - 46}" y="${y - 26}" width="92" height="52" rx="9" fill="none" stroke="${colour}" stroke-width="2"/>`
      : '';
    return `${outer}<rect x="${x - 40}" y="${y - 20}" width="80" height="40" rx="6" fill="#ffffff" stroke="${colour}" stroke-width="2.5"/>`;
  }
  if (kind === 'genogram') return symbolSvg(centre, 40, node.sex ?? 'other_unknown', colour, '#ffffff', node);
  return symbolSvg(centre, 52, null, colour, '#ffffff', node);
}

function wordsSvg(w: NodeWords, centre: Point, colour: string, escape: (s: string) => string): string {
  const box = moveBox(w.box, centre);
  const background = `<rect x="${round(box.x1)}" y="${round(box.y1)}" width="${round(box.x2 - box.x1)}" height="${round(box.y2 - box.y1)}" rx="3" fill="#ffffff"/>`;
  const lines = w.lines
    .map(
      (text, i) =>
        `<text x="${round(centre.x)}" y="${round(box.y1 + i * w.line + baselineIn(w.line, w.size))}" font-size="${w.size}" fill="${colour}" text-anchor="middle"${w.bold ? ' font-weight="bold"' : ''}>${escape(text)}</text>`,
    )
    .join('');
  return background + lines;
}

/** The name (and birth year) under the symbol, on white so no line runs through them. */
export function nodeWordsSvg(footprint: NodeFootprint, centre: Point, escape: (s: string) => string): string {
  return (
    wordsSvg(footprint.name, centre, '#1d2327', escape) +
    (footprint.year ? wordsSvg(footprint.year, centre, '#4a545c', escape) : '')
  );
}
