/**
 * Logistics and who is invited. A Save button (not autosave) because changing the date, venue,
 * room or invitations reopens a confirmed conference: the facilitator should mean it.
 */
import { useState } from 'react';
import type { RoleLabels } from '../../../../shared/domain/case-model';
import type { Participant } from '../../../../shared/schemas/people';
import type { ConferencePlan } from '../../../../shared/schemas/conference';
import { TextField } from '../../components/text-field';
import { TextAreaField } from '../../components/form-fields';
import { useFormValues } from '../../lib/form-values';
import { usePendingWrite } from '../../lib/use-pending-write';
import { roleLabel } from '../people/people-model';
import { SaveNote, usePlanUpdate } from './use-plan-update';

interface Props {
  plan: ConferencePlan;
  participants: Participant[];
  roleLabels: Partial<RoleLabels> | undefined;
}

function draftOf(plan: ConferencePlan) {
  return {
    startsAt: plan.startsAt ?? '',
    expectedMinutes: String(plan.expectedMinutes),
    venue: plan.venue,
    room: plan.room,
    safetyMeasures: plan.safetyMeasures,
    interpreter: plan.interpreter,
    refreshments: plan.refreshments,
    whoBringsWhat: plan.whoBringsWhat,
    invited: plan.invited,
  };
}

type Draft = ReturnType<typeof draftOf>;
type TextKey = Exclude<keyof Draft, 'invited'>;

/** The one-line fields, in the grid's order. */
const lineFields: { key: TextKey; label: string; type?: string; min?: number; max?: number }[] = [
  { key: 'startsAt', label: 'Date and start time', type: 'datetime-local' },
  { key: 'expectedMinutes', label: 'Expected length (minutes)', type: 'number', min: 5, max: 600 },
  { key: 'venue', label: 'Venue' },
  { key: 'room', label: 'Room' },
  { key: 'interpreter', label: 'Interpreter' },
  { key: 'refreshments', label: 'Refreshments' },
];
const areaFields: { key: TextKey; label: string }[] = [
  { key: 'safetyMeasures', label: 'Safety measures (for you only)' },
  { key: 'whoBringsWhat', label: 'Who brings what' },
];

export function LogisticsSection({ plan, participants, roleLabels }: Props) {
  const values = useFormValues(`conference-logistics:${plan.caseId}`, () => draftOf(plan));
  const draft = values.values;
  const [dirty, setDirty] = useState(false);
  const { save, state, fieldErrors } = usePlanUpdate(plan.caseId);
  const set = (key: TextKey) => (value: string) => {
    values.set({ [key]: value });
    setDirty(true);
  };
  const toggle = (id: string, on: boolean) => {
    const { invited } = values.latest();
    values.set({ invited: on ? [...invited, id] : invited.filter((x) => x !== id) });
    setDirty(true);
  };

  const store = async () => {
    const draft = values.latest();
    const ok = await save({
      startsAt: draft.startsAt === '' ? null : draft.startsAt,
      expectedMinutes: Number(draft.expectedMinutes),
      venue: draft.venue,
      room: draft.room,
      safetyMeasures: draft.safetyMeasures,
      interpreter: draft.interpreter,
      refreshments: draft.refreshments,
      whoBringsWhat: draft.whoBringsWhat,
      invited: draft.invited,
    });
    if (ok) setDirty(false);
  };
  // Locking with unsaved logistics saves them first rather than losing the typing.
  usePendingWrite(async () => {
    if (dirty) await store();
  });
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    void store();
  };

  return (
    <section className="conference-section" aria-labelledby="logistics-heading">
      <h2 id="logistics-heading">Logistics</h2>
      {plan.status === 'confirmed' ? (
        <p className="notice">
          This conference is confirmed. Changing the date, venue, room or who is invited will reopen it, and
          it will need confirming again.
        </p>
      ) : null}
      <form onSubmit={onSubmit} className="logistics-form">
        <div className="logistics-grid">
          {lineFields.map(({ key, ...field }) => (
            <TextField
              key={key}
              {...field}
              value={draft[key]}
              onChange={(e) => set(key)(e.target.value)}
              error={fieldErrors[key]}
            />
          ))}
        </div>
        {areaFields.map(({ key, label }) => (
          <TextAreaField
            key={key}
            label={label}
            rows={2}
            value={draft[key]}
            onChange={(e) => set(key)(e.target.value)}
            error={fieldErrors[key]}
          />
        ))}
        <fieldset className="invited-list">
          <legend>Who is invited</legend>
          {participants.length === 0 ? <p className="muted">Add people to the case first.</p> : null}
          {participants.map((p) => (
            <label key={p.id} className="checkbox-row">
              <input
                type="checkbox"
                checked={draft.invited.includes(p.id)}
                onChange={(e) => toggle(p.id, e.target.checked)}
              />
              {p.person.preferredName} <span className="muted">({roleLabel(roleLabels, p.role)})</span>
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            Save logistics
          </button>
          <SaveNote state={state} />
        </div>
      </form>
    </section>
  );
}
