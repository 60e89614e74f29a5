/**
 * What the drawing shows: every line, person, name, tie's words and household outline as SVG
 * in the map's coordinates, from the same pieces as the exported picture
 * (relationship-map-svg-parts.ts) and the same placement, so the editor looks like the print.
 * Two layers: one for what stands still and one, composited on its own, for the people being
 * dragged and their ties, redrawn on each mouse move; moving one person on a 500-person map
 * then repaints that person and their lines, not the map. The still layer is drawn in
 * batches of elements, each batch redrawn only when one of its elements changes (one
 * element per batch would make a big map slow to open; one batch for all, slow to edit).
 * Names and tie words are left out while they would be too small to read. React Flow lays
 * invisible boxes over the people, for dragging, selecting and connecting (map-node.tsx).
 */
import { memo } from 'react';
import type { MapKind, MapTie, ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import type { Box } from '../../../../shared/domain/relationship-map-boxes';
import {
  nodeShapeSvg,
  nodeWordsSvg,
  type NodeFootprint,
} from '../../../../shared/domain/relationship-map-nodes';
import {
  coParentEnd,
  type MapPlacement,
  type TiePlacement,
} from '../../../../shared/domain/relationship-map-placement';
import { tieRoute, type TieRoute } from '../../../../shared/domain/relationship-map-routes';
import {
  drawnByOtherParent,
  escapeXml,
  householdsSvg,
  tieLineSvg,
  tieWordsSvg,
} from '../../../../shared/domain/relationship-map-svg-parts';
import type { Point } from '../../../../shared/domain/relationship-map-svg-lines';
import type { Doc } from './map-edit';

export interface LayerSelection {
  nodes: ReadonlySet<string>;
  ties: ReadonlySet<string>;
}

const BATCH = 40;

/** A batch of elements as one piece of SVG: redrawn only when its text changes. */
const Batch = memo(function Batch({ html, className }: { html: string; className?: string }) {
  return <g className={className} dangerouslySetInnerHTML={{ __html: html }} />;
});

function batches(parts: readonly string[], className?: string) {
  const out = [];
  for (let i = 0; i < parts.length; i += BATCH)
    out.push(<Batch key={i} className={className} html={parts.slice(i, i + BATCH).join('')} />);
  return out;
}

/** The SVG of each element, kept while its inputs are the same objects (a drag changes few). */
const lineCache = new WeakMap<TieRoute, { selected: boolean; html: string }>();
const shapeCache = new WeakMap<Point, { node: ResolvedMapNode; selected: boolean; html: string }>();

function lineOf(tie: MapTie, route: TieRoute, placed: TiePlacement, selected: boolean): string {
  const known = lineCache.get(route);
  if (known && known.selected === selected) return known.html;
  const line = tieLineSvg(tie, route, placed);
  const html = selected ? `<g class="map-tie-selected">${line}</g>` : line;
  lineCache.set(route, { selected, html });
  return html;
}

/** A selected person's symbol gets a ring, like the focus ring elsewhere in the app. */
function ring(footprint: NodeFootprint, at: Point): string {
  const { symbol } = footprint;
  return `<rect class="map-selected-ring" x="${at.x + symbol.x1 - 5}" y="${at.y + symbol.y1 - 5}" width="${symbol.x2 - symbol.x1 + 10}" height="${symbol.y2 - symbol.y1 + 10}" rx="8" fill="none"/>`;
}

function shapeOf(
  kind: MapKind,
  node: ResolvedMapNode,
  footprint: NodeFootprint,
  at: Point,
  selected: boolean,
) {
  const known = shapeCache.get(at);
  if (known && known.node === node && known.selected === selected) return known.html;
  const html = `<g class="map-person">${selected ? ring(footprint, at) : ''}${nodeShapeSvg(kind, node, at)}</g>`;
  shapeCache.set(at, { node, selected, html });
  return html;
}

interface LayerProps {
  kind: MapKind;
  doc: Doc<ResolvedMapNode>;
  placement: MapPlacement;
  selection: LayerSelection;
  /** Draw names and tie words (false while too small to read). */
  words: boolean;
}

/** Everything not being dragged. */
export function StillLayer({
  kind,
  doc,
  placement,
  selection,
  words,
  moving,
}: LayerProps & { moving: ReadonlySet<string> }) {
  const ties = doc.ties.filter((t) => !moving.has(t.from) && !moving.has(t.to) && placement.routes.has(t.id));
  const nodes = doc.nodes.filter((n) => !moving.has(n.id));
  const lines = ties
    .filter((tie) => !drawnByOtherParent(doc, placement, tie))
    .map((tie) =>
      lineOf(tie, placement.routes.get(tie.id)!, placement.ties.get(tie.id)!, selection.ties.has(tie.id)),
    );
  const shapes = nodes.map((node) =>
    shapeOf(
      kind,
      node,
      placement.footprints.get(node.id)!,
      placement.centres.get(node.id)!,
      selection.nodes.has(node.id),
    ),
  );
  const names = words
    ? nodes.map((node) =>
        nodeWordsSvg(placement.footprints.get(node.id)!, placement.centres.get(node.id)!, escapeXml),
      )
    : [];
  const tieWords = words
    ? ties.map((tie) => tieWordsSvg(tie, placement.routes.get(tie.id)!, placement.ties.get(tie.id)!))
    : [];
  return (
    <svg className="map-layer" width={1} height={1} aria-hidden="true">
      <Batch html={householdsSvg(placement)} />
      {batches(lines)}
      {batches(shapes)}
      {batches(names, 'map-node-words')}
      {batches(tieWords, 'map-layer-words')}
    </svg>
  );
}

/** The people being dragged, where they are now, and every tie that touches them. */
export function MovingLayer({
  kind,
  doc,
  placement,
  selection,
  words,
  positions,
  extent,
}: LayerProps & { positions: ReadonlyMap<string, Point>; extent: Box }) {
  const at = (id: string) => positions.get(id) ?? placement.centres.get(id) ?? null;
  const end = (id: string) => {
    const point = at(id);
    return point ? { at: point, footprint: placement.footprints.get(id)! } : null;
  };
  const parts: string[] = [];
  const tieWordParts: string[] = [];
  for (const tie of doc.ties) {
    if (!positions.has(tie.from) && !positions.has(tie.to)) continue;
    const from = end(tie.from);
    const to = end(tie.to);
    const placed = placement.ties.get(tie.id);
    if (!from || !to || !placed) continue;
    const route = tieRoute(tie, from, to, { lane: placed.lane, coParent: coParentEnd(doc.ties, tie, end) });
    const line = tieLineSvg(tie, route, placed);
    parts.push(selection.ties.has(tie.id) ? `<g class="map-tie-selected">${line}</g>` : line);
    if (words) tieWordParts.push(tieWordsSvg(tie, route, placed));
  }
  for (const node of doc.nodes) {
    const point = positions.get(node.id);
    if (!point) continue;
    const footprint = placement.footprints.get(node.id)!;
    parts.push(
      (selection.nodes.has(node.id) ? ring(footprint, point) : '') + nodeShapeSvg(kind, node, point),
    );
    if (words) parts.push(`<g class="map-node-words">${nodeWordsSvg(footprint, point, escapeXml)}</g>`);
  }
  return (
    <svg className="map-layer map-layer-moving" width={1} height={1} aria-hidden="true">
      {/*
       * The layer's extent stays the same while its lines move: a layer whose size changed on
       * every mouse move made the browser work out all of the page's layers again each frame.
       */}
      <rect
        x={extent.x1}
        y={extent.y1}
        width={extent.x2 - extent.x1}
        height={extent.y2 - extent.y1}
        fill="#ffffff"
        fillOpacity={0.004}
      />
      <g dangerouslySetInnerHTML={{ __html: parts.join('') + tieWordParts.join('') }} />
    </svg>
  );
}
