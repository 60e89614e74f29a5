/**
 * Follow-up of an agreed agreement: each action's status (not started, in progress, done,
 * partly done, not done) with the date and a note, its history, and overdue actions marked;
 * then the review meeting that closes the agreement.
 */
import {
  actionStatuses,
  futureDateAdvice,
  reviewOutcomes,
  suggestedOutcome,
  type ActionStatus,
  type ReviewOutcome,
} from '../../../../shared/domain/agreement';
import type { Agreement, AgreementAction } from '../../../../shared/schemas/agreements';
import { optionsOf, SelectField, TextAreaField } from '../../components/form-fields';
import { TextField } from '../../components/text-field';
import { setQueryData, useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { formatDate } from '../cases/dates';

/** Advice beside a date field, in amber like the SMART advice: a suggestion, never a refusal. */
function advice(message: string | null) {
  return message ? <span className="smart-hint">{message}</span> : undefined;
}

/** Follow-up and review both answer with the agreement, which goes straight into the cache. */
function useAgreementChange<K extends 'action:setStatus' | 'review:record'>(channel: K, caseId: string) {
  return useMutation(channel, {
    invalidates: ['today:get', 'case:list', 'report:get', 'case:get', 'case:timeline'],
    onSuccess: (value) => setQueryData('agreement:get', { caseId }, value),
  });
}

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
  const record = useAgreementChange('action:setStatus', caseId);
  const form = useForm({
    key: `action-follow-up:${action.id}`,
    initial: () => ({ status: action.status, on: props.today, note: '' }),
    send: (values) => record.mutate({ caseId, actionId: action.id, ...values }),
    sent: () => ({ note: '' }),
  });
  const { values, errors } = form;
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
          onSubmit={(e) => void form.submit(e)}
          aria-label={`Update action ${props.number}`}
        >
          <SelectField
            label="Status"
            compact
            value={values.status}
            options={optionsOf(actionStatuses)}
            onChange={(e) => form.set({ status: e.target.value as ActionStatus })}
            error={errors['status']}
          />
          <TextField
            label="On"
            type="date"
            hint={advice(futureDateAdvice(values.on, props.today, 'update'))}
            {...form.field('on')}
          />
          <TextField label="Note" {...form.field('note')} />
          <button type="submit" className="button button-secondary" disabled={form.busy}>
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
  const review = useAgreementChange('review:record', caseId);
  // Follows the actions' statuses as they are recorded, until the facilitator chooses.
  const suggested = suggestedOutcome(agreement.actions.map((a) => a.status));
  const form = useForm({
    key: `review:${caseId}`,
    initial: () => ({ heldOn: today, attendees: '', notes: '', outcome: null as ReviewOutcome | null }),
    send: ({ outcome, ...values }) => review.mutate({ caseId, ...values, outcome: outcome ?? suggested }),
  });
  const { values, errors } = form;
  const outcome = values.outcome ?? suggested;
  return (
    <section aria-labelledby="review-h" className="agreement-box">
      <h2 id="review-h" className="section-title">
        Review meeting
      </h2>
      <form onSubmit={(e) => void form.submit(e)} noValidate>
        <div className="action-card-row">
          <TextField
            label="Held on"
            type="date"
            hint={advice(futureDateAdvice(values.heldOn, today, 'review'))}
            {...form.field('heldOn')}
          />
          <TextField label="Who came" {...form.field('attendees')} />
        </div>
        <TextAreaField label="Review notes" {...form.field('notes')} />
        <SelectField
          label="Was the agreement kept?"
          hint="Suggested from the actions' statuses; choose what the review decided."
          value={outcome}
          options={optionsOf(reviewOutcomes)}
          onChange={(e) => form.set({ outcome: e.target.value as ReviewOutcome })}
          error={errors['outcome']}
        />
        <button type="submit" className="button button-primary" disabled={form.busy}>
          Record the review and close the agreement
        </button>
        {errors._ ? <p role="alert">{errors._}</p> : null}
      </form>
    </section>
  );
}
