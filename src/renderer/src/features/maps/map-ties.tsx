/**
 * The lines of the drawing, routed and drawn by the same shared code as the exported picture
 * (relationship-map-routes.ts), from where the two people are now (so a line follows a drag):
 * ecomap ties and emotional lines between the edges of the people's symbols and names, with
 * their patterns and arrows, or over people's heads; genogram couple and parent lines the
 * conventional way. Where each line's words and mark sit along it comes from the placement of
 * the whole map (relationship-map-placement.ts), worked out once per version of the map.
 * Each line has an invisible wide path under it, so a thin line is easy to click.
 */
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MapTie } from '../../../../shared/domain/relationship-map';
import { polylinePath } from '../../../../shared/domain/relationship-map-family-lines';
import type { NodeFootprint } from '../../../../shared/domain/relationship-map-nodes';
import type { TiePlacement } from '../../../../shared/domain/relationship-map-placement';
import {
  lineStyleOf,
  onTrack,
  routePoints,
  routeSvg,
  routeTrack,
  tieRoute,
  tieWords,
} from '../../../../shared/domain/relationship-map-routes';
import { highlightColours } from '../../../../shared/domain/relationship-map-svg';
import { mapText } from '../../../../shared/domain/relationship-map-text';

export type TieData = {
  tie: MapTie;
  from: NodeFootprint;
  to: NodeFootprint;
  placement: TiePlacement;
  highlight?: 'added' | 'removed' | 'changed';
  /** Parent line: the other parent, when the two are a couple (the line starts from their couple line). */
  coParent?: { id: string; footprint: NodeFootprint; coupleWords: boolean };
};
export type MapFlowEdge = Edge<TieData, 'tie'>;

/** Where a node is now: its position is its centre (nodeOrigin is the middle of the symbol). */
function useCentreOf(id: string | undefined) {
  const node = useInternalNode(id ?? '');
  return id && node ? node.position : null;
}

const TieEdge = memo(function TieEdge(props: EdgeProps<MapFlowEdge>) {
  const { id, data, selected, sourceX, sourceY, targetX, targetY } = props;
  // Only parent lines from a couple ask for a third person: few, and only on family lines.
  const coParentAt = useCentreOf(data?.coParent?.id);
  if (!data) return null;
  const { tie, highlight, placement } = data;
  const base = lineStyleOf(tie);
  const style = highlight ? { ...base, colour: highlightColours[highlight], width: 4 } : base;
  const route = tieRoute(
    tie,
    { at: { x: sourceX, y: sourceY }, footprint: data.from },
    { at: { x: targetX, y: targetY }, footprint: data.to },
    {
      lane: placement.lane,
      coParent:
        data.coParent && coParentAt
          ? { at: coParentAt, footprint: data.coParent.footprint, coupleWords: data.coParent.coupleWords }
          : null,
    },
  );
  const words = tieWords(tie);
  const at = placement.label ? onTrack(routeTrack(route), placement.label.t, placement.label.offset) : null;
  return (
    <>
      <BaseEdge
        id={id}
        path={polylinePath(routePoints(route))}
        interactionWidth={16}
        style={{ stroke: 'transparent' }}
      />
      <g
        className={selected ? 'map-tie map-tie-selected' : 'map-tie'}
        strokeDasharray={highlight === 'removed' ? '6 4' : undefined}
        dangerouslySetInnerHTML={{
          __html: routeSvg(tie, route, style, { markAt: placement.markAt, slashShift: placement.slashShift }),
        }}
      />
      {words && at ? (
        <EdgeLabelRenderer>
          <span
            className="map-tie-label"
            style={{
              transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)`,
              fontSize: mapText.tie.size,
              lineHeight: `${mapText.tie.line}px`,
            }}
          >
            {words}
          </span>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});

export const edgeTypes = { tie: TieEdge };
