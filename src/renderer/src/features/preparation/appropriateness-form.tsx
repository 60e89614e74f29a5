/**
 * Appropriateness check for a conference: acknowledgement by the person responsible, and the
 * willingness of the parties. Until it is saved, the acknowledgement starts from the referral.
 */
import { useState } from 'react';
import { acknowledgements } from '../../../../shared/domain/case-model';
import { planUpdateInput } from '../../../../shared/schemas/conference';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { optionsOf, SelectField, TextAreaField } from '../../components/form-fields';

type Ack = keyof typeof acknowledgements;

export function AppropriatenessForm(props: {
  caseId: string;
  acknowledged: string;
  willingness: string;
  fromReferral: boolean;
}) {
  const { caseId } = props;
  const [saved, setSaved] = useState(false);
  const update = useMutation('conference:update', { invalidates: ['conference:get'] });
  const inputOf = (appropriateness: { acknowledged: Ack; willingness: string }) => ({
    caseId,
    appropriateness,
  });
  const form = useForm({
    key: `conference-appropriateness:${caseId}`,
    initial: () => ({
      acknowledged: props.acknowledged in acknowledgements ? (props.acknowledged as Ack) : ('unknown' as Ack),
      willingness: props.willingness,
    }),
    starting: () => setSaved(false),
    check: (values) => validate(planUpdateInput, inputOf(values)),
    send: (values) => update.mutate(inputOf(values)),
    focus: 'first-invalid',
    sent: () => setSaved(true),
  });
  const { values, errors, formRef } = form;

  return (
    <section aria-labelledby="prep-fit-h" className="prep-box">
      <h2 id="prep-fit-h">Is a conference appropriate?</h2>
      <form ref={formRef} onSubmit={(e) => void form.submit(e)} noValidate>
        <SelectField
          label="Does the person responsible acknowledge what happened?"
          hint={
            props.fromReferral
              ? 'From the referral. Change it if preparation showed something different.'
              : undefined
          }
          value={values.acknowledged}
          onChange={(e) => form.set({ acknowledged: e.target.value as Ack })}
          options={optionsOf(acknowledgements)}
          error={errors['appropriateness.acknowledged']}
        />
        <TextAreaField
          label="Willingness of the parties"
          value={values.willingness}
          onChange={(e) => form.set({ willingness: e.target.value })}
          rows={2}
          error={errors['appropriateness.willingness']}
        />
        <button type="submit" className="button button-secondary" disabled={form.busy}>
          Save the appropriateness check
        </button>
        {saved ? <p role="status">Saved.</p> : null}
        {errors._ ? <p role="alert">{errors._}</p> : null}
      </form>
    </section>
  );
}
