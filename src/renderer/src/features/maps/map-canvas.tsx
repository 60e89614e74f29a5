/**
 * The drawing: React Flow for moving about, dragging people, selecting and connecting them,
 * over the map's own picture (map-layer.tsx), drawn by the same shared code as the exported
 * picture (symbols, routes and the placement of every word and mark), so a map looks the same
 * on screen, on paper and in a document. Dragging a person moves them (one undo step when the
 * drag ends); dragging from a person's dot to another connects them; clicking a line selects
 * it; Shift-click or a Shift-drag box selects several; Delete removes the selection. Zoomed
 * out too far to read, names and tie words hide and a note points to the text view.
 */
import {
  Background,
  ConnectionMode,
  Controls,
  Panel,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  useStore,
  ViewportPortal,
  type Connection,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { MapKind, ResolvedMapNode } from '../../../../shared/domain/relationship-map';
import { grow, union } from '../../../../shared/domain/relationship-map-boxes';
import { placeMap, type MapPlacement } from '../../../../shared/domain/relationship-map-placement';
import type { Point } from '../../../../shared/domain/relationship-map-svg-lines';
import type { Doc } from './map-edit';
import { MovingLayer, StillLayer } from './map-layer';
import { nodeFrame, nodeTypes, type MapFlowNode } from './map-node';
import { tieAt } from './map-pick';

/** Constants, not literals in the JSX: a new array or object each render re-subscribes React Flow. */
const PRO_OPTIONS = { hideAttribution: true };
const NO_EDGES: never[] = [];
/** "Zoom to fit" (and the first view) leaves a little room around everyone. */
export const FIT_VIEW = { padding: 0.06 };
/**
 * Below this zoom a name would be under 8 pixels: names and tie words are hidden (the text
 * view lists them), which also keeps a big map quick to move around.
 */
export const WORDS_MIN_ZOOM = 0.45;
/** Low enough that "Zoom to fit" shows everyone on the largest map (500 people). */
const MIN_ZOOM = 0.02;
/** How near a line a click must be to pick it, in screen pixels. */
const PICK_DISTANCE = 10;

/**
 * Whether names can be read at the current zoom: null until the first "fit" has set the zoom
 * (so a big map does not draw 500 names only to hide them a moment later).
 */
function WordsReadable({ onChange }: { onChange(readable: boolean | null): void }) {
  const readable = useStore((s) => (s.fitViewQueued || !s.width ? null : s.transform[2] >= WORDS_MIN_ZOOM));
  useEffect(() => onChange(readable), [readable, onChange]);
  return readable === false ? (
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
  selection: Selection;
  onSelect(selection: Selection): void;
  onMoved(positions: Map<string, { x: number; y: number }>): void;
  onConnect(from: string, to: string): void;
  onDelete(selection: Selection): void;
  label: string;
}

export function MapCanvas(props: Props) {
  const { doc, kind, selection } = props;
  const flow = useReactFlow();
  /** Positions while a drag is under way; written to the document once the drag ends. */
  const [dragging, setDragging] = useState<Map<string, Point>>(new Map());
  const [readable, setReadable] = useState<boolean | null>(null);
  /** The person the pointer is on (kept while dragging or connecting, so nothing changes under it). */
  const [hovered, setHovered] = useState<string | null>(null);
  const busy = useRef(false);
  // Where every word and mark goes, for this version of the map (the pictures use the same).
  const placement: MapPlacement = useMemo(() => placeMap(kind, doc), [kind, doc]);
  // Where a dragged person can be drawn: the map and a good margin round it.
  const extent = useMemo(
    () =>
      grow(
        union(
          [{ x: 0, y: 0 }, ...placement.centres.values()].map((p) => ({
            x1: p.x,
            y1: p.y,
            x2: p.x,
            y2: p.y,
          })),
        ),
        1500,
      ),
    [placement],
  );
  // React Flow's boxes stay where the document has the people while one is dragged: the
  // moving layer shows where they are now. Moving a box on every mouse move made the browser
  // work out its layers again each frame (a fifth of a second on a 500-person map); the box
  // moves once, when the drag ends and the document changes.
  const nodes: MapFlowNode[] = useMemo(() => {
    return doc.nodes.map((node) => {
      const position = { x: node.x, y: node.y };
      const selected = selection.nodes.has(node.id);
      const active = selected || hovered === node.id;
      const footprint = placement.footprints.get(node.id)!;
      const old = flowNodeCache.get(node);
      const same =
        old &&
        old.data.footprint === footprint &&
        old.data.active === active &&
        old.position.x === position.x &&
        old.position.y === position.y &&
        old.selected === selected;
      const flowNode: MapFlowNode = same
        ? old
        : {
            id: node.id,
            type: 'person',
            position,
            // A fixed size: React Flow knows where everyone is before measuring anything.
            ...nodeFrame(footprint),
            data:
              old && old.data.footprint === footprint && old.data.active === active
                ? old.data
                : { node, footprint, active },
            selected,
            draggable: active,
            ariaLabel: node.name,
          };
      flowNodeCache.set(node, flowNode);
      return flowNode;
    });
  }, [doc.nodes, selection, placement, hovered]);
  // Who is being dragged changes only when a drag starts or ends, not on every mouse move.
  const movingKey = [...dragging.keys()].sort().join(' ');
  const moving = useMemo(() => new Set(movingKey.split(' ').filter(Boolean)), [movingKey]);

  // React Flow copies every handler it is given into its store and, for each one that changed
  // since the last render, updates the store, which re-runs every node's subscription.
  // Handlers made afresh on each render did that on every mouse move while dragging; these are
  // made once and read the latest props from a ref.
  const latest = useRef({ props, dragging, selection, placement });
  useLayoutEffect(() => {
    latest.current = { props, dragging, selection, placement };
  });
  const onNodesChange = useCallback((changes: NodeChange<MapFlowNode>[]) => {
    const { props, dragging, selection } = latest.current;
    // Sizes are fixed (nodeFrame), so measurements need no answer; only moves and selection do.
    const moving = new Map(dragging);
    const finished = new Map<string, Point>();
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
        nextSelection ??= { nodes: new Set(selection.nodes), ties: new Set(selection.ties) };
        if (change.selected) nextSelection.nodes.add(change.id);
        else nextSelection.nodes.delete(change.id);
      }
    }
    for (const id of finished.keys()) moving.delete(id);
    if (moving.size !== dragging.size || [...moving].some(([id, p]) => dragging.get(id) !== p)) {
      // The ref is updated at once too: a second change can arrive before React re-renders.
      latest.current = { ...latest.current, dragging: moving };
      setDragging(moving);
    }
    if (finished.size > 0) props.onMoved(finished);
    if (nextSelection) props.onSelect(nextSelection);
  }, []);
  // A click on a person without Shift selects only them (their ties too are let go).
  const onNodeClick: NodeMouseHandler<MapFlowNode> = useCallback((event, node) => {
    const { props, selection } = latest.current;
    if (event.shiftKey) return;
    if (selection.ties.size > 0 || selection.nodes.size !== 1 || !selection.nodes.has(node.id))
      props.onSelect({ nodes: new Set([node.id]), ties: new Set() });
  }, []);
  // Lines are part of the picture, not React Flow edges: a click near one picks it.
  const onPaneClick = useCallback(
    (event: React.MouseEvent) => {
      const { props, selection, placement } = latest.current;
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const tie = tieAt(placement.routes, point, PICK_DISTANCE / flow.getZoom());
      if (event.shiftKey) {
        if (!tie) return;
        const ties = new Set(selection.ties);
        if (ties.has(tie)) ties.delete(tie);
        else ties.add(tie);
        props.onSelect({ nodes: new Set(selection.nodes), ties });
      } else props.onSelect({ nodes: new Set(), ties: new Set(tie ? [tie] : []) });
    },
    [flow],
  );
  const onNodeMouseEnter: NodeMouseHandler<MapFlowNode> = useCallback((_event, node) => {
    if (!busy.current && latest.current.dragging.size === 0) setHovered(node.id);
  }, []);
  const onNodeMouseLeave: NodeMouseHandler<MapFlowNode> = useCallback((_event, node) => {
    if (!busy.current && latest.current.dragging.size === 0)
      setHovered((current) => (current === node.id ? null : current));
  }, []);
  // A press on a person the pointer has not rested on (a quick move, a touch screen) makes
  // them draggable at once, before React Flow's drag sees the press that follows.
  const onPointerDownCapture = useCallback((event: React.PointerEvent) => {
    const id = (event.target as Element).closest('.react-flow__node')?.getAttribute('data-id');
    if (id && !busy.current) flushSync(() => setHovered(id));
  }, []);
  const onConnectStart = useCallback(() => {
    busy.current = true;
  }, []);
  const onConnectEnd = useCallback(() => {
    busy.current = false;
  }, []);
  const onConnect = useCallback((c: Connection) => {
    if (c.source && c.target && c.source !== c.target) latest.current.props.onConnect(c.source, c.target);
  }, []);
  // Delete or Backspace removes what is selected, people and lines (not while typing).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Delete' && event.key !== 'Backspace') return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const { props, selection } = latest.current;
      if (selection.nodes.size === 0 && selection.ties.size === 0) return;
      event.preventDefault();
      props.onDelete(selection);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div
      className={['map-canvas', moving.size > 0 ? 'map-canvas-moving' : ''].filter(Boolean).join(' ')}
      role="group"
      aria-label={props.label}
      onPointerDownCapture={onPointerDownCapture}
    >
      <ReactFlow<MapFlowNode>
        nodes={nodes}
        edges={NO_EDGES}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onNodeMouseEnter={onNodeMouseEnter}
        onNodeMouseLeave={onNodeMouseLeave}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        onPaneClick={onPaneClick}
        onConnect={onConnect}
        // One dot per person both starts and ends a connection; dropping near it is enough.
        connectionMode={ConnectionMode.Loose}
        connectionRadius={40}
        selectionMode={SelectionMode.Partial}
        multiSelectionKeyCode="Shift"
        deleteKeyCode={null}
        onlyRenderVisibleElements
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={MIN_ZOOM}
        maxZoom={3}
        proOptions={PRO_OPTIONS}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-right" />
        <WordsReadable onChange={setReadable} />
        <ViewportPortal>
          <StillLayer
            kind={kind}
            doc={doc}
            placement={placement}
            selection={selection}
            moving={moving}
            words={readable === true}
          />
          {dragging.size > 0 ? (
            <MovingLayer
              kind={kind}
              doc={doc}
              placement={placement}
              selection={selection}
              positions={dragging}
              extent={extent}
              words={readable === true}
            />
          ) : null}
        </ViewportPortal>
      </ReactFlow>
    </div>
  );
}
