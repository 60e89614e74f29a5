/**
 * The selection panel beside the drawing: each selected person or tie with its controls
 * stacked one under another, so the panel fits its column at any window size (a table row of
 * them ran past the right edge). The same controls as the text view (map-fields.tsx).
 */
import { forwardRef, useId, type ReactNode } from 'react';
import type { MapKind, MapTie, ResolvedMapNode } from '../../../../shared/domain/relationship-map';
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
import { namesOf, tieNames, type MapTextViewProps } from './map-text-view';

type Props = Omit<MapTextViewProps, 'onAddTie'> & {
  selection: { nodes: ReadonlySet<string>; ties: ReadonlySet<string> };
};

/** A control with its visible name above it (the control's own name says whose it is). */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="map-field">
      <span className="map-field-label">{label}</span>
      {children}
    </label>
  );
}

function NodeCard({
  node,
  kind,
  onNode,
  onRemove,
}: {
  node: ResolvedMapNode;
  kind: MapKind;
  onNode(change: Partial<ResolvedMapNode>): void;
  onRemove(): void;
}) {
  const genogram = kind === 'genogram';
  return (
    <fieldset className="map-selected-item">
      <legend>{node.name || 'Unnamed'}</legend>
      {node.personId ? (
        <p className="muted map-field-note">In this case: the name comes from their record.</p>
      ) : (
        <>
          <Field label="Name">
            <NodeNameInput node={node} onNode={onNode} />
          </Field>
          <Field label="Kind">
            <NodeKindSelect node={node} onNode={onNode} />
          </Field>
        </>
      )}
      {genogram ? (
        <>
          <Field label="Symbol">
            <NodeSymbolSelect node={node} onNode={onNode} />
          </Field>
          <Field label="Born">
            <NodeBirthYear node={node} onNode={onNode} />
          </Field>
        </>
      ) : null}
      <div className="map-checks">
        {genogram ? (
          <label className="map-check">
            <NodeCheckbox node={node} field="deceased" kind={kind} onNode={onNode} /> Deceased
          </label>
        ) : null}
        <label className="map-check">
          <NodeCheckbox node={node} field="focal" kind={kind} onNode={onNode} />{' '}
          {genogram ? 'Focal child' : 'At the centre'}
        </label>
      </div>
      <button type="button" className="button-link button-danger-link" onClick={onRemove}>
        Remove {node.name || 'them'} from the map
      </button>
    </fieldset>
  );
}

function TieCard({
  tie,
  kind,
  between,
  heading,
  onTie,
  onRemove,
}: {
  tie: MapTie;
  kind: MapKind;
  between: string;
  heading: string;
  onTie(change: TieChange): void;
  onRemove(): void;
}) {
  return (
    <fieldset className="map-selected-item">
      <legend>{heading}</legend>
      <Field label="Kind">
        <TieKindSelect kind={kind} tie={tie} between={between} onTie={onTie} />
      </Field>
      <TieLineFields
        tie={tie}
        between={between}
        onTie={onTie}
        wrap={(label, control) => <Field label={label}>{control}</Field>}
      />
      <Field label="Label">
        <TieLabelInput tie={tie} between={between} onTie={onTie} />
      </Field>
      <button type="button" className="button-link button-danger-link" onClick={onRemove}>
        Remove this tie
      </button>
    </fieldset>
  );
}

export const MapSelection = forwardRef<HTMLElement, Props>(function MapSelection(props, ref) {
  const id = useId();
  const { doc, kind, selection } = props;
  const nameOf = namesOf(doc);
  const nodes = doc.nodes.filter((n) => selection.nodes.has(n.id));
  const ties = doc.ties.filter((t) => selection.ties.has(t.id));
  return (
    <section className="map-selection" aria-labelledby={`${id}-h`} ref={ref}>
      <h3 id={`${id}-h`} className="map-side-title">
        Selected
      </h3>
      {nodes.map((node) => (
        <NodeCard
          key={node.id}
          node={node}
          kind={kind}
          onNode={(change) => props.onNode(node.id, change)}
          onRemove={() => props.onRemove([node.id], [])}
        />
      ))}
      {ties.map((tie) => {
        const { between, heading } = tieNames(nameOf, tie);
        return (
          <TieCard
            key={tie.id}
            tie={tie}
            kind={kind}
            between={between}
            heading={heading}
            onTie={(change) => props.onTie(tie.id, change)}
            onRemove={() => props.onRemove([], [tie.id])}
          />
        );
      })}
    </section>
  );
});
