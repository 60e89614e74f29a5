/**
 * The map over time: "Save as of today" keeps a snapshot (before and after a conference, for
 * example); any snapshot opens read-only; two versions (or a snapshot and the map now) are
 * compared side by side with ties added (green), removed (red, dashed) and changed (amber)
 * highlighted, and the differences listed in words.
 */
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import type { MapSummary } from '../../../../shared/schemas/maps';
import { useMutation, useQuery } from '../../lib/query';
import { formatDate, localDateInput } from '../cases/dates';
import { MapPicture } from './map-picture';
import { useFormValues } from '../../lib/form-values';

type Comparison = ChannelOutput<'map:compare'>;
const NOW = 'now';

export function MapSnapshots({ map, flush }: { map: MapSummary; flush(): Promise<void> }) {
  const snapshots = useQuery('map:snapshots', { mapId: map.id });
  const snapshotName = useFormValues(`map-snapshot:${map.id}`, () => ({
    label: `As of ${formatDate(localDateInput(new Date()))}`,
  }));
  const { label } = snapshotName.values;
  const [viewing, setViewing] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const take = useMutation('map:snapshot', {
    invalidates: ['map:list'],
    onSuccess: () => snapshots.refetch(),
  });
  const compare = useMutation('map:compare', { onSuccess: setComparison });
  const list = snapshots.data ?? [];
  const ref = (value: string) => (value === NOW ? null : value);
  return (
    <section className="map-snapshots" aria-labelledby={`snapshots-${map.id}`}>
      <h3 id={`snapshots-${map.id}`}>Over time</h3>
      <form
        className="map-snapshot-form"
        onSubmit={async (e) => {
          e.preventDefault();
          await flush().catch(() => undefined);
          const taken = await take.mutate({ mapId: map.id, label: snapshotName.latest().label });
          if (taken.ok) snapshotName.discard();
        }}
      >
        <label>
          Snapshot name
          <input
            autoComplete="off"
            className="input input-compact"
            value={label}
            onChange={(e) => snapshotName.set({ label: e.target.value })}
          />
        </label>
        <button type="submit" className="button button-secondary" disabled={take.isPending}>
          Save as of today
        </button>
        {take.error ? <span role="alert">{take.error.message}</span> : null}
      </form>
      {list.length > 0 ? (
        <ul className="map-snapshot-list" aria-label="Snapshots">
          {list.map((s) => (
            <li key={s.id}>
              {s.label}{' '}
              <span className="muted">
                ({formatDate(s.takenAt)}, {s.nodeCount} people, {s.tieCount} ties)
              </span>{' '}
              <button
                type="button"
                className="button-link"
                onClick={() => setViewing(viewing === s.id ? null : s.id)}
              >
                {viewing === s.id ? 'Close' : 'Open'}
                <span className="visually-hidden"> {s.label}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No snapshots yet.</p>
      )}
      {viewing ? <SnapshotView snapshotId={viewing} kind={map.kind} /> : null}
      {list.length > 0 ? (
        <form
          className="map-compare-form"
          onSubmit={async (e) => {
            e.preventDefault();
            await flush().catch(() => undefined);
            await compare.mutate({
              mapId: map.id,
              fromSnapshotId: ref(from || list.at(-1)!.id),
              toSnapshotId: ref(to),
            });
          }}
        >
          <label>
            Compare
            <select
              className="select"
              value={from || list.at(-1)!.id}
              onChange={(e) => setFrom(e.target.value)}
            >
              <SnapshotOptions list={list} />
              <option value={NOW}>The map now</option>
            </select>
          </label>
          <label>
            with
            <select className="select" value={to} onChange={(e) => setTo(e.target.value)}>
              <option value={NOW}>The map now</option>
              <SnapshotOptions list={list} />
            </select>
          </label>
          <button type="submit" className="button button-secondary">
            Compare
          </button>
        </form>
      ) : null}
      {comparison ? <ComparisonView kind={map.kind} comparison={comparison} /> : null}
    </section>
  );
}

function SnapshotOptions({ list }: { list: readonly { id: string; label: string }[] }) {
  return list.map((s) => (
    <option key={s.id} value={s.id}>
      {s.label}
    </option>
  ));
}

function SnapshotView({ snapshotId, kind }: { snapshotId: string; kind: MapSummary['kind'] }) {
  const snapshot = useQuery('map:snapshotGet', { snapshotId });
  if (!snapshot.data) return <p className="muted">{snapshot.error?.message ?? 'Opening the snapshot…'}</p>;
  const s = snapshot.data;
  return (
    <figure className="map-snapshot-view" aria-label={`${s.snapshot.label}, read only`}>
      <figcaption>
        {s.snapshot.label} (read only), {formatDate(s.snapshot.takenAt)}
      </figcaption>
      <MapPicture
        kind={kind}
        doc={s.document}
        options={{ title: s.snapshot.label }}
        alt={`${s.map.title} as of ${s.snapshot.label}`}
      />
    </figure>
  );
}

/** One side of a comparison: its picture with the ties that differ marked, and its name. */
function ComparedPicture({
  kind,
  side,
  highlight,
  marked,
}: {
  kind: MapSummary['kind'];
  side: Comparison['from'];
  highlight: { added?: string[]; removed?: string[]; changed?: string[] };
  marked: string;
}) {
  return (
    <figure>
      <figcaption>{side.label}</figcaption>
      <MapPicture
        kind={kind}
        doc={side.document}
        options={{ title: side.label, highlight }}
        alt={`${side.label}, with ${marked} ties marked`}
      />
    </figure>
  );
}

function ComparisonView({ kind, comparison }: { kind: MapSummary['kind']; comparison: Comparison }) {
  const { from, to, diff } = comparison;
  const nothing =
    diff.tiesAdded.length +
      diff.tiesRemoved.length +
      diff.tiesChanged.length +
      diff.peopleAdded.length +
      diff.peopleRemoved.length ===
    0;
  return (
    <section className="map-comparison" aria-label="Comparison">
      <div className="map-comparison-pictures">
        <ComparedPicture
          kind={kind}
          side={from}
          highlight={{
            removed: diff.tiesRemoved.map((t) => t.tieId),
            changed: diff.tiesChanged.map((t) => t.beforeId),
          }}
          marked="removed and changed"
        />
        <ComparedPicture
          kind={kind}
          side={to}
          highlight={{
            added: diff.tiesAdded.map((t) => t.tieId),
            changed: diff.tiesChanged.map((t) => t.afterId),
          }}
          marked="added and changed"
        />
      </div>
      <h4>What changed</h4>
      {nothing ? (
        <p>Nothing changed between these two.</p>
      ) : (
        <ul className="map-diff" aria-label="What changed">
          {diff.peopleAdded.map((p) => (
            <li key={`pa-${p.nodeId}`} className="diff-added">
              Added to the map: {p.name}
            </li>
          ))}
          {diff.peopleRemoved.map((p) => (
            <li key={`pr-${p.nodeId}`} className="diff-removed">
              No longer on the map: {p.name}
            </li>
          ))}
          {diff.tiesAdded.map((t) => (
            <li key={`ta-${t.tieId}`} className="diff-added">
              New tie: {t.fromName} and {t.toName}, {t.description}
            </li>
          ))}
          {diff.tiesRemoved.map((t) => (
            <li key={`tr-${t.tieId}`} className="diff-removed">
              Tie removed: {t.fromName} and {t.toName}, {t.description}
            </li>
          ))}
          {diff.tiesChanged.map((t) => (
            <li key={`tc-${t.afterId}`} className="diff-changed">
              Changed: {t.fromName} and {t.toName}, from {t.before} to {t.after}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
