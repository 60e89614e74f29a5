/**
 * Follow-up: each agreed action gets a status with a date and a note, and its history shows
 * underneath. Overdue actions are marked. Then the review meeting closes the agreement, and a
 * completion letter can be written for each person harmed (review-form.tsx).
 */
import { useId, useState } from 'react';
import { setQueryData, useMutation } from '../../lib/query';
import type { PersonOption } from './action-card';
import { actionStatuses, type ActionStatus } from '../../../../shared/domain/agreement';
import { shortDate, todayIso, type Agreement, type AgreementAction } from './agreement-mapping';
import { ReviewForm } from './review-form';

interface Props {
  caseId: string;
  agreement: Agreement;
  harmed: PersonOption[];
}

export function FollowUpSection({ caseId, agreement, harmed }: Props) {
  const ids = useId();
  return (
    <section className="agreement-section" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Follow-up</h2>
      <ol className="action-list" aria-label="Follow-up of each action">
        {agreement.actions.map((action, index) => (
          <FollowUpRow
            key={action.id}
            caseId={caseId}
            action={action}
            index={index}
            readOnly={agreement.status === 'closed'}
          />
        ))}
      </ol>
      <ReviewForm caseId={caseId} agreement={agreement} harmed={harmed} />
    </section>
  );
}

function FollowUpRow({
  caseId,
  action,
  index,
  readOnly,
}: {
  caseId: string;
  action: AgreementAction;
  index: number;
  readOnly: boolean;
}) {
  const ids = useId();
  const [status, setStatus] = useState(action.status);
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const record = useMutation('action:setStatus', {
    invalidates: ['today:get', 'case:list', 'case:timeline'],
    onSuccess: (value) => setQueryData('agreement:get', { caseId }, value),
  });
  const label = `action ${index + 1}`;
  return (
    <li className="action-card" aria-labelledby={`${ids}-t`}>
      <h3 id={`${ids}-t`} className="action-card-title">
        Action {index + 1}: {action.what || 'not written yet'}
      </h3>
      <p className="muted">
        {actionStatuses[action.status]}
        {action.byWhen ? `, due ${shortDate(action.byWhen)}` : ''}
        {action.overdue ? <strong className="overdue-mark"> · Overdue</strong> : null}
      </p>
      {readOnly ? null : (
        <form
          className="follow-up-row"
          onSubmit={(e) => {
            e.preventDefault();
            void record.mutate({ caseId, actionId: action.id, status, on: date, note }).then((r) => {
              if (r.ok) setNote('');
            });
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-s`}>
              Status of {label}
            </label>
            <select
              id={`${ids}-s`}
              className="select"
              value={status}
              onChange={(e) => setStatus(e.target.value as ActionStatus)}
            >
              {(Object.keys(actionStatuses) as ActionStatus[]).map((s) => (
                <option key={s} value={s}>
                  {actionStatuses[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-d`}>
              Date
            </label>
            <input
              id={`${ids}-d`}
              type="date"
              className="input"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-n`}>
              Note
            </label>
            <input
              id={`${ids}-n`}
              className="input"
              value={note}
              maxLength={2_000}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <div className="field">
            <button type="submit" className="button button-secondary" disabled={record.isPending}>
              Record for {label}
            </button>
          </div>
        </form>
      )}
      {record.error ? (
        <p className="form-error" role="alert">
          {record.error.message}
        </p>
      ) : null}
      {action.history.length > 0 ? (
        <ol className="status-history" aria-label={`History of ${label}`}>
          {action.history.map((h, i) => (
            <li key={i}>
              {shortDate(h.on)}: {actionStatuses[h.status]}
              {h.note ? `, ${h.note}` : ''}
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}
