/**
 * A new message in indirect work: who it is from, who it is for, what they said, and whether
 * the sender agreed that it may be passed on. Validated with the contract's own schema.
 */
import { useId, useState } from 'react';
import { conferenceChannels } from '../../../../shared/schemas/conference';
import type { Participant } from '../../../../shared/schemas/people';
import { FormError } from '../../components/form-actions';
import { validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { SelectField, TextAreaField } from '../../components/form-fields';

const addInput = conferenceChannels['shuttle:add'].input;

interface MessageValues {
  fromParticipantId: string;
  toParticipantId: string;
  message: string;
  consentToPass: boolean;
}

export function ShuttleForm({ caseId, participants }: { caseId: string; participants: Participant[] }) {
  const ids = useId();
  const [saved, setSaved] = useState(false);
  const add = useMutation('shuttle:add', { invalidates: ['shuttle:list', 'case:timeline'] });
  const options = participants.map((p) => ({ value: p.id, label: p.person.preferredName }));
  const inputOf = (v: MessageValues) => ({
    caseId,
    fromParticipantId: v.fromParticipantId || undefined,
    toParticipantId: v.toParticipantId || undefined,
    message: v.message,
    consentToPass: v.consentToPass,
  });
  const form = useForm({
    key: `shuttle-message:${caseId}`,
    initial: (): MessageValues => ({
      fromParticipantId: '',
      toParticipantId: '',
      message: '',
      consentToPass: false,
    }),
    starting: () => setSaved(false),
    check: (v) => {
      // Who it is from and for are said in the form's own words; the schema's rules after.
      const found: FieldErrors = {};
      if (!v.fromParticipantId) found['fromParticipantId'] = 'Choose who the message is from.';
      if (!v.toParticipantId) found['toParticipantId'] = 'Choose who the message is for.';
      if (v.fromParticipantId && v.fromParticipantId === v.toParticipantId) {
        found['toParticipantId'] = 'Choose someone other than the sender.';
      }
      return { ...validate(addInput, inputOf(v)), ...found };
    },
    clearErrorsWhileSending: true,
    send: (v) => add.mutate(addInput.parse(inputOf(v))),
    sent: () => {
      setSaved(true);
      return { message: '', consentToPass: false };
    },
  });
  const { values, errors } = form;

  return (
    <form
      className="shuttle-form"
      onSubmit={(e) => void form.submit(e)}
      aria-labelledby={`${ids}-title`}
      noValidate
    >
      <h3 id={`${ids}-title`} className="shuttle-form-title">
        Add a message
      </h3>
      <div className="shuttle-form-row">
        <SelectField
          label="From"
          placeholder="Choose…"
          options={options}
          {...form.field('fromParticipantId')}
        />
        <SelectField label="To" placeholder="Choose…" options={options} {...form.field('toParticipantId')} />
      </div>
      <TextAreaField
        label="Message"
        hint="In their words, as they want it passed on."
        value={values.message}
        rows={3}
        maxLength={4000}
        error={errors['message']}
        onChange={(e) => form.set({ message: e.target.value })}
      />
      <label className="shuttle-check">
        <input
          type="checkbox"
          checked={values.consentToPass}
          onChange={(e) => form.set({ consentToPass: e.target.checked })}
        />
        The sender agreed that this message may be passed on
      </label>
      <FormError error={errors['_']} />
      <div className="shuttle-form-actions">
        <button type="submit" className="button button-primary" disabled={form.busy}>
          Add message
        </button>
        {saved ? (
          <p className="muted" role="status">
            Message added.
          </p>
        ) : null}
      </div>
    </form>
  );
}
