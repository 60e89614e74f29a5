/**
 * The drawing: React Flow with the map's own symbols and lines, drawn from the same shared
 * style as the exported picture (shared/domain/relationship-map-style.ts), so a map looks the
 * same on screen, on paper and in a document. Dragging a person moves them (one undo step when
 * the drag ends); dragging from a person's dot to another connects them; Shift-click or a
 * Shift-drag box selects several; Delete removes the selection.
 */
import {
  BaseEdge,
  Background,
  ConnectionMode,
  Controls,
  EdgeLabelRenderer,
  Handle,
  Position,
  ReactFlow,
  SelectionMode,
  type Connection,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeChange,
  type NodeProps,
  type EdgeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MapKind, MapTie, ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import { symbolSvg } from '../../../../shared/domain/relationship-map-legend';
import {
  coupleSlashes,
  couplePattern,
  emotionalStyles,
  familyLineColour,
  nodeColour,
  tieQualityStyles,
  type LineStyle,
} from '../../../../shared/domain/relationship-map-style';
import {
  arrowhead,
  patternedLine,
  slashes,
  trim,
} from '../../../../shared/domain/relationship-map-svg-lines';
import { yearsText } from '../../../../shared/domain/relationship-map';
import type { Doc } from './map-edit';

const SYMBOL = 44;
/** The id of each person's centre handle, where every tie is drawn to. */
const CENTRE = 'centre';

type NodeData = { node: ResolvedMapNode; kind: MapKind };
type TieData = { tie: MapTie; highlight?: 'added' | 'removed' | 'changed' };
type MapFlowNode = Node<NodeData, 'person'>;
type MapFlowEdge = Edge<TieData, 'tie'>;

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

function lineStyleOf(tie: MapTie): LineStyle {
  switch (tie.kind) {
    case 'ecomap':
      return tieQualityStyles[tie.quality];
    case 'emotional':
      return emotionalStyles[tie.emotion];
    case 'couple':
      return { pattern: couplePattern[tie.status], colour: familyLineColour, width: 2 };
    case 'parent':
      return { pattern: 'solid', colour: familyLineColour, width: 2 };
  }
}

const highlightColour = { added: '#256b35', removed: '#a4262c', changed: '#b7791f' } as const;

/** A tie drawn centre to centre with its conventional line, arrows, slashes and years. */
const TieEdge = memo(function TieEdge(props: EdgeProps<MapFlowEdge>) {
  const { id, data, selected, sourceX, sourceY, targetX, targetY } = props;
  if (!data) return null;
  // The ends are the centre handles (React Flow works them out once per move for every tie;
  // asking for each person here as well made every tie re-check on every move).
  const [a, b] = trim({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, SYMBOL / 2 + 4, SYMBOL / 2 + 4);
  const { tie, highlight } = data;
  const style = highlight
    ? { ...lineStyleOf(tie), colour: highlightColour[highlight], width: 4 }
    : lineStyleOf(tie);
  let svg = patternedLine(a, b, style, {
    repaired: tie.kind === 'emotional' && tie.emotion === 'cut_off_repaired',
  });
  if (tie.kind === 'ecomap' && tie.direction !== 'none') {
    svg += arrowhead(a, b, style.colour);
    if (tie.direction === 'both') svg += arrowhead(b, a, style.colour);
  }
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  if (tie.kind === 'couple') svg += slashes(mid, coupleSlashes[tie.status], style.colour);
  const words = [tie.label, tie.kind === 'couple' ? yearsText(tie.startYear, tie.endYear) : '']
    .filter(Boolean)
    .join(' ');
  // An invisible wide path makes a thin line easy to click; the drawn lines sit on top.
  const path = `M ${a.x},${a.y} L ${b.x},${b.y}`;
  return (
    <>
      <BaseEdge id={id} path={path} interactionWidth={16} style={{ stroke: 'transparent' }} />
      <g
        className={selected ? 'map-tie map-tie-selected' : 'map-tie'}
        strokeDasharray={highlight === 'removed' ? '6 4' : undefined}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      {words ? (
        <EdgeLabelRenderer>
          <span
            className="map-tie-label"
            style={{ transform: `translate(-50%, -50%) translate(${mid.x}px, ${mid.y}px)` }}
          >
            {words}
          </span>
        </EdgeLabelRenderer>
      ) : null}
    </>
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
const edgeTypes = { tie: TieEdge };

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
    return doc.ties.map((tie) => {
      const mark = props.highlight?.get(tie.id);
      return {
        id: tie.id,
        type: 'tie',
        source: tie.from,
        target: tie.to,
        sourceHandle: CENTRE,
        targetHandle: CENTRE,
        data: mark ? { tie, highlight: mark } : { tie },
        selected: selection?.ties.has(tie.id) ?? false,
        // Styled as its own layer (maps.css), so the other lines are not redrawn as it moves.
        ...(moving.has(tie.from) || moving.has(tie.to) ? { className: 'map-tie-moving' } : {}),
      };
    });
  }, [doc.ties, selection, props.highlight, movingKey]);

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
