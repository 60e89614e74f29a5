/**
 * The case's meetings (preparation meetings, conferences, reviews) and a short form to add
 * one. Upcoming meetings are what the Today screen lists.
 */
import { useId, useState, type FormEvent } from 'react';
import { meetingKinds, type MeetingKind } from '../../../../shared/domain/case-model';
import { meetingInput } from '../../../../shared/schemas/notes';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation, useQuery } from '../../lib/query';
import { usePendingWrite } from '../../lib/use-pending-write';
import { afterMeetingChange } from './case-queries';
import { formatDateTime } from './dates';
import { focusFirstInvalid, optionsOf, SelectField } from '../../components/form-fields';

export function MeetingsSection({ caseId }: { caseId: string }) {
  const id = useId();
  const meetings = useQuery('meeting:list', { caseId });
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState('');
  return (
    <section className="case-section" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`} className="section-title">
          Meetings
        </h2>
        {!adding ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setAdding(true);
              setAdded('');
            }}
          >
            Add meeting
          </button>
        ) : null}
      </div>
      {meetings.data && meetings.data.length > 0 ? (
        <ul className="meeting-list">
          {meetings.data.map((m) => (
            <li key={m.id} className="meeting-item">
              <span className="meeting-when">{formatDateTime(m.startsAt)}</span>
              <span className="meeting-kind">{meetingKinds[m.kind]}</span>
              {m.place ? <span className="meeting-place">{m.place}</span> : null}
            </li>
          ))}
        </ul>
      ) : meetings.data ? (
        <p className="muted">No meetings yet. Preparation meetings, conferences and reviews appear here.</p>
      ) : null}
      {adding ? (
        <AddMeetingForm
          caseId={caseId}
          onDone={(summary) => {
            setAdding(false);
            setAdded(summary);
          }}
        />
      ) : null}
      <p className="inline-status" role="status">
        {added}
      </p>
    </section>
  );
}

function AddMeetingForm({ caseId, onDone }: { caseId: string; onDone(summary: string): void }) {
  const [kind, setKind] = useState<MeetingKind>('preparation');
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const save = useMutation('meeting:save', { invalidates: afterMeetingChange });
  const input = { caseId, kind, startsAt, place };

  // A meeting that is complete when the workbench locks is saved rather than dropped.
  usePendingWrite(async () => {
    if (!validate(meetingInput, input)) await call('meeting:save', input);
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const problems = validate(meetingInput, input);
    if (problems) {
      setErrors(problems);
      focusFirstInvalid(form);
      return;
    }
    const result = await save.mutate(input);
    if (result.ok) onDone(`${meetingKinds[kind]} added for ${formatDateTime(startsAt)}.`);
    else setErrors(fieldErrorsFrom(result.error));
  }

  return (
    <form ref={setForm} onSubmit={submit} noValidate className="inline-form meeting-form">
      <div className="field-pair">
        <SelectField
          label="Kind of meeting"
          options={optionsOf(meetingKinds)}
          value={kind}
          onChange={(e) => setKind(e.target.value as MeetingKind)}
          error={errors['kind']}
          autoFocus
        />
        <TextField
          label="Date and time"
          type="datetime-local"
          value={startsAt}
          onChange={(e) => {
            setStartsAt(e.target.value);
            setErrors((x) => ({ ...x, startsAt: '' }));
          }}
          error={errors['startsAt'] ? 'Choose the date and time of the meeting.' : undefined}
        />
      </div>
      <TextField
        label="Place"
        hint="Where it happens, e.g. a room or an address."
        value={place}
        onChange={(e) => setPlace(e.target.value)}
        error={errors['place']}
        autoComplete="off"
      />
      {errors['_'] ? (
        <p className="form-error" role="alert">
          {errors['_']}
        </p>
      ) : null}
      <div className="actions actions-start">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save meeting
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </form>
  );
}
