/**
 * Record or edit one preparation meeting with a participant. The values are checked with the
 * contract's own `preparationInput` before sending, so a wrong date or an over-long place is
 * said next to its field in the same words main would use; main's answer lands there too.
 */
import { useRef, useState, type FormEvent } from 'react';
import { checklistItems } from '../../../../shared/domain/readiness';
import { preparationInput } from '../../../../shared/schemas/conference';
import { TextField } from '../../components/text-field';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { focusFirstInvalid } from '../../components/form-fields';
import { stale, type PlanPerson, type PrepRecord } from './preparation-model';

export function PrepMeetingForm(props: {
  caseId: string;
  person: PlanPerson;
  record: PrepRecord | undefined;
  onDone(): void;
}) {
  const { caseId, person, record, onDone } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const [startsAt, setStartsAt] = useState(record?.startsAt ?? '');
  const [place, setPlace] = useState(record?.place ?? '');
  const [present, setPresent] = useState(record?.present ?? '');
  const [ticks, setTicks] = useState<Record<string, boolean>>(record?.checklist ?? {});
  const [notWilling, setNotWilling] = useState(record?.saidNotWilling ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation('prep:save', { invalidates: [...stale], onSuccess: onDone });
  const [open, setOpen] = useState(Boolean(record));
  const title = record ? 'Edit preparation meeting' : 'Record a preparation meeting';
  if (!open)
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Record a preparation meeting
      </button>
    );

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    focusFirstInvalid(formRef.current);
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      id: record?.id,
      caseId,
      participantId: person.participantId,
      startsAt,
      place,
      present,
      checklist: ticks,
      saidNotWilling: notWilling,
    };
    const problems = validate(preparationInput, input);
    if (problems) return showErrors(problems);
    setErrors({});
    const result = await save.mutate(input);
    if (!result.ok) return showErrors(fieldErrorsFrom(result.error));
    setOpen(false);
  }

  return (
    <form
      ref={formRef}
      className="prep-form"
      aria-label={`${title} with ${person.name}`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <TextField
        label="Date and time"
        type="datetime-local"
        value={startsAt}
        onChange={(e) => setStartsAt(e.target.value)}
        error={errors.startsAt}
        required
      />
      <TextField
        label="Place"
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={errors.place}
      />
      <TextField
        label="Who was present"
        value={present}
        onChange={(e) => setPresent(e.target.value)}
        error={errors.present}
      />
      <fieldset>
        <legend>Checklist</legend>
        {Object.entries(checklistItems).map(([k, label]) => (
          <label key={k} className="prep-check">
            <input
              type="checkbox"
              checked={Boolean(ticks[k])}
              onChange={(e) => setTicks({ ...ticks, [k]: e.target.checked })}
            />
            {label}
          </label>
        ))}
        <label className="prep-check">
          <input type="checkbox" checked={notWilling} onChange={(e) => setNotWilling(e.target.checked)} />
          No longer wishes to take part
        </label>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
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
