/**
 * Appropriateness check for a conference: acknowledgement by the person responsible, and the
 * willingness of the parties. The acknowledgement is one value with the referral's: saving it
 * here changes the referral too. Each check is kept; earlier ones stay readable.
 */
import { useState } from 'react';
import { acknowledgements } from '../../../../shared/domain/case-model';
import { planUpdateInput } from '../../../../shared/schemas/conference';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { formatDateTime } from '../cases/dates';
import { useForm } from '../../lib/use-form';
import { optionsOf, SelectField, TextAreaField } from '../../components/form-fields';

type Ack = keyof typeof acknowledgements;

export function AppropriatenessForm(props: {
  caseId: string;
  acknowledged: string;
  willingness: string;
  fromReferral: boolean;
  history: { acknowledged: string; willingness: string; recordedAt: string }[];
}) {
  const { caseId } = props;
  const [saved, setSaved] = useState(false);
  const update = useMutation('conference:update', {
    invalidates: ['conference:get', 'case:get', 'case:timeline'],
  });
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
              ? 'From the referral. Change it if preparation showed something different: the referral changes too.'
              : 'The same answer as the referral’s: changing it here changes it there.'
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
      {props.history.length > 1 ? (
        <details className="prep-history">
          <summary>Earlier checks ({props.history.length - 1})</summary>
          <ol>
            {props.history.slice(1).map((c) => (
              <li key={c.recordedAt}>
                {formatDateTime(c.recordedAt)}: {acknowledgements[c.acknowledged as Ack] ?? c.acknowledged}
                {c.willingness ? `. ${c.willingness}` : '.'}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
