/**
 * One map open for editing: the drawing (or the text view), a toolbar (add, auto-layout,
 * zoom to fit, undo, redo, delete), the selection's details, and the legend. Every change is
 * checked with the shared map rules first: a change that breaks one is refused with the
 * reason in plain words and the map stays as it was. Accepted changes autosave like a note
 * (within a second, flushed before a lock or when the window closes).
 */
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useRef, useState } from 'react';
import {
  mapKinds,
  newNode,
  type ResolvedMapNode,
  type TieKind,
} from '../../../../shared/domain/relationship-map';
import { autoLayout } from '../../../../shared/domain/relationship-map-layout';
import { labelNames, validateMapDocument } from '../../../../shared/domain/relationship-map-validation';
import type { MapView } from '../../../../shared/schemas/maps';
import { SaveIndicator } from '../notes/save-indicator';
import { useAutosave } from '../notes/use-autosave';
import { FIT_VIEW, MapCanvas, type Selection } from './map-canvas';
import {
  addNode,
  addTie,
  defaultTieKind,
  freeSpot,
  moveNodes,
  newTie,
  remove,
  updateNode,
  updateTie,
  withPositionsFrom,
  type Doc,
} from './map-edit';
import { record, redo, startHistory, undo, type History } from './map-history';
import { MapLegend } from './map-legend';
import { MapOutput } from './map-output';
import { MapSnapshots } from './map-snapshots';
import { saveMap, type SavedVersion } from './map-save';
import { MapSelection } from './map-selection';
import { MapTextView } from './map-text-view';

type ResolvedDoc = Doc<ResolvedMapNode>;
const noSelection: Selection = { nodes: new Set(), ties: new Set() };

export function MapEditor(props: { view: MapView; onClose(): void }) {
  return (
    <ReactFlowProvider>
      <Editor {...props} />
    </ReactFlowProvider>
  );
}

