/**
 * Follow-up of an agreed agreement: each action's status (not started, in progress, done,
 * partly done, not done) with the date and a note, its history, and overdue actions marked;
 * then the review meeting that closes the agreement.
 */
import { useState, type FormEvent } from 'react';
import {
  actionStatuses,
  reviewOutcomes,
  suggestedOutcome,
  type ActionStatus,
  type ReviewOutcome,
} from '../../../../shared/domain/agreement';
import type { Agreement, AgreementAction } from '../../../../shared/schemas/agreements';
import { optionsOf, SelectField, TextAreaField } from '../../components/form-fields';
import { TextField } from '../../components/text-field';
import { fieldErrorsFrom, type FieldErrors } from '../../lib/form-errors';
import { setQueryData, useMutation } from '../../lib/query';
import { formatDate } from '../cases/dates';

const stale = ['today:get', 'case:list', 'report:get'] as const;

export function FollowUp({ agreement, today }: { agreement: Agreement; today: string }) {
  return (
    <section aria-labelledby="follow-up-h" className="agreement-box">
      <h2 id="follow-up-h" className="section-title">
        Follow-up
      </h2>
      <ol className="follow-up-list">
        {agreement.actions.map((a, i) => (
          <ActionFollowUp
            key={a.id}
            caseId={agreement.caseId}
            action={a}
            number={i + 1}
            today={today}
            closed={agreement.status === 'closed'}
          />
        ))}
      </ol>
    </section>
  );
}

function ActionFollowUp(props: {
  caseId: string;
  action: AgreementAction;
  number: number;
  today: string;
  closed: boolean;
}) {
  const { action, caseId } = props;
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [on, setOn] = useState(props.today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const record = useMutation('action:setStatus', {
    invalidates: [...stale],
    onSuccess: (value) => setQueryData('agreement:get', { caseId }, value),
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await record.mutate({ caseId, actionId: action.id, status, on, note });
    if (!result.ok) return setErrors(fieldErrorsFrom(result.error));
    setErrors({});
    setNote('');
  }
  return (
    <li className="follow-up-item" aria-label={`Action ${props.number}`}>
      <p className="follow-up-what">
        <span>
          {props.number}. {action.what || '(no description)'}
        </span>{' '}
        <span className={`status-pill status-${action.status}`}>{actionStatuses[action.status]}</span>
        {action.overdue ? <span className="status-pill status-overdue">Overdue</span> : null}
      </p>
      <p className="muted">
        {[action.whoName && `Who: ${action.whoName}`, action.byWhen && `By ${formatDate(action.byWhen)}`]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {action.history.length > 0 ? (
        <ul className="follow-up-history" aria-label={`History of action ${props.number}`}>
          {action.history.map((h, i) => (
            <li key={i}>
              {formatDate(h.on)}: {actionStatuses[h.status]}
              {h.note ? ` — ${h.note}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {props.closed ? null : (
        <form
          className="follow-up-form"
          onSubmit={(e) => void submit(e)}
          aria-label={`Update action ${props.number}`}
        >
          <SelectField
            label="Status"
            compact
            value={status}
            options={optionsOf(actionStatuses)}
            onChange={(e) => setStatus(e.target.value as ActionStatus)}
            error={errors['status']}
          />
          <TextField
            label="On"
            type="date"
            value={on}
            onChange={(e) => setOn(e.target.value)}
            error={errors['on']}
          />
          <TextField
            label="Note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={errors['note']}
          />
          <button type="submit" className="button button-secondary" disabled={record.isPending}>
            Record
          </button>
          {errors._ ? <p role="alert">{errors._}</p> : null}
        </form>
      )}
    </li>
  );
}

export function ReviewForm({ agreement, today }: { agreement: Agreement; today: string }) {
  const caseId = agreement.caseId;
  const [heldOn, setHeldOn] = useState(today);
  const [attendees, setAttendees] = useState('');
  const [notes, setNotes] = useState('');
  // Follows the actions' statuses as they are recorded, until the facilitator chooses.
  const [chosen, setOutcome] = useState<ReviewOutcome | null>(null);
  const outcome = chosen ?? suggestedOutcome(agreement.actions.map((a) => a.status));
  const [errors, setErrors] = useState<FieldErrors>({});
  const review = useMutation('review:record', {
    invalidates: [...stale],
    onSuccess: (value) => setQueryData('agreement:get', { caseId }, value),
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await review.mutate({ caseId, heldOn, attendees, notes, outcome });
    setErrors(result.ok ? {} : fieldErrorsFrom(result.error));
  }
  return (
    <section aria-labelledby="review-h" className="agreement-box">
      <h2 id="review-h" className="section-title">
        Review meeting
      </h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="action-card-row">
          <TextField
            label="Held on"
            type="date"
            value={heldOn}
            onChange={(e) => setHeldOn(e.target.value)}
            error={errors['heldOn']}
          />
          <TextField
            label="Who came"
            value={attendees}
            onChange={(e) => setAttendees(e.target.value)}
            error={errors['attendees']}
          />
        </div>
        <TextAreaField
          label="Review notes"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          error={errors['notes']}
        />
        <SelectField
          label="Was the agreement kept?"
          hint="Suggested from the actions' statuses; choose what the review decided."
          value={outcome}
          options={optionsOf(reviewOutcomes)}
          onChange={(e) => setOutcome(e.target.value as ReviewOutcome)}
          error={errors['outcome']}
        />
        <button type="submit" className="button button-primary" disabled={review.isPending}>
          Record the review and close the agreement
        </button>
        {errors._ ? <p role="alert">{errors._}</p> : null}
      </form>
    </section>
  );
}
