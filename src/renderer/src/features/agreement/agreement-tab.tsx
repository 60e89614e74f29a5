/**
 * The Agreement tab (a family group conference calls it the Family plan): start it from the
 * actions captured in run mode, write it in the room, mark it as agreed, then follow it up and
 * review it. Earlier versions open read-only. The print view is rendered beside the app (a
 * portal) so printing and "Save as PDF" show the agreement alone.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { agreementStatuses, reviewOutcomes, type DocumentVariant } from '../../../../shared/domain/agreement';
import type { ProcessType } from '../../../../shared/domain/case-model';
import { Notice } from '../../components/notice';
import { useMutation, useQuery, setQueryData } from '../../lib/query';
import { formatDate, localDateInput } from '../cases/dates';
import { AgreementDocumentView } from './agreement-document-view';
import { AgreementDocuments } from './agreement-documents';
import { AgreementEditor } from './agreement-editor';
import { FollowUp, ReviewForm } from './follow-up';
import '../../styles/agreement.css';

export function AgreementTab({ caseId, processType }: { caseId: string; processType: ProcessType }) {
  const state = useQuery('agreement:get', { caseId });
  const participants = useQuery('participant:list', { caseId });
  const plan = useQuery('conference:get', { caseId });
  const printData = useQuery('agreement:document', { caseId });
  const [variant, setVariant] = useState<DocumentVariant>('standard');
  const [revising, setRevising] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const start = useMutation('agreement:start', {
    onSuccess: (value) => setQueryData('agreement:get', { caseId }, value),
  });
  const agree = useMutation('agreement:markAgreed', {
    invalidates: ['agreement:document', 'today:get', 'case:list', 'case:get', 'case:timeline'],
    onSuccess: (value) => setQueryData('agreement:get', { caseId }, value),
  });
  const name = processType === 'family_group_conference' ? 'family plan' : 'agreement';
  const today = localDateInput(new Date());

  if (state.error) return <p className="form-error">{state.error.message}</p>;
  if (!state.data || !participants.data || !plan.data) return <p className="muted">Loading the {name}…</p>;
  const { agreement, unusedDrafts, versions } = state.data;

  if (!agreement)
    return (
      <section className="agreement-start empty-state" aria-labelledby="agreement-start-h">
        <h2 id="agreement-start-h" className="empty-title">
          No {name} yet
        </h2>
        {unusedDrafts.length > 0 ? (
          <>
            <p>Actions captured during the conference:</p>
            <ul>
              {unusedDrafts.map((d) => (
                <li key={d.id}>{d.text}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>Actions added with “Add to agreement” in run mode appear here.</p>
        )}
        <button
          type="button"
          className="button button-primary"
          disabled={start.isPending}
          onClick={() => void start.mutate({ caseId })}
        >
          {unusedDrafts.length > 0
            ? `Start the ${name} from ${unusedDrafts.length} draft action${unusedDrafts.length === 1 ? '' : 's'}`
            : `Start the ${name}`}
        </button>
        {start.error ? <p role="alert">{start.error.message}</p> : null}
      </section>
    );

  const editing = agreement.status === 'draft' || revising;
  return (
    <div className="agreement">
      <header className="agreement-head">
        <h2 className="section-title">
          {agreement.title}, version {agreement.version}{' '}
          <span className={`status-pill agreement-${agreement.status}`}>
            {agreementStatuses[agreement.status]}
          </span>
        </h2>
        {agreement.agreedAt ? <p className="muted">Agreed on {formatDate(agreement.agreedAt)}.</p> : null}
        {versions.length > 1 ? (
          <nav aria-label="Versions" className="agreement-versions">
            Earlier versions:{' '}
            {versions
              .filter((v) => v.id !== agreement.id)
              .map((v) => (
                <button key={v.id} type="button" className="button-link" onClick={() => setViewing(v.id)}>
                  Version {v.version} (
                  {agreementStatuses[v.status as keyof typeof agreementStatuses] ?? v.status})
                </button>
              ))}
          </nav>
        ) : null}
      </header>
      {agreement.notices.length > 0 ? (
        <Notice title="Since this was written">
          <ul>
            {agreement.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {viewing ? <EarlierVersion id={viewing} onClose={() => setViewing(null)} /> : null}
      {agree.error ? <p role="alert">{agree.error.message}</p> : null}
      {editing ? (
        <AgreementEditor
          key={caseId}
          agreement={agreement}
          unusedDrafts={unusedDrafts}
          participants={participants.data}
          withdrawn={new Set(plan.data.people.filter((p) => p.withdrawn).map((p) => p.participantId))}
          bottomLines={processType === 'family_group_conference' ? plan.data.fgc.bottomLines : []}
          today={today}
          revising={agreement.status !== 'draft' || agreement.version > 1}
          markingAgreed={agree.isPending}
          onMarkAgreed={(flush) =>
            void flush()
              .then(() => agree.mutate({ caseId }))
              .then((r) => r.ok && setRevising(false))
              .catch(() => undefined)
          }
        />
      ) : (
        <>
          {printData.data ? <AgreementDocumentView doc={printData.data} variant={variant} /> : null}
          {agreement.status === 'agreed' ? (
            <div className="button-row">
              <button type="button" className="button button-secondary" onClick={() => setRevising(true)}>
                Change the {name} (saves as version {agreement.version + 1})
              </button>
            </div>
          ) : null}
          <FollowUp agreement={agreement} today={today} />
          {agreement.status === 'agreed' ? <ReviewForm agreement={agreement} today={today} /> : null}
          {agreement.review ? (
            <p className="agreement-review-result">
              Reviewed on {formatDate(agreement.review.heldOn)}: the {name} was{' '}
              <strong>{reviewOutcomes[agreement.review.outcome].toLowerCase()}</strong>.
            </p>
          ) : null}
        </>
      )}
      <AgreementDocuments
        agreement={agreement}
        participants={participants.data}
        variant={variant}
        onVariant={setVariant}
        blocked={state.data.participantDocumentsBlocked}
      />
      {printData.data
        ? createPortal(
            <div className="agreement-print" aria-hidden="true">
              <AgreementDocumentView doc={printData.data} variant={variant} />
            </div>,
            document.body,
          )
        : null}
    </div>
  );
}

function EarlierVersion({ id, onClose }: { id: string; onClose(): void }) {
  const version = useQuery('agreement:version', { id });
  if (!version.data) return <p className="muted">{version.error?.message ?? 'Opening the version…'}</p>;
  const v = version.data;
  return (
    <section className="agreement-box agreement-earlier" aria-label={`Version ${v.version}, read only`}>
      <h3>
        Version {v.version} ({agreementStatuses[v.status]}), read only{' '}
        <button type="button" className="button-link" onClick={onClose}>
          Close
        </button>
      </h3>
      {v.statement ? <p>{v.statement}</p> : null}
      <ol>
        {v.actions.map((a) => (
          <li key={a.id}>
            {a.what}
            {a.whoName ? ` — ${a.whoName}` : ''}
            {a.byWhen ? `, by ${formatDate(a.byWhen)}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
