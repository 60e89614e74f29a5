/**
 * The map as text: every person and every tie in two tables, editable, for screen readers,
 * for checking, and for doing everything from the keyboard (including "Add a tie"). The same
 * document as the drawing: a change here is a change there, with the same undo.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  coupleStatuses,
  emotionalKinds,
  nodeKinds,
  sexes,
  tieDescription,
  tieDirections,
  tieKinds,
  tieKindsByMap,
  tieQualities,
  type MapKind,
  type MapTie,
  type ResolvedMapNode,
  type TieKind,
} from '../../../../shared/domain/relationship-map';
import { optionsOf } from '../../components/form-fields';
import type { Doc } from './map-edit';

interface Props {
  kind: MapKind;
  doc: Doc<ResolvedMapNode>;
  onNode(id: string, change: Partial<ResolvedMapNode>): void;
  onTie(id: string, change: { kind?: TieKind } & Record<string, unknown>): void;
  onAddTie(from: string, to: string, kind: TieKind): void;
  onRemove(nodeIds: string[], tieIds: string[]): void;
  /** Only these rows (the selection on the drawing); all when absent. */
  only?: { nodes: ReadonlySet<string>; ties: ReadonlySet<string> };
}

function Select<T extends string>(props: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange(value: T): void;
}) {
  return (
    <select
      className="select select-compact"
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as T)}
    >
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

function yearOrNull(value: string): number | null {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 && n < 10_000 ? n : null;
}

/** A year box in a table row: digits only, and anything that is not a year means "not known". */
function YearInput(props: { label: string; value: number | null; onChange(year: number | null): void }) {
  return (
    <input
      autoComplete="off"
      className="input input-compact input-year"
      inputMode="numeric"
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(yearOrNull(e.target.value))}
    />
  );
}

