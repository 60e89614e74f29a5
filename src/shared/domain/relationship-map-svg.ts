/**
 * A relationship map as a standalone SVG picture with its legend: the export (SVG, and PNG
 * through resvg in main), the Word documents and the renderer's print view all use this one
 * function, so the map looks the same everywhere. Every name is XML-escaped text (and the full
 * name is also in a <title>, when the visible one is shortened).
 */
import { roles, type Role } from './case-model';
import { CONTROL_CHARACTERS } from './control-characters';
import {
  yearsText,
  type MapKind,
  type MapTie,
  type ResolvedMapDocument,
  type ResolvedMapNode,
} from './relationship-map';
import { LEGEND_WIDTH, legendFor, legendHeight, legendSvg, symbolSvg } from './relationship-map-legend';
import { emotionalStyles, familyLineColour, nodeColour, tieQualityStyles } from './relationship-map-style';
import {
  coupledCoParent,
  coupleLinePoints,
  emotionalLanes,
  coupleWordsAt,
  overHeadsRoute,
  overHeadsSvg,
  coupleLineSvg,
  parentLinePoints,
  polylineSvg,
} from './relationship-map-family-lines';
import { arrowhead, patternedLine, r, trim, type Point } from './relationship-map-svg-lines';

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
const NAME_CHARS = 28;
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

function shorten(name: string): string {
  const chars = [...name];
  return chars.length > NAME_CHARS ? `${chars.slice(0, NAME_CHARS - 1).join('')}…` : name;
}

/** Half the drawn size of a node, so lines stop at its edge. */
function radius(kind: MapKind, node: ResolvedMapNode): number {
  if (node.kind === 'system') return 26;
  return kind === 'genogram' ? 22 : 28;
}

function nodeSvg(kind: MapKind, node: ResolvedMapNode): string {
  const c = { x: node.x, y: node.y };
  const colour = nodeColour(node);
  const name = escapeXml(node.name);
  const shown = escapeXml(shorten(node.name));
  let shape: string;
  if (node.kind === 'system') {
    const outer = node.focal
      ? `<rect x="${r(c.x - 46)}" y="${r(c.y - 26)}" width="92" height="52" rx="9" fill="none" stroke="${colour}" stroke-width="2"/>`
      : '';
    shape = `${outer}<rect x="${r(c.x - 40)}" y="${r(c.y - 20)}" width="80" height="40" rx="6" fill="#ffffff" stroke="${colour}" stroke-width="2.5"/>`;
  } else if (kind === 'genogram') {
    shape = symbolSvg(c, 40, node.sex ?? 'other_unknown', colour, '#ffffff', node);
  } else {
    shape = symbolSvg(c, 52, null, colour, '#ffffff', node);
  }
  const below = node.kind === 'system' ? 36 : radius(kind, node) + 18;
  const year =
    kind === 'genogram' && node.birthYear !== null
      ? `<text x="${r(c.x)}" y="${r(c.y + below + 15)}" font-size="11" fill="#4a545c" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">b. ${node.birthYear}</text>`
      : '';
  return `<g class="node"><title>${name}</title>${shape}<text x="${r(c.x)}" y="${r(c.y + below)}" font-size="13" fill="#1d2327" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3" font-weight="${node.focal ? 'bold' : 'normal'}">${shown}</text>${year}</g>`;
}

function labelSvg(at: Point, text: string): string {
  if (!text) return '';
  const shown = escapeXml(shorten(text));
  return `<text x="${r(at.x)}" y="${r(at.y - 6)}" font-size="11" fill="#1d2327" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">${shown}</text>`;
}

function tieSvg(
  kind: MapKind,
  tie: MapTie,
  nodes: ReadonlyMap<string, ResolvedMapNode>,
  doc: ResolvedMapDocument,
  lanes: ReadonlyMap<string, number>,
): string {
  const from = nodes.get(tie.from);
  const to = nodes.get(tie.to);
  if (!from || !to) return '';
  const a = { x: from.x, y: from.y };
  const b = { x: to.x, y: to.y };
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  switch (tie.kind) {
    case 'ecomap': {
      const style = tieQualityStyles[tie.quality];
      const [p, q] = trim(a, b, radius(kind, from) + 4, radius(kind, to) + 4);
      let svg = patternedLine(p, q, style);
      if (tie.direction !== 'none') svg += arrowhead(p, q, style.colour);
      if (tie.direction === 'both') svg += arrowhead(q, p, style.colour);
      return svg + labelSvg(mid, tie.label);
    }
    case 'emotional': {
      const style = emotionalStyles[tie.emotion];
      const repaired = tie.emotion === 'cut_off_repaired';
      // The lane staggers several over-the-heads lines in one row so they stay apart.
      const route = overHeadsRoute(a, b, radius(kind, from), lanes.get(tie.id) ?? 0);
      if (route)
        return (
          overHeadsSvg(route, style, { repaired }) + labelSvg({ x: mid.x, y: route.span[0].y }, tie.label)
        );
      const [p, q] = trim(a, b, radius(kind, from) + 6, radius(kind, to) + 6);
      return patternedLine(p, q, style, { repaired }) + labelSvg(mid, tie.label);
    }
    case 'couple': {
      const line = coupleLinePoints(a, b, radius(kind, from), radius(kind, to));
      const words = [yearsText(tie.startYear, tie.endYear), tie.label].filter(Boolean).join(' ');
      const at = coupleWordsAt(line);
      // labelSvg puts the baseline 6 above the point given: this centres 11px text on `at`.
      return coupleLineSvg(tie, line) + labelSvg({ x: at.x, y: at.y + 10 }, words);
    }
    case 'parent': {
      const coParentId = coupledCoParent(doc.ties, tie);
      const coParent = coParentId === null ? undefined : nodes.get(coParentId);
      // Both parents' ties make the same line from the couple line: the first one draws it.
      if (coParentId !== null && coParent && tie.from > coParentId) return '';
      const points = parentLinePoints(a, coParent ?? null, b, radius(kind, from), radius(kind, to));
      return polylineSvg(points, { colour: familyLineColour, width: 2 });
    }
  }
}

