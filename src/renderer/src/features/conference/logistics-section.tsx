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
    access: plan.access,
    interpreter: plan.interpreter,
    refreshments: plan.refreshments,
    whoBringsWhat: plan.whoBringsWhat,
    invited: plan.invited,
  };
}

export function LogisticsSection({ plan, participants, roleLabels }: Props) {
  const [draft, setDraft] = useState(() => draftOf(plan));
  const [dirty, setDirty] = useState(false);
  const { save, state, fieldErrors } = usePlanUpdate(plan.caseId);
  const set = (key: keyof typeof draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty(true);
  };
  const toggle = (id: string, on: boolean) => {
    setDraft((d) => ({ ...d, invited: on ? [...d.invited, id] : d.invited.filter((x) => x !== id) }));
    setDirty(true);
  };

  const store = async () => {
    const ok = await save({
      startsAt: draft.startsAt === '' ? null : draft.startsAt,
      expectedMinutes: Number(draft.expectedMinutes),
      venue: draft.venue,
      room: draft.room,
      access: draft.access,
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
          <TextField
            label="Date and start time"
            type="datetime-local"
            value={draft.startsAt}
            onChange={(e) => set('startsAt')(e.target.value)}
            error={fieldErrors['startsAt']}
          />
          <TextField
            label="Expected length (minutes)"
            type="number"
            min={5}
            max={600}
            value={draft.expectedMinutes}
            onChange={(e) => set('expectedMinutes')(e.target.value)}
            error={fieldErrors['expectedMinutes']}
          />
          <TextField
            label="Venue"
            value={draft.venue}
            onChange={(e) => set('venue')(e.target.value)}
            error={fieldErrors['venue']}
          />
          <TextField
            label="Room"
            value={draft.room}
            onChange={(e) => set('room')(e.target.value)}
            error={fieldErrors['room']}
          />
          <TextField
            label="Interpreter"
            value={draft.interpreter}
            onChange={(e) => set('interpreter')(e.target.value)}
            error={fieldErrors['interpreter']}
          />
          <TextField
            label="Refreshments"
            value={draft.refreshments}
            onChange={(e) => set('refreshments')(e.target.value)}
            error={fieldErrors['refreshments']}
          />
        </div>
        <TextAreaField
          label="Access arrangements"
          rows={2}
          value={draft.access}
          onChange={(e) => set('access')(e.target.value)}
          error={fieldErrors['access']}
        />
        <TextAreaField
          label="Who brings what"
          rows={2}
          value={draft.whoBringsWhat}
          onChange={(e) => set('whoBringsWhat')(e.target.value)}
          error={fieldErrors['whoBringsWhat']}
        />
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
