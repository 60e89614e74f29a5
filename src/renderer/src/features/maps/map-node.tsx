/**
 * A person or system in the drawing, drawn by the same shared code as the pictures
 * (relationship-map-nodes.ts): the symbol at the node's position (its centre), and the name
 * and birth year under it in the boxes the placement keeps clear, at body text size. The
 * React Flow node is the box of the symbol and its words, with a fixed size and its origin at
 * the symbol's centre, so the drawing knows every node's size before it is shown ("Zoom to
 * fit" frames everyone, names included) and lines meet the symbol's centre.
 */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MapKind, ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import { grow, union, type Box } from '../../../../shared/domain/relationship-map-boxes';
import {
  footprintBoxes,
  nodeShapeSvg,
  shownName,
  type NodeFootprint,
  type NodeWords,
} from '../../../../shared/domain/relationship-map-nodes';

/** The id of each person's centre handle, where every tie is drawn to. */
export const CENTRE = 'centre';
/** Room around the symbol inside the node's box, for the selection outline. */
const PAD = 4;

export type NodeData = { node: ResolvedMapNode; kind: MapKind; footprint: NodeFootprint };
export type MapFlowNode = Node<NodeData, 'person'>;

/** The node's box around its symbol and words (room for the selection outline), from its centre. */
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

function Words({
  words,
  centre,
  className,
}: {
  words: NodeWords;
  centre: { x: number; y: number };
  className: string;
}) {
  const width = words.box.x2 - words.box.x1;
  return (
    <span
      className={className}
      aria-hidden="true"
      style={{
        left: centre.x + words.box.x1,
        top: centre.y + words.box.y1,
        width,
        fontSize: words.size,
        lineHeight: `${words.line}px`,
      }}
    >
      {words.lines.map((line, i) => (
        <span key={i} className="map-node-line">
          {/* The space keeps the words apart in the page's text (a find, a copy). */}
          {i < words.lines.length - 1 && !line.endsWith('-') ? `${line} ` : line}
        </span>
      ))}
    </span>
  );
}

export const PersonNode = memo(function PersonNode({ data, selected }: NodeProps<MapFlowNode>) {
  const { node, kind, footprint } = data;
  const box = boxAround(footprint);
  const centre = { x: -box.x1, y: -box.y1 };
  const symbol = footprint.symbol;
  const symbolWidth = symbol.x2 - symbol.x1;
  const symbolHeight = symbol.y2 - symbol.y1;
  return (
    <div
      className={selected ? 'map-node map-node-selected' : 'map-node'}
      style={{ width: box.x2 - box.x1, height: box.y2 - box.y1 }}
    >
      <svg
        className="map-node-symbol"
        width={symbolWidth}
        height={symbolHeight}
        style={{ left: centre.x + symbol.x1, top: centre.y + symbol.y1 }}
        aria-hidden="true"
        dangerouslySetInnerHTML={{
          __html: nodeShapeSvg(kind, node, { x: symbolWidth / 2, y: symbolHeight / 2 }),
        }}
      />
      <Words
        words={footprint.name}
        centre={centre}
        className={node.focal ? 'map-node-name map-node-focal' : 'map-node-name'}
      />
      {footprint.year ? <Words words={footprint.year} centre={centre} className="map-node-year" /> : null}
      <Handle
        type="source"
        position={Position.Right}
        className="map-handle"
        style={{ top: centre.y, left: centre.x + symbol.x2 + 2, right: 'auto' }}
        isConnectable
        aria-label={`Connect ${shownName(node)}`}
      />
      {/* Where ties start and end: the centre of the symbol. A drop there connects too. */}
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
