/**
 * The controls that describe one person or one tie on a map, written once and used both by
 * the text view's tables and by the selection panel beside the drawing. Each control's
 * accessible name says whose it is ("Quality of Ayla and Jordan"), so a screen reader and
 * the browser tests find the same control in either place.
 */
import {
  coupleStatuses,
  emotionalKinds,
  nodeKinds,
  sexes,
  tieDirections,
  tieKinds,
  tieKindsByMap,
  tieQualities,
  type MapKind,
  type MapTie,
  type ResolvedMapNode,
  type TieKind,
} from '../../../../shared/domain/relationship-map';
import { Fragment, type ReactNode } from 'react';
import { optionsOf } from '../../components/form-fields';

export type TieChange = { kind?: TieKind } & Record<string, unknown>;

export function Select<T extends string>(props: {
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

/** A year box: digits only, and anything that is not a year means "not known". */
export function YearInput(props: {
  label: string;
  value: number | null;
  onChange(year: number | null): void;
}) {
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

/** The kinds of tie this map offers (see tieKindsByMap), as a menu. */
export function TieKindSelect(props: {
  kind: MapKind;
  tie: MapTie;
  between: string;
  onTie(change: TieChange): void;
}) {
  return (
    <Select
      label={`Kind of tie between ${props.between}`}
      value={props.tie.kind}
      options={tieKindsByMap[props.kind].map((k) => ({ value: k, label: tieKinds[k] }))}
      onChange={(value) => props.onTie({ kind: value })}
    />
  );
}

/** How a caller lays out each control: as it is (a table cell), or under its visible name. */
export type Wrap = (label: string, control: ReactNode) => ReactNode;
const asItIs: Wrap = (_label, control) => control;

/** What the line looks like: quality and direction, couple status and years, or the emotion. */
export function TieLineFields({
  tie,
  between,
  onTie,
  wrap = asItIs,
}: {
  tie: MapTie;
  between: string;
  onTie(change: TieChange): void;
  wrap?: Wrap;
}) {
  const controls: [string, ReactNode][] = [];
  switch (tie.kind) {
    case 'ecomap':
      controls.push(
        [
          'Quality',
          <Select
            label={`Quality of ${between}`}
            value={tie.quality}
            options={optionsOf(tieQualities)}
            onChange={(quality) => onTie({ quality })}
          />,
        ],
        [
          'Direction',
          <Select
            label={`Direction of support, ${between}`}
            value={tie.direction}
            options={optionsOf(tieDirections)}
            onChange={(direction) => onTie({ direction })}
          />,
        ],
      );
      break;
    case 'couple':
      controls.push(
        [
          'Couple',
          <Select
            label={`Couple, ${between}`}
            value={tie.status}
            options={optionsOf(coupleStatuses)}
            onChange={(status) => onTie({ status })}
          />,
        ],
        [
          'From year',
          <YearInput
            label={`From year, ${between}`}
            value={tie.startYear}
            onChange={(startYear) => onTie({ startYear })}
          />,
        ],
        [
          'To year',
          <YearInput
            label={`To year, ${between}`}
            value={tie.endYear}
            onChange={(endYear) => onTie({ endYear })}
          />,
        ],
      );
      break;
    case 'emotional':
      controls.push([
        'Relationship',
        <Select
          label={`Relationship, ${between}`}
          value={tie.emotion}
          options={optionsOf(emotionalKinds)}
          onChange={(emotion) => onTie({ emotion })}
        />,
      ]);
      break;
    case 'parent':
      break;
  }
  return (
    <>
      {controls.map(([label, control]) => (
        <Fragment key={label}>{wrap(label, control)}</Fragment>
      ))}
    </>
  );
}

export function TieLabelInput(props: { tie: MapTie; between: string; onTie(change: TieChange): void }) {
  return (
    <input
      autoComplete="off"
      className="input input-compact"
      aria-label={`Label of the tie between ${props.between}`}
      value={props.tie.label}
      onChange={(e) => props.onTie({ label: e.target.value })}
    />
  );
}

/** A map-only person's or system's name (a case person's name comes from their record). */
export function NodeNameInput(props: {
  node: ResolvedMapNode;
  onNode(change: Partial<ResolvedMapNode>): void;
}) {
  const { node } = props;
  return (
    <input
      autoComplete="off"
      className="input input-compact"
      aria-label={`Name of ${node.name || 'this person or system'}`}
      value={node.label}
      onChange={(e) => props.onNode({ label: e.target.value, name: e.target.value })}
    />
  );
}

export function NodeKindSelect(props: {
  node: ResolvedMapNode;
  onNode(change: Partial<ResolvedMapNode>): void;
}) {
  return (
    <Select
      label={`Kind of ${props.node.name}`}
      value={props.node.kind}
      options={optionsOf(nodeKinds)}
      onChange={(value) => props.onNode({ kind: value })}
    />
  );
}

export function NodeSymbolSelect(props: {
  node: ResolvedMapNode;
  onNode(change: Partial<ResolvedMapNode>): void;
}) {
  return (
    <Select
      label={`Symbol for ${props.node.name}`}
      value={props.node.sex ?? 'other_unknown'}
      options={optionsOf(sexes)}
      onChange={(value) => props.onNode({ sex: value })}
    />
  );
}

export function NodeBirthYear(props: {
  node: ResolvedMapNode;
  onNode(change: Partial<ResolvedMapNode>): void;
}) {
  return (
    <YearInput
      label={`Year ${props.node.name} was born`}
      value={props.node.birthYear}
      onChange={(birthYear) => props.onNode({ birthYear })}
    />
  );
}

export function NodeCheckbox(props: {
  node: ResolvedMapNode;
  field: 'deceased' | 'focal';
  kind: MapKind;
  onNode(change: Partial<ResolvedMapNode>): void;
}) {
  const { node, field } = props;
  const label =
    field === 'deceased'
      ? `${node.name} has died`
      : `${node.name} ${props.kind === 'genogram' ? 'is the focal child' : 'is at the centre'}`;
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={node[field]}
      onChange={(e) => props.onNode({ [field]: e.target.checked })}
    />
  );
}
