/**
 * Risk and vulnerability for a case: open flags first (highest level first, as main sorts
 * them), then resolved ones. Every flag carries the confidential marking, because risk detail
 * must never reach a document a participant receives.
 */
import { useId, useState } from 'react';
import { SectionAction, SectionHead } from '../../components/section-head';
import { riskCategories, riskLevels } from '../../../../shared/domain/case-model';
import type { Participant, RiskFlag } from '../../../../shared/schemas/people';
import { useMutation, useQuery } from '../../lib/query';
import { formatDate } from './people-dates';
import { risksChanged } from './people-queries';
import { RiskFlagForm } from './risk-flag-form';

export function RiskFlags({
  caseId,
  participants,
}: {
  caseId: string;
  participants: readonly Participant[];
}) {
  const id = useId();
  const risks = useQuery('risk:list', { caseId });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const flags = risks.data ?? [];
  return (
    <section className="people-section" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title="Risk and vulnerability">
        {editing !== 'new' ? (
          <SectionAction label="Add a risk flag" onClick={() => setEditing('new')} />
        ) : null}
      </SectionHead>
      <p className="field-hint">
        Assessed throughout. A flag can change the process: indirect work, a co-facilitator, or not going
        ahead.
      </p>
      {editing === 'new' ? (
        <RiskFlagForm caseId={caseId} participants={participants} onClose={() => setEditing(null)} />
      ) : null}
      {risks.error ? <p className="form-error">{risks.error.message}</p> : null}
      {risks.data && flags.length === 0 && editing !== 'new' ? (
        <p className="muted">No risk flags recorded.</p>
      ) : null}
      {flags.length ? (
        <ul className="risk-list">
          {flags.map((flag) =>
            editing === flag.id ? (
              <li key={flag.id}>
                <RiskFlagForm
                  caseId={caseId}
                  participants={participants}
                  flag={flag}
                  onClose={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={flag.id}>
                <RiskFlagItem flag={flag} participants={participants} onEdit={() => setEditing(flag.id)} />
              </li>
            ),
          )}
        </ul>
      ) : null}
    </section>
  );
}

function RiskFlagItem({
  flag,
  participants,
  onEdit,
}: {
  flag: RiskFlag;
  participants: readonly Participant[];
  onEdit(): void;
}) {
  const id = useId();
  const resolve = useMutation('risk:resolve', { invalidates: risksChanged });
  const about = flag.personId
    ? (participants.find((p) => p.person.id === flag.personId)?.person.preferredName ??
      'Someone no longer in this case')
    : 'The whole case';
  return (
    <article
      className={`risk-flag level-${flag.level}${flag.resolvedAt ? ' is-resolved' : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <div className="risk-flag-head">
        <h3 id={`${id}-title`} className="risk-title">
          <span className={`level-badge level-${flag.level}`}>
            {riskLevels[flag.level]}
            <span className="visually-hidden"> level:</span>
          </span>{' '}
          {riskCategories[flag.category]}
        </h3>
        <p className="risk-about">About: {about}</p>
      </div>
      <p className="confidential-note">Confidential — never printed on documents for participants.</p>
      {flag.detail ? <p className="risk-text">{flag.detail}</p> : null}
      <p className="risk-text">
        <span className="risk-label">Mitigations: </span>
        {flag.mitigations || 'None recorded yet.'}
      </p>
      {flag.resolvedAt ? (
        <p className="muted">Resolved on {formatDate(flag.resolvedAt)}.</p>
      ) : (
        <div className="row-actions">
          <button type="button" className="button button-secondary button-small" onClick={onEdit}>
            Edit<span className="visually-hidden"> {riskCategories[flag.category]} flag</span>
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={resolve.isPending}
            onClick={() => void resolve.mutate({ id: flag.id })}
          >
            Mark resolved<span className="visually-hidden"> ({riskCategories[flag.category]})</span>
          </button>
        </div>
      )}
      {resolve.error ? (
        <p className="form-error" role="alert">
          {resolve.error.message}
        </p>
      ) : null}
    </article>
  );
}
