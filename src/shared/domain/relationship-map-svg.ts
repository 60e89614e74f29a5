/**
 * A relationship map as a standalone SVG picture with its legend: the export (SVG, and PNG
 * through resvg in main), the Word documents and the renderer's print view all use this one
 * function, so the map looks the same everywhere. Every name is XML-escaped text (and the full
 * name is also in a <title>, when the visible one is shortened).
 */
import { roles, type Role } from './case-model';
import type { MapKind, ResolvedMapDocument } from './relationship-map';
import { union, type Box } from './relationship-map-boxes';
import { LEGEND_WIDTH, legendFor, legendHeight, legendSvg } from './relationship-map-legend';
import { footprintBoxes } from './relationship-map-nodes';
import { placeMap, tieWordsBox, type MapPlacement } from './relationship-map-placement';
import { onTrack, routePoints, routeTrack, tieWords } from './relationship-map-routes';
import { familyLineColour } from './relationship-map-style';
import {
  drawnByOtherParent,
  escapeXml,
  haloSvg,
  highlightColours,
  householdsSvg,
  nodeSvg,
  tieLineSvg,
  tieWordsSvg,
} from './relationship-map-svg-parts';
import { r } from './relationship-map-svg-lines';

export { escapeXml, highlightColours };

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
    if (!drawnByOtherParent(doc, placement, tie))
      lines.push(`<g class="tie">${tieLineSvg(tie, route, placed)}</g>`);
    words.push(tieWordsSvg(tie, route, placed));
  }
  return `${halos.join('')}${lines.join('')}<g class="tie-words">${words.join('')}</g>`;
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
      const footprint = placement.footprints.get(node.id)!;
      return `<g class="node"><title>${escapeXml(node.name)}</title>${nodeSvg(kind, node, footprint)}</g>`;
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
