/**
 * Recording a consent decision: which consent, given or declined, when, and how. When a
 * parent or carer decides on behalf of a child, who did so is required (the shared schema
 * says so, and the message sits next to the "By whom" field).
 */
import { useId, useState, type FormEvent } from 'react';
import { consentKinds, consentMethods } from '../../../../shared/domain/case-model';
import { consentInput } from '../../../../shared/schemas/people';
import { TextField } from '../../components/text-field';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { peopleChanged } from './people-queries';
import { todayIso } from './people-dates';

type Kind = keyof typeof consentKinds;
type Method = keyof typeof consentMethods;

const decisions = { given: 'Given', declined: 'Declined' } as const;

export function RecordConsentForm({ caseId, personId }: { caseId: string; personId: string }) {
  const id = useId();
  const [kind, setKind] = useState<Kind>('take_part');
  const [decision, setDecision] = useState<keyof typeof decisions>('given');
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [method, setMethod] = useState<Method>('written');
  const [onBehalfBy, setOnBehalfBy] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState('');
  const record = useMutation('consent:record', { invalidates: peopleChanged });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const input = { caseId, personId, kind, decision, method, onBehalfBy, decidedOn };
    const problems = validate(consentInput, input);
    if (problems) return setErrors(problems);
    const result = await record.mutate(input);
    if (!result.ok) return setErrors(fieldErrorsFrom(result.error));
    setErrors({});
    setOnBehalfBy('');
    setSaved(`Recorded: ${consentKinds[kind].toLowerCase()}, ${decisions[decision].toLowerCase()}.`);
  }

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
    <form className="people-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h6 id={`${id}-title`} className="consent-kind-title">
        Record a decision
      </h6>
      {radios('Which consent', 'kind', consentKinds, kind, setKind)}
      {radios('Decision', 'decision', decisions, decision, setDecision)}
      {radios('How they decided', 'method', consentMethods, method, setMethod)}
      {method === 'on_behalf' ? (
        <TextField
          label="By whom"
          hint="The parent, carer or other person who decided for the child."
          value={onBehalfBy}
          error={errors['onBehalfBy']}
          onChange={(e) => setOnBehalfBy(e.target.value)}
        />
      ) : null}
      <TextField
        label="Date of the decision"
        type="date"
        value={decidedOn}
        error={errors['decidedOn']}
        onChange={(e) => setDecidedOn(e.target.value)}
      />
      {errors['_'] ? (
        <p className="form-error" role="alert">
          {errors['_']}
        </p>
      ) : null}
      <div className="actions actions-start">
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          Record decision
        </button>
        <p className="inline-status" role="status">
          {saved}
        </p>
      </div>
    </form>
  );
}
