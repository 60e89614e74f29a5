/**
 * The Maps tab: the case's ecomaps and genograms, a new one in two fields, and the open map.
 * Facilitators draw who matters to whom to decide who to invite and who supports whom.
 */
import { useState } from 'react';
import { mapKinds, type MapKind } from '../../../../shared/domain/relationship-map';
import { optionsOf, SelectField } from '../../components/form-fields';
import { TextField } from '../../components/text-field';
import { setQueryData, useMutation, useQuery } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { formatDate } from '../cases/dates';
import { MapEditor } from './map-editor';
import '../../styles/maps.css';

export function MapsTab({ caseId }: { caseId: string }) {
  const maps = useQuery('map:list', { caseId });
  const [open, setOpen] = useState<string | null>(null);
  if (open) return <OpenMap mapId={open} onClose={() => setOpen(null)} />;
  return (
    <div className="maps">
      <section aria-labelledby="maps-h">
        <h2 id="maps-h" className="section-title">
          Relationship maps
        </h2>
        {maps.error ? <p className="form-error">{maps.error.message}</p> : null}
        {maps.data && maps.data.length === 0 ? (
          <p className="muted">
            No maps yet. An ecomap shows who and what surrounds a person or family; a genogram shows the
            generations of a family.
          </p>
        ) : null}
        <ul className="map-list" aria-label="Maps">
          {(maps.data ?? []).map((m) => (
            <li key={m.id}>
              <button type="button" className="map-card" onClick={() => setOpen(m.id)}>
                <span className="map-card-title">{m.title}</span>
                <span className="muted">
                  {mapKinds[m.kind]} · {m.nodeCount} people · {m.tieCount} ties · changed{' '}
                  {formatDate(m.updatedAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <NewMapForm caseId={caseId} onCreated={setOpen} />
    </div>
  );
}

function NewMapForm({ caseId, onCreated }: { caseId: string; onCreated(mapId: string): void }) {
  const create = useMutation('map:create', {
    invalidates: ['map:list'],
    onSuccess: (view) => setQueryData('map:get', { mapId: view.map.id }, view),
  });
  const form = useForm({
    key: `map-new:${caseId}`,
    initial: { kind: 'ecomap' as MapKind, title: '' },
    send: (values) => create.mutate({ caseId, ...values }),
    sent: (view) => {
      onCreated(view.map.id);
      return { title: '' };
    },
  });
  const { values, errors } = form;
  return (
    <form className="map-new" onSubmit={(e) => void form.submit(e)} aria-label="New map" noValidate>
      <h3>New map</h3>
      <SelectField
        label="Kind"
        value={values.kind}
        options={optionsOf(mapKinds)}
        onChange={(e) => form.set({ kind: e.target.value as MapKind })}
      />
      <TextField label="Title" {...form.field('title')} />
      <button type="submit" className="button button-primary" disabled={form.busy}>
        Create the map
      </button>
      {errors._ ? <p role="alert">{errors._}</p> : null}
    </form>
  );
}

function OpenMap({ mapId, onClose }: { mapId: string; onClose(): void }) {
  const view = useQuery('map:get', { mapId });
  if (!view.data) return <p className="muted">{view.error?.message ?? 'Opening the map…'}</p>;
  return <MapEditor key={mapId} view={view.data} onClose={onClose} />;
}
