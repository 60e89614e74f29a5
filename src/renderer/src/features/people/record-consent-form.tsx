/**
 * Recording a consent decision: which consent, given or declined, when, and how. When a
 * parent or carer decides on behalf of a child, who did so is required (the shared schema
 * says so, and the message sits next to the "By whom" field).
 */
import { useId, useState } from 'react';
import { consentKinds, consentMethods } from '../../../../shared/domain/case-model';
import { consentInput } from '../../../../shared/schemas/people';
import { TextField } from '../../components/text-field';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { peopleChanged } from './people-queries';
import { todayIso } from './people-dates';

type Kind = keyof typeof consentKinds;
type Method = keyof typeof consentMethods;

const decisions = { given: 'Given', declined: 'Declined' } as const;

interface ConsentValues {
  kind: Kind;
  decision: keyof typeof decisions;
  decidedOn: string;
  method: Method;
  onBehalfBy: string;
}

export function RecordConsentForm({ caseId, personId }: { caseId: string; personId: string }) {
  const id = useId();
  const [saved, setSaved] = useState('');
  const record = useMutation('consent:record', { invalidates: peopleChanged });
  const form = useForm({
    key: `consent-record:${caseId}:${personId}`,
    opensOnDemand: true,
    initial: (): ConsentValues => ({
      kind: 'take_part',
      decision: 'given',
      decidedOn: todayIso(),
      method: 'written',
      onBehalfBy: '',
    }),
    starting: () => setSaved(''),
    check: (values) => validate(consentInput, { caseId, personId, ...values }),
    send: (values) => record.mutate({ caseId, personId, ...values }),
    sent: (_, sent) => {
      setSaved(
        `Recorded: ${consentKinds[sent.kind].toLowerCase()}, ${decisions[sent.decision].toLowerCase()}.`,
      );
      return { onBehalfBy: '' };
    },
  });
  const { values, errors } = form;

  const radios = <T extends string>(
    legend: string,
    name: string,
    labels: Record<T, string>,
    value: T,
    set: (v: T) => void,
  ) => (
    <fieldset className="people-choice-row">
      <legend className="field-label">{legend}</legend>
      {(Object.keys(labels) as T[]).map((key) => (
        <label key={key} className="choice people-choice">
          <input type="radio" name={`${id}-${name}`} checked={value === key} onChange={() => set(key)} />
          <span>{labels[key]}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <form className="people-inline-form" onSubmit={form.submit} noValidate aria-labelledby={`${id}-title`}>
      <h6 id={`${id}-title`} className="consent-kind-title">
        Record a decision
      </h6>
      {radios('Which consent', 'kind', consentKinds, values.kind, (kind) => form.set({ kind }))}
      {radios('Decision', 'decision', decisions, values.decision, (decision) => form.set({ decision }))}
      {radios('How they decided', 'method', consentMethods, values.method, (method) => form.set({ method }))}
      {values.method === 'on_behalf' ? (
        <TextField
          label="By whom"
          hint="The parent, carer or other person who decided for the child."
          {...form.field('onBehalfBy')}
        />
      ) : null}
      <TextField label="Date of the decision" type="date" {...form.field('decidedOn')} />
      <FormError error={errors['_']} />
      <FormActions submit="Record decision" busy={form.busy}>
        <p className="inline-status" role="status">
          {saved}
        </p>
      </FormActions>
    </form>
  );
}