export function MapTextView(props: Props) {
  const { doc, kind, only } = props;
  const nodes = only ? doc.nodes.filter((n) => only.nodes.has(n.id)) : doc.nodes;
  const ties = only ? doc.ties.filter((t) => only.ties.has(t.id)) : doc.ties;
  const nameOf = (id: string) => doc.nodes.find((n) => n.id === id)?.name || 'Unnamed';
  const genogram = kind === 'genogram';
  return (
    <div className="map-text-view">
      {nodes.length > 0 ? (
        <table className="map-table" aria-label="People and systems on the map">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              {genogram ? (
                <>
                  <th scope="col">Symbol</th>
                  <th scope="col">Born</th>
                  <th scope="col">Deceased</th>
                </>
              ) : null}
              <th scope="col">{genogram ? 'Focal child' : 'At the centre'}</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((n) => (
              <tr key={n.id}>
                <th scope="row">
                  {n.personId ? (
                    <span>{n.name}</span>
                  ) : (
                    <input
                      autoComplete="off"
                      className="input input-compact"
                      aria-label={`Name of ${n.name || 'this person or system'}`}
                      value={n.label}
                      onChange={(e) => props.onNode(n.id, { label: e.target.value, name: e.target.value })}
                    />
                  )}
                </th>
                <td>
                  {n.personId ? (
                    'In this case'
                  ) : (
                    <Select
                      label={`Kind of ${n.name}`}
                      value={n.kind}
                      options={optionsOf(nodeKinds)}
                      onChange={(value) => props.onNode(n.id, { kind: value })}
                    />
                  )}
                </td>
                {genogram ? (
                  <>
                    <td>
                      <Select
                        label={`Symbol for ${n.name}`}
                        value={n.sex ?? 'other_unknown'}
                        options={optionsOf(sexes)}
                        onChange={(value) => props.onNode(n.id, { sex: value })}
                      />
                    </td>
                    <td>
                      <YearInput
                        label={`Year ${n.name} was born`}
                        value={n.birthYear}
                        onChange={(birthYear) => props.onNode(n.id, { birthYear })}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${n.name} has died`}
                        checked={n.deceased}
                        onChange={(e) => props.onNode(n.id, { deceased: e.target.checked })}
                      />
                    </td>
                  </>
                ) : null}
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${n.name} ${genogram ? 'is the focal child' : 'is at the centre'}`}
                    checked={n.focal}
                    onChange={(e) => props.onNode(n.id, { focal: e.target.checked })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button-link button-danger-link"
                    onClick={() => props.onRemove([n.id], [])}
                  >
                    Remove<span className="visually-hidden"> {n.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {ties.length > 0 ? (
        <table className="map-table" aria-label="Ties">
          <thead>
            <tr>
              <th scope="col">Between</th>
              <th scope="col">Kind</th>
              <th scope="col">Line</th>
              <th scope="col">Label</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ties.map((t) => (
              <TieRow
                {...props}
                key={t.id}
                tie={t}
                between={`${nameOf(t.from)} and ${nameOf(t.to)}`}
                fromName={nameOf(t.from)}
                toName={nameOf(t.to)}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {only ? null : <AddTieForm {...props} />}
    </div>
  );
}

function TieRow(props: Props & { tie: MapTie; between: string; fromName: string; toName: string }) {
  const { tie, between } = props;
  const set = (change: Record<string, unknown>) => props.onTie(tie.id, change);
  return (
    <tr aria-label={`${between}: ${tieDescription(tie)}`}>
      <th scope="row">
        {tie.kind === 'parent' ? `${props.fromName} → ${props.toName} (parent → child)` : between}
      </th>
      <td>
        <Select
          label={`Kind of tie between ${between}`}
          value={tie.kind}
          options={tieKindsByMap[props.kind].map((k) => ({ value: k, label: tieKinds[k] }))}
          onChange={(value) => props.onTie(tie.id, { kind: value })}
        />
      </td>
      <td className="map-tie-fields">
        {tie.kind === 'ecomap' ? (
          <>
            <Select
              label={`Quality of ${between}`}
              value={tie.quality}
              options={optionsOf(tieQualities)}
              onChange={(quality) => set({ quality })}
            />
            <Select
              label={`Direction of support, ${between}`}
              value={tie.direction}
              options={optionsOf(tieDirections)}
              onChange={(direction) => set({ direction })}
            />
          </>
        ) : null}
        {tie.kind === 'couple' ? (
          <>
            <Select
              label={`Couple, ${between}`}
              value={tie.status}
              options={optionsOf(coupleStatuses)}
              onChange={(status) => set({ status })}
            />
            <YearInput
              label={`From year, ${between}`}
              value={tie.startYear}
              onChange={(startYear) => set({ startYear })}
            />
            <YearInput
              label={`To year, ${between}`}
              value={tie.endYear}
              onChange={(endYear) => set({ endYear })}
            />
          </>
        ) : null}
        {tie.kind === 'emotional' ? (
          <Select
            label={`Relationship, ${between}`}
            value={tie.emotion}
            options={optionsOf(emotionalKinds)}
            onChange={(emotion) => set({ emotion })}
          />
        ) : null}
      </td>
      <td>
        <input
          autoComplete="off"
          className="input input-compact"
          aria-label={`Label of the tie between ${between}`}
          value={tie.label}
          onChange={(e) => set({ label: e.target.value })}
        />
      </td>
      <td>
        <button
          type="button"
          className="button-link button-danger-link"
          onClick={() => props.onRemove([], [tie.id])}
        >
          Remove<span className="visually-hidden"> the tie between {between}</span>
        </button>
      </td>
    </tr>
  );
}

/** Connecting two people with the keyboard alone: From, To, Kind, Add. */
function AddTieForm(props: Props) {
  const id = useId();
  const kinds = tieKindsByMap[props.kind];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<TieKind>(kinds[0]!);
  const [problem, setProblem] = useState<string | null>(null);
  const options = props.doc.nodes.map((n) => ({ value: n.id, label: n.name || 'Unnamed' }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) return setProblem('Choose both people.');
    if (from === to) return setProblem('Choose two different people.');
    setProblem(null);
    props.onAddTie(from, to, kind);
  };
  return (
    <form className="map-add-tie" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Add a tie</h3>
      <TieEnd
        id={`${id}-from`}
        label={kind === 'parent' ? 'Parent' : 'From'}
        value={from}
        options={options}
        onChange={setFrom}
      />
      <TieEnd
        id={`${id}-to`}
        label={kind === 'parent' ? 'Child' : 'To'}
        value={to}
        options={options}
        onChange={setTo}
      />
      <div className="map-add-tie-field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          className="select"
          value={kind}
          onChange={(e) => setKind(e.target.value as TieKind)}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {tieKinds[k]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        Add the tie
      </button>
      <p className="field-error" aria-live="polite">
        {problem ?? ''}
      </p>
    </form>
  );
}

function TieEnd(props: {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
}) {
  return (
    <div className="map-add-tie-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        className="select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">Choose…</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
