/**
 * The case's meetings (preparation meetings, conferences, reviews) and a short form to add
 * one. Upcoming meetings are what the Today screen lists.
 */
import { useId, useState } from 'react';
import { SectionAction, SectionHead } from '../../components/section-head';
import { meetingKinds, type MeetingKind } from '../../../../shared/domain/case-model';
import { meetingInput } from '../../../../shared/schemas/notes';
import { TextField } from '../../components/text-field';
import { call } from '../../lib/api';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useMutation, useQuery } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { usePendingWrite } from '../../lib/use-pending-write';
import { afterMeetingChange } from './case-queries';
import { formatDateTime } from './dates';
import { optionsOf, SelectField } from '../../components/form-fields';

interface MeetingValues {
  kind: MeetingKind;
  startsAt: string;
  place: string;
}

export function MeetingsSection({ caseId }: { caseId: string }) {
  const id = useId();
  const meetings = useQuery('meeting:list', { caseId });
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState('');
  return (
    <section className="case-section" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title="Meetings">
        {!adding ? (
          <SectionAction
            label="Add meeting"
            onClick={() => {
              setAdding(true);
              setAdded('');
            }}
          />
        ) : null}
      </SectionHead>
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
  const save = useMutation('meeting:save', { invalidates: afterMeetingChange });
  const inputOf = (v: MeetingValues) => ({ caseId, ...v });
  const form = useForm({
    key: `meeting-new:${caseId}`,
    opensOnDemand: true,
    initial: (): MeetingValues => ({ kind: 'preparation', startsAt: '', place: '' }),
    check: (v) => validate(meetingInput, inputOf(v)),
    send: (v) => save.mutate(inputOf(v)),
    focus: 'first-invalid-before-send',
    sent: (_, v) => onDone(`${meetingKinds[v.kind]} added for ${formatDateTime(v.startsAt)}.`),
  });
  const { values, errors, formRef } = form;

  // A meeting that is complete when the workbench locks is saved rather than dropped.
  usePendingWrite(async () => {
    const input = inputOf(form.latest());
    if (!validate(meetingInput, input)) await call('meeting:save', input);
  });

  return (
    <form ref={formRef} onSubmit={form.submit} noValidate className="inline-form meeting-form">
      <div className="field-pair">
        <SelectField
          label="Kind of meeting"
          options={optionsOf(meetingKinds)}
          {...form.field('kind')}
          autoFocus
        />
        <TextField
          label="Date and time"
          type="datetime-local"
          value={values.startsAt}
          onChange={(e) => form.edit({ startsAt: e.target.value })}
          error={errors['startsAt'] ? 'Choose the date and time of the meeting.' : undefined}
        />
      </div>
      <TextField
        label="Place"
        hint="Where it happens, e.g. a room or an address."
        {...form.field('place')}
        autoComplete="off"
      />
      <FormError error={errors['_']} />
      <FormActions
        submit="Save meeting"
        busy={form.busy}
        cancel={{ onClick: () => (form.discard(), onDone('')) }}
      />
    </form>
  );
}
