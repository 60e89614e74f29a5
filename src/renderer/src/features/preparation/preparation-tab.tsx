/** The Preparation tab: readiness, preparation meetings, risk decision and the readiness gate. */
import { useState } from 'react';
import { checklistItems } from '../../../../shared/domain/readiness';
import { useNavigation } from '../../lib/navigation';
import { useMutation, useQuery } from '../../lib/query';
import { formatDateTime } from '../cases/dates';
import { roleLabel } from '../people/people-model';
import { AppropriatenessForm } from './appropriateness-form';
import { DocumentsPanel } from './documents-panel';
import { PrepMeetingForm } from './prep-meeting-form';
import { RiskForm } from './risk-form';
import {
  blockerActionLabel,
  blockerTarget,
  readinessWords,
  stale,
  type Plan,
  type PlanPerson,
} from './preparation-model';
import { useFormValues } from '../../lib/form-values';
import '../../styles/preparation.css';

export function PreparationTab({ caseId }: { caseId: string }) {
  const plan = useQuery('conference:get', { caseId });
  if (!plan.data) return <p>{plan.error ? plan.error.message : 'Loading…'}</p>;
  return (
    <div className="prep">
      <Gate caseId={caseId} plan={plan.data} />
      <section aria-labelledby="prep-people-h">
        <h2 id="prep-people-h">Readiness of each participant</h2>
        {plan.data.readiness.map((p) => (
          <ParticipantSection key={p.participantId} caseId={caseId} person={p} />
        ))}
      </section>
      <RiskForm caseId={caseId} plan={plan.data} />
      <AppropriatenessForm
        caseId={caseId}
        acknowledged={plan.data.appropriateness.acknowledged}
        willingness={plan.data.appropriateness.willingness}
        fromReferral={plan.data.appropriateness.fromReferral}
        history={plan.data.appropriateness.history}
      />
      <DocumentsPanel caseId={caseId} blocked={plan.data.participantDocumentsBlocked} />
    </div>
  );
}

function Gate({ caseId, plan }: { caseId: string; plan: Plan }) {
  const { go } = useNavigation();
  const form = useFormValues(`conference-confirm:${caseId}`, { reason: '' });
  const { reason } = form.values;
  const confirm = useMutation('conference:confirm', { invalidates: [...stale, 'case:timeline', 'case:get'] });
  const acknowledge = useMutation('conference:acknowledge', { invalidates: [...stale, 'case:timeline'] });
  const open = (fix: Record<string, string>) => {
    const t = blockerTarget(fix);
    if (t.kind === 'acknowledge') return void acknowledge.mutate({ caseId, consentId: t.consentId });
    if (t.kind === 'tab') return go({ area: 'case', caseId, tab: t.tab });
    const el = document.getElementById(t.anchor);
    el?.scrollIntoView({ block: 'start' });
    el?.focus();
  };
  return (
    <section className="prep-gate prep-box" aria-labelledby="prep-gate-h">
      <h2 id="prep-gate-h">Readiness gate</h2>
      {plan.status === 'confirmed' ? (
        <p className="prep-confirmed">
          The conference is confirmed{plan.confirmedAt ? ` (${formatDateTime(plan.confirmedAt)})` : ''}.
          {plan.overrideReason ? ` Confirmed with a reason: ${plan.overrideReason}` : ''}
        </p>
      ) : null}
      {plan.status === 'confirmed' ? null : plan.blockers.length === 0 ? (
        <p className="prep-ready">Ready to confirm.</p>
      ) : (
        <>
          <p>Still missing ({plan.blockers.length}):</p>
          <ul aria-label="Still missing">
            {plan.blockers.map((b, i) => (
              <li key={`${b.code}-${i}`}>
                {b.message}{' '}
                <button type="button" className="button-link inline-link" onClick={() => open(b.fix)}>
                  {blockerActionLabel(b.fix)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.status !== 'confirmed' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void confirm
              .mutate({ caseId, overrideReason: plan.blockers.length ? reason : undefined })
              .then((r) => r.ok && form.reset({ reason: '' }));
          }}
        >
          {plan.blockers.length ? (
            <label>
              Reason for confirming anyway (recorded)
              <textarea
                autoComplete="off"
                className="input input-multiline"
                value={reason}
                onChange={(e) => form.set({ reason: e.target.value })}
                rows={2}
              />
            </label>
          ) : null}
          <button
            type="submit"
            className="button button-primary"
            disabled={confirm.isPending || (plan.blockers.length > 0 && reason.trim().length < 2)}
          >
            Confirm the conference
          </button>
          {confirm.error ? <p role="alert">{confirm.error.message}</p> : null}
        </form>
      ) : null}
    </section>
  );
}

function ParticipantSection({ caseId, person }: { caseId: string; person: PlanPerson }) {
  const { go } = useNavigation();
  const settings = useQuery('settings:get');
  const [editing, setEditing] = useState<string | null>(null);
  const record = person.records.find((r) => r.id === editing);
  return (
    <article
      id={`prep-${person.participantId}`}
      tabIndex={-1}
      className="prep-person"
      aria-label={person.name}
    >
      <h3>
        {person.name} <span className="prep-role">({roleLabel(settings.data?.roleLabels, person.role)})</span>{' '}
        <span className={`prep-badge prep-${person.readiness}`}>{readinessWords[person.readiness]}</span>
      </h3>
      <p className="prep-reason">{person.reason}</p>
      {person.records.map((r) => (
        <div key={r.id} className="prep-record">
          <p>
            {formatDateTime(r.startsAt)}
            {r.place ? `, ${r.place}` : ''}
            {r.present ? ` — present: ${r.present}` : ''}
          </p>
          <p className="prep-ticks">
            {Object.entries(checklistItems)
              .filter(([k]) => r.checklist[k])
              .map(([, label]) => label)
              .join(' · ') || 'Nothing ticked yet'}
            {r.saidNotWilling ? ' · No longer wishes to take part' : ''}
          </p>
          <button type="button" className="button button-secondary" onClick={() => setEditing(r.id)}>
            Edit this meeting
          </button>{' '}
          <button
            type="button"
            className="button-link inline-link"
            onClick={() => go({ area: 'case', caseId, tab: 'notes', meetingId: r.meetingId })}
          >
            Notes from this meeting
          </button>
        </div>
      ))}
      <PrepMeetingForm
        key={editing ?? 'new'}
        caseId={caseId}
        person={person}
        record={record}
        onDone={() => setEditing(null)}
      />
    </article>
  );
}
