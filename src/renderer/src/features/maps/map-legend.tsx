/** The legend, always beside the drawing: symbols, colours and lines used on this kind of map. */
import { roles } from '../../../../shared/domain/case-model';
import type { MapKind, ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import {
  legendFor,
  legendHeight,
  legendSvg,
  LEGEND_WIDTH,
} from '../../../../shared/domain/relationship-map-legend';
import { escapeXml } from '../../../../shared/domain/relationship-map-svg';
import { useQuery } from '../../lib/query';
import type { Doc } from './map-edit';
import { svgDataUrl } from './map-picture';

export function MapLegend({ kind, doc }: { kind: MapKind; doc: Doc<ResolvedMapNode> }) {
  const settings = useQuery('settings:get');
  const sections = legendFor(kind, doc, { ...roles, ...settings.data?.roleLabels });
  const height = legendHeight(sections);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${LEGEND_WIDTH + 2}" height="${height + 2}" font-family="DejaVu Sans, sans-serif">${legendSvg(sections, 1, 1, escapeXml)}</svg>`;
  const words = sections.map((s) => `${s.title}: ${s.entries.map((e) => e.label).join(', ')}`).join('. ');
  return (
    <img
      className="map-legend"
      src={svgDataUrl(svg)}
      width={LEGEND_WIDTH + 2}
      height={height + 2}
      alt={`Legend. ${words}`}
    />
  );
}
