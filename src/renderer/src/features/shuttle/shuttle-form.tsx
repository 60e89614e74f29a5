/**
 * A new message in indirect work: who it is from, who it is for, what they said, and whether
 * the sender agreed that it may be passed on. Validated with the contract's own schema.
 */
import { useId, useState, type FormEvent } from 'react';
import { conferenceChannels } from '../../../../shared/schemas/conference';
import type { Participant } from '../../../../shared/schemas/people';
import { useMutation } from '../../lib/query';
import { SelectField, TextAreaField } from '../../components/form-fields';

const addInput = conferenceChannels['shuttle:add'].input;

export function ShuttleForm({ caseId, participants }: { caseId: string; participants: Participant[] }) {
  const ids = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const add = useMutation('shuttle:add', { invalidates: ['shuttle:list', 'case:timeline'] });
  const options = participants.map((p) => ({ value: p.id, label: p.person.preferredName }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Record<string, string> = {};
    if (!from) found.fromParticipantId = 'Choose who the message is from.';
    if (!to) found.toParticipantId = 'Choose who the message is for.';
    if (from && to && from === to) found.toParticipantId = 'Choose someone other than the sender.';
    const parsed = addInput.safeParse({
      caseId,
      fromParticipantId: from || undefined,
      toParticipantId: to || undefined,
      message,
      consentToPass: consent,
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    const result = await add.mutate(parsed.data);
    if (!result.ok) {
      setErrors(result.error.fields ?? { _: result.error.message });
      return;
    }
    setMessage('');
    setConsent(false);
    setSaved(true);
  };

  return (
    <form
      className="shuttle-form"
      onSubmit={(e) => void submit(e)}
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
          value={from}
          error={errors.fromParticipantId}
          onChange={(e) => setFrom(e.target.value)}
        />
        <SelectField
          label="To"
          placeholder="Choose…"
          options={options}
          value={to}
          error={errors.toParticipantId}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      <TextAreaField
        label="Message"
        hint="In their words, as they want it passed on."
        value={message}
        rows={3}
        maxLength={4000}
        error={errors.message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <label className="shuttle-check">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
        The sender agreed that this message may be passed on
      </label>
      {errors._ ? (
        <p className="form-error" role="alert">
          {errors._}
        </p>
      ) : null}
      <div className="shuttle-form-actions">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
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
