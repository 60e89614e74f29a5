/**
 * The pieces of a map picture as SVG strings, in the map's coordinates: a tie's line (with its
 * mark, slashes and arrowheads), a tie's words on white, a person with their name, the
 * household outlines, the comparison's halos. The exported picture (relationship-map-svg.ts)
 * is made of these, and the editor's drawing draws the same strings element by element.
 */
import { CONTROL_CHARACTERS } from './control-characters';
import type { MapKind, MapTie, ResolvedMapDocument } from './relationship-map';
import type { Box } from './relationship-map-boxes';
import {
  baselineIn,
  nodeShapeSvg,
  nodeWordsSvg,
  type DrawnNode,
  type NodeFootprint,
} from './relationship-map-nodes';
import { tieWordsBox, type MapPlacement, type TiePlacement } from './relationship-map-placement';
import {
  lineStyleOf,
  onTrack,
  routeSvg,
  routeTrack,
  tieWords,
  type TieRoute,
} from './relationship-map-routes';
import type { LineStyle } from './relationship-map-style';
import { r, type Point } from './relationship-map-svg-lines';
import { LABEL_PAD, mapText } from './relationship-map-text';

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
export function haloSvg(points: readonly Point[], colour: string, dashed: boolean): string {
  const dash = dashed ? ' stroke-dasharray="12 6"' : '';
  return `<polyline points="${points.map((p) => `${r(p.x)},${r(p.y)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="12" stroke-opacity="0.35" stroke-linecap="round" stroke-linejoin="round"${dash}/>`;
}

/** A tie's line in its style (or `style`, when highlighted), its mark and slashes where placed. */
export function tieLineSvg(
  tie: MapTie,
  route: TieRoute,
  placed: TiePlacement,
  style: LineStyle = lineStyleOf(tie),
): string {
  return routeSvg(tie, route, style, { markAt: placed.markAt, slashShift: placed.slashShift });
}

/** A tie's words on white where the placement put them, or nothing. */
export function tieWordsSvg(tie: MapTie, route: TieRoute, placed: TiePlacement): string {
  const text = tieWords(tie);
  if (!text || !placed.label) return '';
  const box = tieWordsBox(text, onTrack(routeTrack(route), placed.label.t, placed.label.offset));
  return wordsOnWhite(box, text, mapText.tie.size, mapText.tie.line, '#1d2327');
}

/** A person or system: the symbol, then the name (and birth year) on white under it. */
export function nodeSvg(
  kind: MapKind,
  node: DrawnNode & { x: number; y: number },
  footprint: NodeFootprint,
): string {
  const centre = { x: node.x, y: node.y };
  return nodeShapeSvg(kind, node, centre) + nodeWordsSvg(footprint, centre, escapeXml);
}

/**
 * True when this parent line is drawn by the child's other parent's line instead: both start
 * from the middle of the parents' couple line, and one line is enough.
 */
export function drawnByOtherParent(
  doc: Pick<ResolvedMapDocument, 'ties'>,
  placement: MapPlacement,
  tie: MapTie,
): boolean {
  if (tie.kind !== 'parent') return false;
  const other = doc.ties.find((t) => t.kind === 'parent' && t.to === tie.to && t.from !== tie.from);
  if (!other || tie.from < other.from) return false;
  const p = placement.routes.get(tie.id);
  const q = placement.routes.get(other.id);
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
