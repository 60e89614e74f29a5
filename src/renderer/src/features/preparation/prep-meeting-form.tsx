/**
 * Record or edit one preparation meeting with a participant. The values are checked with the
 * contract's own `preparationInput` before sending, so a wrong date or an over-long place is
 * said next to its field in the same words main would use; main's answer lands there too.
 */
import { useState } from 'react';
import { checklistItems } from '../../../../shared/domain/readiness';
import { preparationInput } from '../../../../shared/schemas/conference';
import { TextField } from '../../components/text-field';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { stale, type PlanPerson, type PrepRecord } from './preparation-model';

interface PrepValues {
  startsAt: string;
  place: string;
  present: string;
  checklist: Record<string, boolean>;
  saidNotWilling: boolean;
}

export function PrepMeetingForm(props: {
  caseId: string;
  person: PlanPerson;
  record: PrepRecord | undefined;
  onDone(): void;
}) {
  const { caseId, person, record, onDone } = props;
  const save = useMutation('prep:save', { invalidates: [...stale], onSuccess: onDone });
  const [open, setOpen] = useState(Boolean(record));
  const inputOf = (values: PrepValues) => ({
    id: record?.id,
    caseId,
    participantId: person.participantId,
    ...values,
  });
  const form = useForm({
    key: `prep-meeting:${record?.id ?? `new:${person.participantId}`}`,
    opensOnDemand: true,
    initial: (): PrepValues => ({
      startsAt: record?.startsAt ?? '',
      place: record?.place ?? '',
      present: record?.present ?? '',
      checklist: record?.checklist ?? {},
      saidNotWilling: record?.saidNotWilling ?? false,
    }),
    check: (values) => validate(preparationInput, inputOf(values)),
    send: (values) => save.mutate(inputOf(values)),
    clearErrorsWhileSending: true,
    focus: 'first-invalid',
    sent: () => setOpen(false),
  });
  const { values, errors, formRef } = form;
  const title = record ? 'Edit preparation meeting' : 'Record a preparation meeting';
  if (!open)
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Record a preparation meeting
      </button>
    );

  return (
    <form
      ref={formRef}
      className="prep-form"
      aria-label={`${title} with ${person.name}`}
      onSubmit={(e) => void form.submit(e)}
      noValidate
    >
      <TextField label="Date and time" type="datetime-local" {...form.field('startsAt')} required />
      <TextField label="Place" {...form.field('place')} />
      <TextField label="Who was present" {...form.field('present')} />
      <fieldset>
        <legend>Checklist</legend>
        {Object.entries(checklistItems).map(([k, label]) => (
          <label key={k} className="prep-check">
            <input
              type="checkbox"
              checked={Boolean(values.checklist[k])}
              onChange={(e) => form.set({ checklist: { ...values.checklist, [k]: e.target.checked } })}
            />
            {label}
          </label>
        ))}
        <label className="prep-check">
          <input
            type="checkbox"
            checked={values.saidNotWilling}
            onChange={(e) => form.set({ saidNotWilling: e.target.checked })}
          />
          No longer wishes to take part
        </label>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={form.busy}>
        Save the meeting
      </button>{' '}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => (record ? onDone() : setOpen(false))}
      >
        Cancel
      </button>
      {errors._ ? <p role="alert">{errors._}</p> : null}
    </form>
  );
}
