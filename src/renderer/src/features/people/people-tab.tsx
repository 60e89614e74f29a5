/**
 * The people in a case: grouped by role (names from Settings), each with consent at a glance
 * and a visible marker when consent is withdrawn; adding someone (found first, so nobody is
 * typed twice); and the case's risk and vulnerability flags.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { SectionHead } from '../../components/section-head';
import { useQuery } from '../../lib/query';
import { AddPersonForm } from './add-person-form';
import { ParticipantRow } from './participant-row';
import { groupParticipants, roleLabel } from './people-model';
import { RiskFlags } from './risk-flags';
import '../../styles/people.css';

export function PeopleTab({ caseId }: { caseId: string }) {
  const id = useId();
  const participants = useQuery('participant:list', { caseId });
  const risks = useQuery('risk:list', { caseId });
  const settings = useQuery('settings:get');
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // When the form closes, keyboard focus goes back to where it was opened, not to the page top.
  useEffect(() => {
    if (!adding && returnFocus.current) {
      returnFocus.current = false;
      addButton.current?.focus();
    }
  }, [adding]);
  const closeForm = () => {
    returnFocus.current = true;
    setAdding(false);
  };
  const roleLabels = settings.data?.roleLabels;
  const list = participants.data ?? [];
  const groups = groupParticipants(list, roleLabels);

  return (
    <div className="people-tab">
      <section className="people-section" aria-labelledby={`${id}-title`}>
        <SectionHead id={`${id}-title`} title="People">
          {!adding ? (
            <button
              ref={addButton}
              type="button"
              className="button button-primary"
              onClick={() => {
                setAdding(true);
                setStatus('');
              }}
            >
              Add a person
            </button>
          ) : null}
        </SectionHead>
        <p className="inline-status" role="status">
          {status}
        </p>
        {adding ? (
          <AddPersonForm
            caseId={caseId}
            participants={list}
            roleLabels={roleLabels}
            onAdded={(p) => {
              closeForm();
              setStatus(`${p.person.preferredName} added as ${roleLabel(roleLabels, p.role).toLowerCase()}.`);
            }}
            onCancel={closeForm}
          />
        ) : null}
        {participants.error ? (
          <p className="form-error" role="alert">
            {participants.error.message}
          </p>
        ) : null}
        {participants.data && list.length === 0 && !adding ? (
          <div className="empty-state">
            <p className="empty-title">Nobody is in this case yet</p>
            <p>Start with the person harmed and the person responsible, then their supporters.</p>
          </div>
        ) : null}
        {groups.map((group) => (
          <section key={group.role} className="role-group" aria-labelledby={`${id}-${group.role}`}>
            <h3 id={`${id}-${group.role}`} className="role-title">
              {group.label}
              <span className="role-count"> ({group.participants.length})</span>
            </h3>
            <ul className="person-list">
              {group.participants.map((p) => (
                <li key={p.id}>
                  <ParticipantRow
                    participant={p}
                    participants={list}
                    roleLabels={roleLabels}
                    risks={risks.data ?? []}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <RiskFlags caseId={caseId} participants={list} />
    </div>
  );
}
