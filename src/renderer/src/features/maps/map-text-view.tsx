/**
 * The map as text: every person and every tie in two tables, editable, for screen readers,
 * for checking, and for doing everything from the keyboard (including "Add a tie"). The same
 * document as the drawing: a change here is a change there, with the same undo.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  tieDescription,
  tieKinds,
  tieKindsByMap,
  type MapKind,
  type MapTie,
  type ResolvedMapNode,
  type TieKind,
} from '../../../../shared/domain/relationship-map';
import type { Doc } from './map-edit';
import {
  NodeBirthYear,
  NodeCheckbox,
  NodeKindSelect,
  NodeNameInput,
  NodeSymbolSelect,
  TieKindSelect,
  TieLabelInput,
  TieLineFields,
  type TieChange,
} from './map-fields';

export interface MapTextViewProps {
  kind: MapKind;
  doc: Doc<ResolvedMapNode>;
  onNode(id: string, change: Partial<ResolvedMapNode>): void;
  onTie(id: string, change: TieChange): void;
  onAddTie(from: string, to: string, kind: TieKind): void;
  onRemove(nodeIds: string[], tieIds: string[]): void;
}
type Props = MapTextViewProps;

/** Each node's name by id, for naming ties ("Unnamed" when it has none). */
export function namesOf(doc: Doc<ResolvedMapNode>): (id: string) => string {
  const names = new Map(doc.nodes.map((n) => [n.id, n.name]));
  return (id) => names.get(id) || 'Unnamed';
}

/** "Ayla and Jordan", or the parent's and child's names in that order for a parent line. */
export function tieNames(nameOf: (id: string) => string, tie: MapTie): { between: string; heading: string } {
  const between = `${nameOf(tie.from)} and ${nameOf(tie.to)}`;
  return {
    between,
    heading: tie.kind === 'parent' ? `${nameOf(tie.from)} → ${nameOf(tie.to)} (parent → child)` : between,
  };
}

export function MapTextView(props: Props) {
  const { doc, kind } = props;
  const { nodes, ties } = doc;
  const genogram = kind === 'genogram';
  const nameOf = namesOf(doc);
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
            {nodes.map((n) => {
              const onNode = (change: Partial<ResolvedMapNode>) => props.onNode(n.id, change);
              return (
                <tr key={n.id}>
                  <th scope="row">
                    {n.personId ? <span>{n.name}</span> : <NodeNameInput node={n} onNode={onNode} />}
                  </th>
                  <td>{n.personId ? 'In this case' : <NodeKindSelect node={n} onNode={onNode} />}</td>
                  {genogram ? (
                    <>
                      <td>
                        <NodeSymbolSelect node={n} onNode={onNode} />
                      </td>
                      <td>
                        <NodeBirthYear node={n} onNode={onNode} />
                      </td>
                      <td>
                        <NodeCheckbox node={n} field="deceased" kind={kind} onNode={onNode} />
                      </td>
                    </>
                  ) : null}
                  <td>
                    <NodeCheckbox node={n} field="focal" kind={kind} onNode={onNode} />
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
              );
            })}
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
              <TieRow {...props} key={t.id} tie={t} nameOf={nameOf} />
            ))}
          </tbody>
        </table>
      ) : null}
      <AddTieForm {...props} />
    </div>
  );
}

function TieRow(props: Props & { tie: MapTie; nameOf(id: string): string }) {
  const { tie } = props;
  const { between, heading } = tieNames(props.nameOf, tie);
  const onTie = (change: TieChange) => props.onTie(tie.id, change);
  return (
    <tr aria-label={`${between}: ${tieDescription(tie)}`}>
      <th scope="row">{heading}</th>
      <td>
        <TieKindSelect kind={props.kind} tie={tie} between={between} onTie={onTie} />
      </td>
      <td className="map-tie-fields">
        <TieLineFields tie={tie} between={between} onTie={onTie} />
      </td>
      <td>
        <TieLabelInput tie={tie} between={between} onTie={onTie} />
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