function halo(
  tie: MapTie,
  nodes: ReadonlyMap<string, ResolvedMapNode>,
  colour: string,
  dashed: boolean,
): string {
  const from = nodes.get(tie.from);
  const to = nodes.get(tie.to);
  if (!from || !to) return '';
  const dash = dashed ? ' stroke-dasharray="12 6"' : '';
  return `<line x1="${r(from.x)}" y1="${r(from.y)}" x2="${r(to.x)}" y2="${r(to.y)}" stroke="${colour}" stroke-width="12" stroke-opacity="0.35" stroke-linecap="round"${dash}/>`;
}

function householdSvg(
  household: ResolvedMapDocument['households'][number],
  nodes: ReadonlyMap<string, ResolvedMapNode>,
): string {
  const members = household.nodeIds
    .map((id) => nodes.get(id))
    .filter((n): n is ResolvedMapNode => n !== undefined);
  if (members.length === 0) return '';
  const pad = 44;
  const x1 = Math.min(...members.map((n) => n.x)) - pad;
  const y1 = Math.min(...members.map((n) => n.y)) - pad;
  const x2 = Math.max(...members.map((n) => n.x)) + pad;
  // Room below for the names, birth years and the household's own label.
  const y2 = Math.max(...members.map((n) => n.y)) + pad + 34;
  const width = household.focal ? 3 : 1.5;
  return `<g class="household"><rect x="${r(x1)}" y="${r(y1)}" width="${r(x2 - x1)}" height="${r(y2 - y1)}" rx="24" fill="none" stroke="#2b6565" stroke-width="${width}" stroke-dasharray="6 4"/>${household.label ? `<text x="${r(x1 + 14)}" y="${r(y2 - 8)}" font-size="11" fill="#2b6565">${escapeXml(household.label)}</text>` : ''}</g>`;
}

export function mapToSvg(kind: MapKind, doc: ResolvedMapDocument, options: MapSvgOptions = {}): MapSvg {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const xs = doc.nodes.map((n) => n.x);
  const ys = doc.nodes.map((n) => n.y);
  const minX = (xs.length ? Math.min(...xs) : 0) - 80;
  const maxX = (xs.length ? Math.max(...xs) : 0) + 80;
  const minY = (ys.length ? Math.min(...ys) : 0) - 70;
  const maxY = (ys.length ? Math.max(...ys) : 0) + 100;
  const sections = legendFor(kind, doc.nodes, options.roleLabels ?? roles);
  const lanes = emotionalLanes(doc.ties);
  const mapWidth = Math.ceil(maxX - minX);
  const mapHeight = Math.ceil(maxY - minY);
  const width = MARGIN * 2 + mapWidth + MARGIN + LEGEND_WIDTH;
  const height = MARGIN * 2 + TITLE_SPACE + Math.max(mapHeight, legendHeight(sections));
  const shiftX = MARGIN - minX;
  const shiftY = MARGIN + TITLE_SPACE - minY;

  const highlight = options.highlight ?? {};
  const tiesById = new Map(doc.ties.map((t) => [t.id, t]));
  const halos = [
    ...(highlight.removed ?? []).map((id) => [id, highlightColours.removed, true] as const),
    ...(highlight.added ?? []).map((id) => [id, highlightColours.added, false] as const),
    ...(highlight.changed ?? []).map((id) => [id, highlightColours.changed, false] as const),
  ]
    .map(([id, colour, dashed]) => {
      const tie = tiesById.get(id);
      return tie ? halo(tie, nodes, colour, dashed) : '';
    })
    .join('');

  const title = options.title ?? '';
  const kindName = kind === 'ecomap' ? 'Ecomap' : 'Genogram';
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Noto Sans, Segoe UI, Arial, sans-serif" role="img" aria-label="${escapeXml(title || kindName)}">`,
    // Read out by screen readers and shown as the picture's name when opened on its own.
    `<title>${escapeXml(title || kindName)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    title
      ? `<text x="${MARGIN}" y="${MARGIN + 8}" font-size="20" font-weight="bold" fill="#1d2327">${escapeXml(title)}</text>`
      : '',
    `<g transform="translate(${r(shiftX)} ${r(shiftY)})">`,
    doc.households.map((h) => householdSvg(h, nodes)).join(''),
    halos,
    doc.ties.map((t) => `<g class="tie">${tieSvg(kind, t, nodes, doc, lanes)}</g>`).join(''),
    doc.nodes.map((n) => nodeSvg(kind, n)).join(''),
    '</g>',
    legendSvg(sections, MARGIN * 2 + mapWidth, MARGIN + TITLE_SPACE, escapeXml),
    '</svg>',
  ];
  return { svg: parts.join(''), width, height };
}
