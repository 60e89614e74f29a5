/**
 * A relationship map as a standalone SVG picture with its legend: the export (SVG, and PNG
 * through resvg in main), the Word documents and the renderer's print view all use this one
 * function, so the map looks the same everywhere. Every name is XML-escaped text (and the full
 * name is also in a <title>, when the visible one is shortened).
 */
import { roles, type Role } from './case-model';
import { CONTROL_CHARACTERS } from './control-characters';
import type { MapKind, ResolvedMapDocument } from './relationship-map';
import { union, type Box } from './relationship-map-boxes';
import { LEGEND_WIDTH, legendFor, legendHeight, legendSvg } from './relationship-map-legend';
import { baselineIn, footprintBoxes, nodeShapeSvg, nodeWordsSvg } from './relationship-map-nodes';
import { placeMap, tieWordsBox, type MapPlacement } from './relationship-map-placement';
import { lineStyleOf, onTrack, routePoints, routeSvg, routeTrack, tieWords } from './relationship-map-routes';
import { familyLineColour } from './relationship-map-style';
import { r, type Point } from './relationship-map-svg-lines';
import { LABEL_PAD, mapText } from './relationship-map-text';

export interface MapSvgOptions {
  title?: string;
  /** Role words from Settings (some services say "victim" / "offender"). */
  roleLabels?: Record<Role, string>;
  /** Ties to highlight when comparing two versions. */
  highlight?: { added?: readonly string[]; removed?: readonly string[]; changed?: readonly string[] };
}

export interface MapSvg {
  svg: string;
  width: number;
  height: number;
}

const MARGIN = 48;
const TITLE_SPACE = 44;
/** Room around the drawing inside its frame. */
const BLEED = 16;
export const highlightColours = { added: '#256b35', removed: '#a4262c', changed: '#b7791f' } as const;

