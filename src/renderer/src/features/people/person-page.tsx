/**
 * One person across their cases: their details (a rename shows everywhere, since a person is
 * one record), the cases they are part of, and their data rights: export everything held
 * about them, or erase them. After an erasure the page shows what happened and which notes
 * still name them, and nothing of theirs is left in the renderer's cache.
 */
import { useEffect, useId, useState } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useNavigation } from '../../lib/navigation';
import { queryCache, useQuery } from '../../lib/query';
import { DataRights, type ErasureResult } from './data-rights';
import { ErasedView } from './erased-view';
import { PersonDetails } from './person-details';
import { roleLabel } from './people-model';
import { everythingAboutPeople } from './people-queries';
import '../../styles/people.css';

export function PersonPage({ personId, fromCaseId }: { personId: string; fromCaseId?: string | undefined }) {
  const [erased, setErased] = useState<{ name: string; result: ErasureResult } | null>(null);
  if (erased) return <AfterErasure name={erased.name} result={erased.result} />;
  return (
    <PersonView
      personId={personId}
      fromCaseId={fromCaseId}
      onErased={(name, result) => setErased({ name, result })}
    />
  );
}

/** Mounted only once PersonView (and its queries) are gone, so the invalidation drops them. */
function AfterErasure({ name, result }: { name: string; result: ErasureResult }) {
  useEffect(() => {
    for (const channel of everythingAboutPeople) queryCache.invalidate(channel);
  }, []);
  return <ErasedView name={name} result={result} />;
}

function PersonView({
  personId,
  fromCaseId,
  onErased,
}: {
  personId: string;
  fromCaseId: string | undefined;
  onErased(name: string, result: ErasureResult): void;
}) {
  const id = useId();
  const { go } = useNavigation();
  const person = useQuery('person:get', { id: personId });
  const settings = useQuery('settings:get');
  const fromCase = person.data?.cases.find((c) => c.caseId === fromCaseId);
  const back = fromCaseId ? (
    <button
      type="button"
      className="button-link back-link"
      onClick={() => go({ area: 'case', caseId: fromCaseId, tab: 'people' })}
    >
      ← Back to {fromCase ? `${fromCase.reference} ${fromCase.title}` : 'the case'}
    </button>
  ) : (
    <button type="button" className="button-link back-link" onClick={() => go({ area: 'cases' })}>
      ← Back to cases
    </button>
  );

  if (!person.data) {
    return (
      <>
        {back}
        <PageHeading>Person</PageHeading>
        {person.error ? (
          <p className="form-error" role="alert">
            {person.error.message}
          </p>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </>
    );
  }

  const data = person.data;
  // One line per case, with every role they hold in it.
  const cases = [...new Map(data.cases.map((c) => [c.caseId, c])).values()].map((c) => ({
    ...c,
    roles: data.cases
      .filter((x) => x.caseId === c.caseId)
      .map((x) => roleLabel(settings.data?.roleLabels, x.role)),
    withdrawn: data.cases.some((x) => x.caseId === c.caseId && consentWithdrawnIn(x)),
  }));

  return (
    <div className="person-page">
      {back}
      <PageHeading>{data.preferredName}</PageHeading>
      {data.pronouns || (data.fullName && data.fullName !== data.preferredName) ? (
        <p className="page-subtitle">
          {[data.fullName !== data.preferredName ? data.fullName : '', data.pronouns]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      <PersonDetails person={data} />
      <section className="settings-section" aria-labelledby={`${id}-cases`}>
        <h2 id={`${id}-cases`} className="section-title">
          Cases
        </h2>
        {cases.length === 0 ? (
          <p className="muted">Not part of any case at the moment.</p>
        ) : (
          <ul className="case-links">
            {cases.map((c) => (
              <li key={c.caseId}>
                <button
                  type="button"
                  className="button-link"
                  onClick={() => go({ area: 'case', caseId: c.caseId, tab: 'people' })}
                >
                  {c.reference} {c.title}
                </button>
                <span className="muted"> · {c.roles.join(', ')}</span>
                {c.withdrawn ? <span className="withdrawal-chip">Consent withdrawn</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <DataRights
        person={data}
        caseCount={cases.length}
        onErased={(result) => onErased(data.preferredName, result)}
      />
    </div>
  );
}

/** person:get carries this flag per case (main adds it); read it without trusting its presence. */
function consentWithdrawnIn(entry: object): boolean {
  return 'consentWithdrawn' in entry && entry.consentWithdrawn === true;
}
