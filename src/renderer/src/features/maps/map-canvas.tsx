/**
 * The drawing: React Flow with the map's own symbols and lines, drawn by the same shared code
 * as the exported picture (symbols, routes and the placement of every word and mark), so a map
 * looks the same on screen, on paper and in a document. Zoomed out too far to read, names and
 * tie words hide and a note points to the text view. Dragging a person moves them (one undo step when
 * the drag ends); dragging from a person's dot to another connects them; Shift-click or a
 * Shift-drag box selects several; Delete removes the selection.
 */
import {
  Background,
  ConnectionMode,
  Controls,
  Panel,
  ReactFlow,
  SelectionMode,
  useStore,
  ViewportPortal,
  type Connection,
  type NodeChange,
  type EdgeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MapKind, ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import {
  coParentEnd,
  placeMap,
  type MapPlacement,
} from '../../../../shared/domain/relationship-map-placement';
import type { Doc } from './map-edit';
import { MapHouseholds } from './map-households';
import { CENTRE, nodeFrame, nodeTypes, type MapFlowNode } from './map-node';
import { edgeTypes, type MapFlowEdge } from './map-ties';

/** Constants, not literals in the JSX: a new array or object each render re-subscribes React Flow. */
const DELETE_KEYS = ['Delete', 'Backspace'];
const PRO_OPTIONS = { hideAttribution: true };
/** "Zoom to fit" (and the first view) leaves a little room around everyone. */
export const FIT_VIEW = { padding: 0.06 };
/**
 * Below this zoom a name would be under 8 pixels: names and tie words are hidden (the text
 * view lists them), which also keeps a big map quick to move around.
 */
export const WORDS_MIN_ZOOM = 0.45;
/** Low enough that "Zoom to fit" shows everyone on the largest map (500 people). */
const MIN_ZOOM = 0.02;

/** True while the drawing is zoomed out too far to read names. */
function WordsTooSmall({ onChange }: { onChange(far: boolean): void }) {
  const far = useStore((s) => s.transform[2] < WORDS_MIN_ZOOM);
  useEffect(() => onChange(far), [far, onChange]);
  return far ? (
    <Panel position="top-left" className="map-far-note">
      Names are hidden at this size. Zoom in, or use the Text view.
    </Panel>
  ) : null;
}

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
  const [far, setFar] = useState(false);
  // Where every word and mark goes, for this version of the map (the pictures use the same).
  const placement: MapPlacement = useMemo(() => placeMap(kind, doc), [kind, doc]);
  // While dragging, only the moved person changes: every other node object (and its data)
  // is reused, so React Flow and the memoised nodes skip them. This keeps a big map smooth;
  // rebuilding every node on each mouse move halved the frame rate.
  const nodes: MapFlowNode[] = useMemo(() => {
    return doc.nodes.map((node) => {
      const moving = dragging.has(node.id);
      const position = dragging.get(node.id) ?? { x: node.x, y: node.y };
      const selected = selection?.nodes.has(node.id) ?? false;
      const footprint = placement.footprints.get(node.id)!;
      const old = flowNodeCache.get(node);
      const same =
        old &&
        old.data.node === node &&
        old.data.kind === kind &&
        old.data.footprint === footprint &&
        old.position.x === position.x &&
        old.position.y === position.y &&
        old.selected === selected &&
        Boolean(old.dragging) === moving;
      const flowNode: MapFlowNode = same
        ? old
        : {
            id: node.id,
            type: 'person',
            position,
            // A fixed size: React Flow knows where everyone is before measuring anything.
            ...nodeFrame(footprint),
            data:
              old && old.data.node === node && old.data.kind === kind && old.data.footprint === footprint
                ? old.data
                : { node, kind, footprint },
            selected,
            ariaLabel: node.name,
            ...(moving ? { dragging: true } : {}),
          };
      flowNodeCache.set(node, flowNode);
      return flowNode;
    });
  }, [doc.nodes, kind, dragging, selection, placement]);
  // Who is being dragged changes only when a drag starts or ends, not on every mouse move.
  const movingKey = [...dragging.keys()].sort().join(' ');
  const edges: MapFlowEdge[] = useMemo(() => {
    const moving = new Set(movingKey.split(' '));
    const byId = new Map(doc.nodes.map((n) => [n.id, n]));
    const endOf = (id: string) => {
      const node = byId.get(id);
      return node ? { at: { x: node.x, y: node.y }, footprint: placement.footprints.get(id)! } : null;
    };
    return doc.ties.flatMap((tie) => {
      const tiePlacement = placement.ties.get(tie.id);
      if (!tiePlacement) return [];
      const mark = props.highlight?.get(tie.id);
      const coParent = coParentEnd(doc.ties, tie, endOf);
      const edge: MapFlowEdge = {
        id: tie.id,
        type: 'tie',
        source: tie.from,
        target: tie.to,
        sourceHandle: CENTRE,
        targetHandle: CENTRE,
        data: {
          tie,
          from: placement.footprints.get(tie.from)!,
          to: placement.footprints.get(tie.to)!,
          placement: tiePlacement,
          ...(mark ? { highlight: mark } : {}),
          ...(coParent
            ? {
                coParent: {
                  id: coParent.id,
                  footprint: coParent.footprint,
                  coupleWords: coParent.coupleWords,
                },
              }
            : {}),
        },
        selected: selection?.ties.has(tie.id) ?? false,
        // Styled as its own layer (maps.css), so the other lines are not redrawn as it moves.
        ...(moving.has(tie.from) || moving.has(tie.to) ? { className: 'map-tie-moving' } : {}),
      };
      return [edge];
    });
  }, [doc.ties, doc.nodes, placement, selection, props.highlight, movingKey]);

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
    // Sizes are fixed (nodeBox), so measurements need no answer; only moves and selection do.
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
    <div className={far ? 'map-canvas map-canvas-far' : 'map-canvas'} role="group" aria-label={props.label}>
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
        fitViewOptions={FIT_VIEW}
        minZoom={MIN_ZOOM}
        maxZoom={3}
        proOptions={PRO_OPTIONS}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-right" />
        <WordsTooSmall onChange={setFar} />
        <ViewportPortal>
          <MapHouseholds placement={placement} />
        </ViewportPortal>
      </ReactFlow>
    </div>
  );
}