function Editor({ view, onClose }: { view: MapView; onClose(): void }) {
  const { map } = view;
  const flow = useReactFlow();
  const [history, setHistory] = useState<History<ResolvedDoc>>(() => startHistory(view.document));
  const [selection, setSelection] = useState<Selection>(noSelection);
  const [mode, setMode] = useState<'drawing' | 'text'>('drawing');
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState<string>('');
  const [newName, setNewName] = useState('');
  const doc = history.present;
  const selectionPanel = useRef<HTMLElement>(null);
  // The version last stored: each autosave sends what changed since (map-save.ts).
  const saved = useRef<SavedVersion>({ doc: view.document, revision: view.revision });
  const autosave = useAutosave<ResolvedDoc>(async (value) => {
    saved.current = await saveMap(view, saved.current, value);
  });

  /** Applies a change if it keeps the map's rules; otherwise says why and keeps the map. */
  const apply = (
    next: ResolvedDoc,
    keepHistory: (h: History<ResolvedDoc>) => History<ResolvedDoc> = (h) => record(h, next),
  ) => {
    const [first] = validateMapDocument(map.kind, next, labelNames(next));
    if (first) {
      setProblem(first.message);
      return false;
    }
    setProblem(null);
    setHistory(keepHistory);
    autosave.change(next);
    return true;
  };
  const step = (move: typeof undo) => {
    const next = move(history);
    if (next === history) return;
    setHistory(next);
    setProblem(null);
    autosave.change(next.present);
  };
  const connect = (from: string, to: string, kind: TieKind = defaultTieKind(map.kind)) => {
    const tie = newTie(crypto.randomUUID(), kind, from, to);
    if (!apply(addTie(doc, tie))) return;
    setSelection({ nodes: new Set(), ties: new Set([tie.id]) });
    // Its kind of line is chosen next: on a small window the panel is under the drawing.
    if (mode === 'drawing')
      requestAnimationFrame(() => selectionPanel.current?.scrollIntoView({ block: 'nearest' }));
  };
  const addPerson = () => {
    const spot = freeSpot(doc);
    const id = crypto.randomUUID();
    const person = view.availablePeople.find((p) => p.personId === adding);
    const available = new Set(doc.nodes.map((n) => n.personId));
    if (person && !available.has(person.personId)) {
      apply(
        addNode(doc, {
          ...newNode({ id, personId: person.personId, ...spot }),
          name: person.name,
          roles: person.roles,
        }),
      );
    } else if (adding === 'person' || adding === 'system') {
      const label = newName.trim();
      if (!label) return setProblem('Type the name of the person or system to add.');
      apply(addNode(doc, { ...newNode({ id, label, kind: adding, ...spot }), name: label, roles: [] }));
      setNewName('');
    } else return setProblem('Choose who to add.');
    setAdding('');
  };
  const removeSelected = (chosen: Selection = selection) => {
    if (chosen.nodes.size === 0 && chosen.ties.size === 0) return;
    if (apply(remove(doc, chosen.nodes, chosen.ties))) setSelection(noSelection);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod) return;
    const target = event.target as HTMLElement;
    if (target.matches('input, textarea, select')) return;
    if (event.key.toLowerCase() === 'z' && !event.shiftKey) {
      event.preventDefault();
      step(undo);
    } else if ((event.key.toLowerCase() === 'z' && event.shiftKey) || event.key.toLowerCase() === 'y') {
      event.preventDefault();
      step(redo);
    }
  };
  const onCase = new Set(doc.nodes.map((n) => n.personId).filter(Boolean));
  const addable = view.availablePeople.filter((p) => !onCase.has(p.personId));
  const selectedCount = selection.nodes.size + selection.ties.size;

  return (
    <section
      className="map-editor"
      aria-label={`${map.title}, ${mapKinds[map.kind].toLowerCase()}`}
      onKeyDown={onKeyDown}
    >
      <header className="map-editor-head">
        <button type="button" className="button-link" onClick={onClose}>
          All maps
        </button>
        <h2 className="section-title">
          {map.title} <span className="muted">({mapKinds[map.kind]})</span>
        </h2>
        <SaveIndicator status={autosave.status} lastSavedAt={map.updatedAt} />
      </header>
      <div className="map-toolbar" role="toolbar" aria-label="Map tools">
        <label className="map-add">
          <span className="visually-hidden">Add to the map</span>
          <select
            className="select"
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
            aria-label="Add to the map"
          >
            <option value="">Add…</option>
            {addable.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.name} (in this case)
              </option>
            ))}
            <option value="person">Someone only on the map…</option>
            <option value="system">A system or service…</option>
          </select>
        </label>
        {adding === 'person' || adding === 'system' ? (
          <input
            autoComplete="off"
            className="input input-compact"
            aria-label={adding === 'person' ? 'Their name' : 'Name of the system or service'}
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), addPerson())}
          />
        ) : null}
        <button type="button" className="button button-secondary" onClick={addPerson} disabled={!adding}>
          Add
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            if (apply(withPositionsFrom(doc, autoLayout(map.kind, doc))))
              setTimeout(() => void flow.fitView({ ...FIT_VIEW, duration: 200 }), 50);
          }}
        >
          Auto-layout
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void flow.fitView({ ...FIT_VIEW, duration: 200 })}
        >
          Zoom to fit
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => step(undo)}
          disabled={history.past.length === 0}
          aria-keyshortcuts="Control+Z"
        >
          Undo
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => step(redo)}
          disabled={history.future.length === 0}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          Redo
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => removeSelected()}
          disabled={selectedCount === 0}
        >
          Delete selected{selectedCount ? ` (${selectedCount})` : ''}
        </button>
        <div className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={mode === 'drawing'} onClick={() => setMode('drawing')}>
            Drawing
          </button>
          <button type="button" aria-pressed={mode === 'text'} onClick={() => setMode('text')}>
            Text view
          </button>
        </div>
      </div>
      {problem ? (
        <p className="form-error map-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className={mode === 'text' ? 'map-body map-body-text' : 'map-body'}>
        {mode === 'drawing' ? (
          <MapCanvas
            kind={map.kind}
            doc={doc}
            label={`Drawing of ${map.title}`}
            selection={selection}
            onSelect={setSelection}
            onMoved={(positions) => apply(moveNodes(doc, positions))}
            onConnect={(from, to) => connect(from, to)}
            onDelete={(chosen) => removeSelected(chosen)}
          />
        ) : null}
        <aside className="map-side" aria-label={mode === 'text' ? 'The map as text' : 'Selection and legend'}>
          {mode === 'text' ? (
            <MapTextView
              kind={map.kind}
              doc={doc}
              onNode={(id, change) => apply(updateNode(doc, id, change))}
              onTie={(id, change) => apply(updateTie(doc, id, change))}
              onAddTie={(from, to, kind) => connect(from, to, kind)}
              onRemove={(nodeIds, tieIds) =>
                removeSelected({ nodes: new Set(nodeIds), ties: new Set(tieIds) })
              }
            />
          ) : selectedCount > 0 ? (
            <MapSelection
              ref={selectionPanel}
              kind={map.kind}
              doc={doc}
              selection={selection}
              onNode={(id, change) => apply(updateNode(doc, id, change))}
              onTie={(id, change) => apply(updateTie(doc, id, change))}
              onRemove={(nodeIds, tieIds) =>
                removeSelected({ nodes: new Set(nodeIds), ties: new Set(tieIds) })
              }
            />
          ) : (
            <p className="muted map-hint">
              Drag a person to move them. Drag from a person&apos;s dot to someone else to connect them. Click
              a line or a person to change it; Shift selects several. Everything can also be done in the text
              view.
            </p>
          )}
          <MapLegend kind={map.kind} doc={doc} />
        </aside>
      </div>
      <MapSnapshots map={map} flush={() => autosave.flush()} />
      <MapOutput map={map} doc={doc} flush={() => autosave.flush()} />
    </section>
  );
}
