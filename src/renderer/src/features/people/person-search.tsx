/**
 * Finding someone already in the workbench before typing them again (the same child in two
 * cases is one person). Each result says which cases they are already in, so the facilitator
 * can tell two people with the same name apart.
 */
import { useEffect, useId, useState } from 'react';
import type { Person } from '../../../../shared/schemas/people';
import { TextField } from '../../components/text-field';
import { useQuery } from '../../lib/query';
import { casesLine } from './people-model';

export function PersonSearch({
  caseId,
  query,
  onQuery,
  onChoose,
}: {
  caseId: string;
  query: string;
  onQuery(value: string): void;
  onChoose(person: Person): void;
}) {
  const [settled, setSettled] = useState(query.trim());
  // Searched a moment after typing stops, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query.trim()), 150);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <div className="person-search">
      <TextField
        label="Find someone already in the workbench"
        hint="Type part of their name. Choosing them keeps one record across cases."
        type="search"
        autoComplete="off"
        autoFocus
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      {settled ? <Results query={settled} caseId={caseId} onChoose={onChoose} /> : null}
    </div>
  );
}

function Results({ query, caseId, onChoose }: { query: string; caseId: string; onChoose(p: Person): void }) {
  const id = useId();
  const found = useQuery('person:search', { query });
  if (found.error) return <p className="form-error">{found.error.message}</p>;
  if (!found.data) return <p className="muted">Searching…</p>;
  if (found.data.length === 0) {
    return (
      <p className="muted" role="status">
        Nobody called “{query}” yet.
      </p>
    );
  }
  return (
    <>
      <p id={id} className="visually-hidden" role="status">
        {found.data.length === 1 ? '1 person found' : `${found.data.length} people found`}
      </p>
      <ul className="search-results" aria-labelledby={id}>
        {found.data.map((person) => (
          <li key={person.id} className="search-result">
            <div>
              <p className="person-name">
                {person.preferredName}
                {person.pronouns ? <span className="muted"> ({person.pronouns})</span> : null}
              </p>
              {person.fullName && person.fullName !== person.preferredName ? (
                <p className="muted">{person.fullName}</p>
              ) : null}
              <CasesOf personId={person.id} caseId={caseId} />
            </div>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => onChoose(person)}
            >
              Choose<span className="visually-hidden"> {person.preferredName}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function CasesOf({ personId, caseId }: { personId: string; caseId: string }) {
  const person = useQuery('person:get', { id: personId });
  if (!person.data) return null;
  return <p className="muted">{casesLine(person.data.cases, caseId)}</p>;
}
