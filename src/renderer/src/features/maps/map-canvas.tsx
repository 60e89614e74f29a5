/**
 * The drawing: React Flow with the map's own symbols and lines, drawn from the same shared
 * style as the exported picture (shared/domain/relationship-map-style.ts), so a map looks the
 * same on screen, on paper and in a document. Dragging a person moves them (one undo step when
 * the drag ends); dragging from a person's dot to another connects them; Shift-click or a
 * Shift-drag box selects several; Delete removes the selection.
 */
import {
  Background,
  ConnectionMode,
  Controls,
  Handle,
  Position,
  ReactFlow,
  SelectionMode,
  type Connection,
  type Node,
  type NodeChange,
  type NodeProps,
  type EdgeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MapKind, ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import { coupledCoParent, emotionalLanes } from '../../../../shared/domain/relationship-map-family-lines';
import { symbolSvg } from '../../../../shared/domain/relationship-map-legend';
import { nodeColour } from '../../../../shared/domain/relationship-map-style';
import type { Doc } from './map-edit';
import { edgeTypes, SYMBOL, type MapFlowEdge } from './map-ties';

/** The id of each person's centre handle, where every tie is drawn to. */
const CENTRE = 'centre';

type NodeData = { node: ResolvedMapNode; kind: MapKind };
type MapFlowNode = Node<NodeData, 'person'>;

/** A person or system: the conventional symbol in the role's colour, the name underneath. */
const PersonNode = memo(function PersonNode({ data, selected }: NodeProps<MapFlowNode>) {
  const { node, kind } = data;
  const colour = nodeColour(node);
  const half = SYMBOL / 2 + 6;
  const centre = { x: half, y: half };
  const shape =
    node.kind === 'system'
      ? `<rect x="4" y="${half - 15}" width="${2 * half - 8}" height="30" rx="5" fill="#ffffff" stroke="${colour}" stroke-width="3"/>`
      : symbolSvg(
          centre,
          SYMBOL - 8,
          kind === 'genogram' ? node.sex : null,
          colour,
          kind === 'genogram' ? '#ffffff' : colour,
          {
            deceased: node.deceased,
            focal: node.focal,
          },
        );
  return (
    <div className={selected ? 'map-node map-node-selected' : 'map-node'}>
      <svg
        width={2 * half}
        height={2 * half}
        aria-hidden="true"
        dangerouslySetInnerHTML={{ __html: shape }}
      />
      <span className="map-node-name">{node.name || 'Unnamed'}</span>
      {node.birthYear !== null && kind === 'genogram' ? (
        <span className="map-node-year">b. {node.birthYear}</span>
      ) : null}
      <Handle
        type="source"
        position={Position.Right}
        className="map-handle"
        isConnectable
        aria-label={`Connect ${node.name}`}
      />
      {/* Where ties start and end: the centre of the symbol. A drop there connects too. */}
      <Handle
        id={CENTRE}
        type="source"
        position={Position.Top}
        className="map-centre-handle"
        style={{ top: half }}
        isConnectableStart={false}
        isConnectableEnd
      />
    </div>
  );
});

const nodeTypes = { person: PersonNode };
/** Constants, not literals in the JSX: a new array or object each render re-subscribes React Flow. */
const DELETE_KEYS = ['Delete', 'Backspace'];
const PRO_OPTIONS = { hideAttribution: true };

/**
 * The last React Flow node made for each map node (map nodes are immutable: a change makes a
 * new one, which misses the cache). Reusing unchanged ones keeps a drag cheap.
 */
const flowNodeCache = new WeakMap<ResolvedMapNode, MapFlowNode>();

export interface Selection {
  nodes: Set<string>;
  ties: Set<string>;
}

interface Props {
  kind: MapKind;
  doc: Doc<ResolvedMapNode>;
  readOnly?: boolean;
  selection?: Selection;
  highlight?: ReadonlyMap<string, 'added' | 'removed' | 'changed'>;
  onSelect?(selection: Selection): void;
  onMoved?(positions: Map<string, { x: number; y: number }>): void;
  onConnect?(from: string, to: string): void;
  onDelete?(selection: Selection): void;
  label: string;
}

export function MapCanvas(props: Props) {
  const { doc, kind, selection, readOnly } = props;
  /** Positions while a drag is under way; written to the document once the drag ends. */
  const [dragging, setDragging] = useState<Map<string, { x: number; y: number }>>(new Map());
  /** Sizes React Flow measured; a controlled node without them stays hidden. */
  const [sizes, setSizes] = useState<Map<string, { width: number; height: number }>>(new Map());
  // While dragging, only the moved person changes: every other node object (and its data)
  // is reused, so React Flow and the memoised nodes skip them. This keeps a 200-person map
  // smooth; rebuilding all 200 on each mouse move halved the frame rate.
  const nodes: MapFlowNode[] = useMemo(() => {
    return doc.nodes.map((node) => {
      const moving = dragging.has(node.id);
      const position = dragging.get(node.id) ?? { x: node.x, y: node.y };
      const selected = selection?.nodes.has(node.id) ?? false;
      const measured = sizes.get(node.id);
      const old = flowNodeCache.get(node);
      const same =
        old &&
        old.data.node === node &&
        old.data.kind === kind &&
        old.position.x === position.x &&
        old.position.y === position.y &&
        old.selected === selected &&
        old.measured === measured &&
        Boolean(old.dragging) === moving;
      const flowNode: MapFlowNode = same
        ? old
        : {
            id: node.id,
            type: 'person',
            position,
            data: old && old.data.node === node && old.data.kind === kind ? old.data : { node, kind },
            selected,
            ariaLabel: node.name,
            ...(measured ? { measured } : {}),
            ...(moving ? { dragging: true } : {}),
          };
      flowNodeCache.set(node, flowNode);
      return flowNode;
    });
  }, [doc.nodes, kind, dragging, selection, sizes]);
  // Who is being dragged changes only when a drag starts or ends, not on every mouse move.
  const movingKey = [...dragging.keys()].sort().join(' ');
  const edges: MapFlowEdge[] = useMemo(() => {
    const moving = new Set(movingKey.split(' '));
    const lanes = emotionalLanes(doc.ties);
    return doc.ties.map((tie) => {
      const mark = props.highlight?.get(tie.id);
      const family = kind === 'genogram' && (tie.kind === 'couple' || tie.kind === 'parent');
      const coParentId = tie.kind === 'parent' ? coupledCoParent(doc.ties, tie) : null;
      const lane = lanes.get(tie.id) ?? -1;
      return {
        id: tie.id,
        type: family ? 'family' : 'tie',
        source: tie.from,
        target: tie.to,
        sourceHandle: CENTRE,
        targetHandle: CENTRE,
        data: {
          tie,
          ...(mark ? { highlight: mark } : {}),
          ...(coParentId ? { coParentId } : {}),
          ...(lane >= 0 ? { lane } : {}),
        },
        selected: selection?.ties.has(tie.id) ?? false,
        // Styled as its own layer (maps.css), so the other lines are not redrawn as it moves.
        ...(moving.has(tie.from) || moving.has(tie.to) ? { className: 'map-tie-moving' } : {}),
      };
    });
  }, [doc.ties, kind, selection, props.highlight, movingKey]);

  // React Flow copies every handler it is given into its store and, for each one that changed
  // since the last render, updates the store, which re-runs every node's and tie's
  // subscription. Handlers made afresh on each render did that five times per mouse move
  // while dragging; these are made once and read the latest props from a ref.
  const latest = useRef({ props, dragging, selection });
  useLayoutEffect(() => {
    latest.current = { props, dragging, selection };
  });
  const onNodesChange = useCallback((changes: NodeChange<MapFlowNode>[]) => {
    const { props, dragging, selection } = latest.current;
    const measured = changes.filter((c) => c.type === 'dimensions' && c.dimensions);
    if (measured.length > 0)
      setSizes((old) => {
        const next = new Map(old);
        for (const c of measured) if (c.type === 'dimensions' && c.dimensions) next.set(c.id, c.dimensions);
        return next;
      });
    if (props.readOnly) return;
    const moving = new Map(dragging);
    const finished = new Map<string, { x: number; y: number }>();
    let nextSelection: Selection | null = null;
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        if (change.dragging) moving.set(change.id, change.position);
        else finished.set(change.id, change.position);
      } else if (change.type === 'position' && change.dragging === false) {
        const last = moving.get(change.id);
        if (last) finished.set(change.id, last);
        moving.delete(change.id);
      } else if (change.type === 'select') {
        nextSelection ??= { nodes: new Set(selection?.nodes), ties: new Set(selection?.ties) };
        if (change.selected) nextSelection.nodes.add(change.id);
        else nextSelection.nodes.delete(change.id);
      }
    }
    for (const id of finished.keys()) moving.delete(id);
    // The ref is updated at once too: a second change can arrive before React re-renders.
    latest.current = { ...latest.current, dragging: moving };
    setDragging(moving);
    if (finished.size > 0) props.onMoved?.(finished);
    if (nextSelection) props.onSelect?.(nextSelection);
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<MapFlowEdge>[]) => {
    const { props, selection } = latest.current;
    let nextSelection: Selection | null = null;
    for (const change of changes) {
      if (change.type === 'select') {
        nextSelection ??= { nodes: new Set(selection?.nodes), ties: new Set(selection?.ties) };
        if (change.selected) nextSelection.ties.add(change.id);
        else nextSelection.ties.delete(change.id);
      }
    }
    if (nextSelection) props.onSelect?.(nextSelection);
  }, []);
  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target && c.source !== c.target) latest.current.props.onConnect?.(c.source, c.target);
  }, []);
  const onDelete = useCallback(
    ({ nodes: gone, edges: cut }: { nodes: MapFlowNode[]; edges: MapFlowEdge[] }) =>
      latest.current.props.onDelete?.({
        nodes: new Set(gone.map((n) => n.id)),
        ties: new Set(cut.map((e) => e.id)),
      }),
    [],
  );

  return (
    <div className="map-canvas" role="group" aria-label={props.label}>
      <ReactFlow<MapFlowNode, MapFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={readOnly ? undefined : onEdgesChange}
        onConnect={onConnect}
        onDelete={onDelete}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        elementsSelectable={!readOnly}
        // One dot per person both starts and ends a connection; dropping near it is enough.
        connectionMode={ConnectionMode.Loose}
        connectionRadius={40}
        selectionMode={SelectionMode.Partial}
        multiSelectionKeyCode="Shift"
        deleteKeyCode={readOnly ? null : DELETE_KEYS}
        onlyRenderVisibleElements
        fitView
        minZoom={0.03}
        maxZoom={3}
        proOptions={PRO_OPTIONS}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
