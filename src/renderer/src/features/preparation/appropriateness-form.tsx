/**
 * Appropriateness check for a conference: acknowledgement by the person responsible, and the
 * willingness of the parties. Until it is saved, the acknowledgement starts from the referral.
 */
import { useRef, useState, type FormEvent } from 'react';
import { acknowledgements } from '../../../../shared/domain/case-model';
import { planUpdateInput } from '../../../../shared/schemas/conference';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { focusFirstInvalid, optionsOf, SelectField, TextAreaField } from '../../components/form-fields';

type Ack = keyof typeof acknowledgements;

export function AppropriatenessForm(props: {
  caseId: string;
  acknowledged: string;
  willingness: string;
  fromReferral: boolean;
}) {
  const { caseId } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const [acknowledged, setAcknowledged] = useState<Ack>(
    props.acknowledged in acknowledgements ? (props.acknowledged as Ack) : 'unknown',
  );
  const [willingness, setWillingness] = useState(props.willingness);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const update = useMutation('conference:update', { invalidates: ['conference:get'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = { caseId, appropriateness: { acknowledged, willingness } };
    const problems = validate(planUpdateInput, input);
    const result = problems ? null : await update.mutate(input);
    const found = problems ?? (result && !result.ok ? fieldErrorsFrom(result.error) : {});
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    setSaved(true);
  }

  return (
    <section aria-labelledby="prep-fit-h" className="prep-box">
      <h2 id="prep-fit-h">Is a conference appropriate?</h2>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          label="Does the person responsible acknowledge what happened?"
          hint={
            props.fromReferral
              ? 'From the referral. Change it if preparation showed something different.'
              : undefined
          }
          value={acknowledged}
          onChange={(e) => setAcknowledged(e.target.value as Ack)}
          options={optionsOf(acknowledgements)}
          error={errors['appropriateness.acknowledged']}
        />
        <TextAreaField
          label="Willingness of the parties"
          value={willingness}
          onChange={(e) => setWillingness(e.target.value)}
          rows={2}
          error={errors['appropriateness.willingness']}
        />
        <button type="submit" className="button button-secondary" disabled={update.isPending}>
          Save the appropriateness check
        </button>
        {saved ? <p role="status">Saved.</p> : null}
        {errors._ ? <p role="alert">{errors._}</p> : null}
      </form>
    </section>
  );
}
