/**
 * A person or system as React Flow sees it: an invisible box over the person's symbol and
 * name in the drawing (map-layer.tsx draws them), with a fixed size and its origin at the
 * symbol's centre, so the drawing knows every node's size before it is shown ("Zoom to fit"
 * frames everyone, names included) and lines meet the symbol's centre. The box is what is
 * dragged, focused, selected and connected; it paints nothing but its dot. The dot, and the
 * means to drag, are there only for the person the pointer is on or who is selected: 500 of
 * each made a big map slow to open (half its time), and one is all a hand can use.
 */
import { Handle, Position, useUpdateNodeInternals, type Node, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import type { ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import { grow, union, type Box } from '../../../../shared/domain/relationship-map-boxes';
import {
  footprintBoxes,
  shownName,
  type NodeFootprint,
} from '../../../../shared/domain/relationship-map-nodes';

/** The id of each person's centre handle, where a dropped connection lands. */
export const CENTRE = 'centre';
/** Room around the symbol and words inside the node's box. */
const PAD = 4;

/** `active`: the pointer is on the person or they are selected: their dot shows, they can be dragged. */
export type NodeData = { node: ResolvedMapNode; footprint: NodeFootprint; active: boolean };
export type MapFlowNode = Node<NodeData, 'person'>;

/** The node's box around its symbol and words, from its centre. */
function boxAround(footprint: NodeFootprint): Box {
  return grow(union(footprintBoxes(footprint, { x: 0, y: 0 })), PAD);
}

/** Size and origin of the React Flow node: its position is then the symbol's centre. */
export function nodeFrame(footprint: NodeFootprint): {
  width: number;
  height: number;
  origin: [number, number];
} {
  const box = boxAround(footprint);
  const width = box.x2 - box.x1;
  const height = box.y2 - box.y1;
  return { width, height, origin: [-box.x1 / width, -box.y1 / height] };
}

export const PersonNode = memo(function PersonNode({ id, data }: NodeProps<MapFlowNode>) {
  const { node, footprint, active } = data;
  const box = boxAround(footprint);
  const centre = { x: -box.x1, y: -box.y1 };
  // A dot that comes and goes: React Flow learns where it is each time (it measures every
  // node when they first appear, so not then: 500 measurements one by one made opening slow).
  const updateNodeInternals = useUpdateNodeInternals();
  const shown = useRef(active);
  useEffect(() => {
    if (shown.current === active) return;
    shown.current = active;
    updateNodeInternals(id);
  }, [id, active, updateNodeInternals]);
  return (
    <div className="map-node" style={{ width: box.x2 - box.x1, height: box.y2 - box.y1 }}>
      {/* For finding the person on the page; the drawing shows the name. */}
      <span className="visually-hidden">{shownName(node)}</span>
      {active ? (
        <Handle
          type="source"
          position={Position.Right}
          className="map-handle"
          style={{ top: centre.y, left: centre.x + footprint.symbol.x2 + 2, right: 'auto' }}
          isConnectable
          aria-label={`Connect ${shownName(node)}`}
        />
      ) : null}
      {/* Where a connection dragged onto the person lands: the centre of the symbol. */}
      <Handle
        id={CENTRE}
        type="source"
        position={Position.Top}
        className="map-centre-handle"
        style={{ top: centre.y, left: centre.x }}
        isConnectableStart={false}
        isConnectableEnd
      />
    </div>
  );
});

export const nodeTypes = { person: PersonNode };