/** Escapes text for XML and drops characters XML cannot hold (the schemas refuse them anyway). */
export function escapeXml(text: string): string {
  return text
    .replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), '')
    .replace(/[\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function wordsOnWhite(box: Box, text: string, size: number, line: number, colour: string): string {
  const x = (box.x1 + box.x2) / 2;
  return `<rect x="${r(box.x1)}" y="${r(box.y1)}" width="${r(box.x2 - box.x1)}" height="${r(box.y2 - box.y1)}" rx="3" fill="#ffffff"/><text x="${r(x)}" y="${r(box.y1 + baselineIn(line, size))}" font-size="${size}" fill="${colour}" text-anchor="middle">${escapeXml(text)}</text>`;
}

/** A wide, pale band along a tie: added, removed (dashed) or changed since the other version. */
function haloSvg(points: readonly Point[], colour: string, dashed: boolean): string {
  const dash = dashed ? ' stroke-dasharray="12 6"' : '';
  return `<polyline points="${points.map((p) => `${r(p.x)},${r(p.y)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="12" stroke-opacity="0.35" stroke-linecap="round" stroke-linejoin="round"${dash}/>`;
}

function tiesSvg(
  doc: ResolvedMapDocument,
  placement: MapPlacement,
  highlight: MapSvgOptions['highlight'],
): string {
  const mark = new Map<string, keyof typeof highlightColours>();
  for (const kind of ['removed', 'added', 'changed'] as const)
    for (const id of highlight?.[kind] ?? []) mark.set(id, kind);
  const halos: string[] = [];
  const lines: string[] = [];
  const words: string[] = [];
  for (const tie of doc.ties) {
    const route = placement.routes.get(tie.id);
    const placed = placement.ties.get(tie.id);
    if (!route || !placed) continue;
    const highlighted = mark.get(tie.id);
    if (highlighted)
      halos.push(haloSvg(routePoints(route), highlightColours[highlighted], highlighted === 'removed'));
    const coParent =
      route.shape === 'parent'
        ? doc.ties.find((t) => t.kind === 'parent' && t.to === tie.to && t.from !== tie.from)
        : undefined;
    // Both parents' ties make the same line from the couple line: the first one draws it.
    const shared = coParent && routesMeet(placement, tie.id, coParent.id) && tie.from > coParent.from;
    if (!shared)
      lines.push(
        `<g class="tie">${routeSvg(tie, route, lineStyleOf(tie), { markAt: placed.markAt, slashShift: placed.slashShift })}</g>`,
      );
    const text = tieWords(tie);
    if (text && placed.label) {
      const box = tieWordsBox(text, onTrack(routeTrack(route), placed.label.t, placed.label.offset));
      words.push(wordsOnWhite(box, text, mapText.tie.size, mapText.tie.line, '#1d2327'));
    }
  }
  return `${halos.join('')}${lines.join('')}<g class="tie-words">${words.join('')}</g>`;
}

/** True when two parent lines start at the same spot (the middle of the parents' couple line). */
function routesMeet(placement: MapPlacement, a: string, b: string): boolean {
  const p = placement.routes.get(a);
  const q = placement.routes.get(b);
  if (p?.shape !== 'parent' || q?.shape !== 'parent') return false;
  return p.points[0]!.x === q.points[0]!.x && p.points[0]!.y === q.points[0]!.y;
}

/** A closed path through the corners, each corner rounded. */
function roundedPath(corners: readonly Point[], radius: number): string {
  const n = corners.length;
  const parts: string[] = [];
  corners.forEach((p, i) => {
    const prev = corners[(i + n - 1) % n]!;
    const next = corners[(i + 1) % n]!;
    const toward = (q: Point, by: number) => {
      const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      const step = Math.min(by, length / 2);
      return { x: p.x + ((q.x - p.x) / length) * step, y: p.y + ((q.y - p.y) / length) * step };
    };
    const a = toward(prev, radius);
    const b = toward(next, radius);
    parts.push(`${i === 0 ? 'M' : 'L'} ${r(a.x)},${r(a.y)} Q ${r(p.x)},${r(p.y)} ${r(b.x)},${r(b.y)}`);
  });
  return `${parts.join(' ')} Z`;
}

/** The household outlines and their names (the editor draws the same over its drawing). */
export function householdsSvg(placement: MapPlacement): string {
  return [...placement.households.values()]
    .map(({ outline, label }) => {
      const frame = `<path d="${roundedPath(outline, 16)}" fill="none" stroke="#2b6565" stroke-width="1.5" stroke-dasharray="6 4"/>`;
      const words = label
        ? `<text x="${r(label.box.x1 + LABEL_PAD)}" y="${r(label.box.y1 + baselineIn(mapText.household.line, mapText.household.size))}" font-size="${mapText.household.size}" fill="#2b6565">${escapeXml(label.text)}</text>`
        : '';
      return `<g class="household">${frame}${words}</g>`;
    })
    .join('');
}

/** Everything drawn, as one box: the picture's size follows it. */
function extent(doc: ResolvedMapDocument, placement: MapPlacement): Box {
  const boxes: Box[] = [{ x1: 0, y1: 0, x2: 0, y2: 0 }];
  if (doc.nodes.length > 0) boxes.length = 0;
  for (const node of doc.nodes) boxes.push(...footprintBoxes(placement.footprints.get(node.id)!, node));
  for (const route of placement.routes.values())
    boxes.push(...routePoints(route).map((p) => ({ x1: p.x - 8, y1: p.y - 8, x2: p.x + 8, y2: p.y + 8 })));
  for (const { outline } of placement.households.values())
    boxes.push(...outline.map((p) => ({ x1: p.x, y1: p.y, x2: p.x, y2: p.y })));
  for (const tie of doc.ties) {
    const route = placement.routes.get(tie.id);
    const placed = placement.ties.get(tie.id)?.label;
    const text = tieWords(tie);
    if (route && placed && text)
      boxes.push(tieWordsBox(text, onTrack(routeTrack(route), placed.t, placed.offset)));
  }
  return union(boxes);
}

export function mapToSvg(kind: MapKind, doc: ResolvedMapDocument, options: MapSvgOptions = {}): MapSvg {
  const placement = placeMap(kind, doc);
  const area = extent(doc, placement);
  const sections = legendFor(kind, doc, options.roleLabels ?? roles);
  const mapWidth = Math.ceil(area.x2 - area.x1 + 2 * BLEED);
  const mapHeight = Math.ceil(area.y2 - area.y1 + 2 * BLEED);
  const width = MARGIN * 2 + mapWidth + MARGIN + LEGEND_WIDTH;
  const height = MARGIN * 2 + TITLE_SPACE + Math.max(mapHeight, legendHeight(sections));
  const shiftX = MARGIN + BLEED - area.x1;
  const shiftY = MARGIN + TITLE_SPACE + BLEED - area.y1;

  const title = options.title ?? '';
  const kindName = kind === 'ecomap' ? 'Ecomap' : 'Genogram';
  const nodes = doc.nodes
    .map((node) => {
      const centre = { x: node.x, y: node.y };
      const footprint = placement.footprints.get(node.id)!;
      return `<g class="node"><title>${escapeXml(node.name)}</title>${nodeShapeSvg(kind, node, centre)}${nodeWordsSvg(footprint, centre, escapeXml)}</g>`;
    })
    .join('');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Noto Sans, Segoe UI, Arial, sans-serif" role="img" aria-label="${escapeXml(title || kindName)}">`,
    // Read out by screen readers and shown as the picture's name when opened on its own.
    `<title>${escapeXml(title || kindName)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    title
      ? `<text x="${MARGIN}" y="${MARGIN + 8}" font-size="20" font-weight="bold" fill="${familyLineColour}">${escapeXml(title)}</text>`
      : '',
    `<g transform="translate(${r(shiftX)} ${r(shiftY)})">`,
    householdsSvg(placement),
    // Lines first, then the people over them, then the ties' words over everything: the
    // placement keeps those words off every symbol and name, so nothing covers either.
    tiesSvg(doc, placement, options.highlight),
    nodes,
    '</g>',
    legendSvg(sections, MARGIN * 2 + mapWidth, MARGIN + TITLE_SPACE, escapeXml),
    '</svg>',
  ];
  return { svg: parts.join(''), width, height };
}
