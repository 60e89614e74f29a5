/**
 * Consent for one person in one case: the state of each kind with its history, a form to
 * record a decision, and withdrawal with a date and a reason. Taking part and sharing
 * information are separate decisions and are never merged.
 */
import { useId, useState } from 'react';
import { consentKinds, type ConsentKind } from '../../../../shared/domain/case-model';
import { peopleChannels, type Participant } from '../../../../shared/schemas/people';
import { TextField } from '../../components/text-field';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { consentOverview, consentStateLabel, historyLine } from './consent-summary';
import { RecordConsentForm } from './record-consent-form';
import { TextAreaField } from '../../components/form-fields';
import { peopleChanged } from './people-queries';
import { todayIso } from './people-dates';

export function ConsentPanel({ participant }: { participant: Participant }) {
  const id = useId();
  const name = participant.person.preferredName;
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  return (
    <section className="consent-panel" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`} className="people-panel-title">
        Consent for {name}
      </h5>
      <p className="field-hint">
        Consent is free, informed and can be withdrawn at any time. Consent to share information is a separate
        decision.
      </p>
      <div className="consent-kinds">
        {consentOverview(participant.consents).map((status) => {
          const history = participant.consents.filter((c) => c.kind === status.kind);
          return (
            <div key={status.kind} className="consent-kind">
              <h6 className="consent-kind-title">{consentKinds[status.kind]}</h6>
              <p>
                <span className={`consent-badge consent-${status.state}`}>
                  {consentStateLabel[status.state]}
                </span>
              </p>
              {history.length > 0 ? (
                <ol
                  className="consent-history"
                  aria-label={`History: ${consentKinds[status.kind].toLowerCase()}`}
                >
                  {history.map((c) => (
                    <li key={c.id}>{historyLine(c)}</li>
                  ))}
                </ol>
              ) : (
                <p className="muted">Nothing recorded yet.</p>
              )}
              {status.state === 'given' && status.current ? (
                withdrawing === status.current.id ? (
                  <WithdrawForm
                    consentId={status.current.id}
                    kind={status.kind}
                    name={name}
                    earliest={status.current.decidedOn}
                    onClose={() => setWithdrawing(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => setWithdrawing(status.current!.id)}
                  >
                    Withdraw {consentKinds[status.kind].toLowerCase()}
                  </button>
                )
              ) : null}
            </div>
          );
        })}
      </div>
      <RecordConsentForm caseId={participant.caseId} personId={participant.person.id} />
    </section>
  );
}

const withdrawInput = peopleChannels['consent:withdraw'].input;

function WithdrawForm({
  consentId,
  kind,
  name,
  earliest,
  onClose,
}: {
  consentId: string;
  kind: ConsentKind;
  name: string;
  earliest: string;
  onClose(): void;
}) {
  const withdraw = useMutation('consent:withdraw', { invalidates: peopleChanged });
  const form = useForm({
    key: `consent-withdraw:${consentId}`,
    opensOnDemand: true,
    initial: () => ({ withdrawnOn: todayIso(), reason: '' }),
    check: (values) => validate(withdrawInput, { id: consentId, ...values }),
    send: (values) => withdraw.mutate({ id: consentId, ...values }),
    sent: onClose,
  });
  const { errors } = form;

  return (
    <form
      className="people-inline-form"
      onSubmit={form.submit}
      noValidate
      aria-label={`Withdraw ${consentKinds[kind].toLowerCase()}`}
    >
      <p>Withdrawing stops meetings and documents for {name}. What was agreed before stays on record.</p>
      <TextField label="Date withdrawn" type="date" min={earliest} {...form.field('withdrawnOn')} />
      <TextAreaField
        label="Reason"
        hint="In their words if you can. Optional."
        rows={2}
        {...form.field('reason')}
      />
      <FormError error={errors['_']} />
      <FormActions
        submit="Withdraw consent"
        busy={form.busy}
        cancel={{ onClick: () => (form.discard(), onClose()) }}
      />
    </form>
  );
}
