/**
 * Logistics and who is invited. A Save button (not autosave) because changing the date, venue,
 * room or invitations reopens a confirmed conference: the facilitator should mean it. Beside
 * every field it says whether its text is printed in the letters: arrangements are per person
 * (each letter carries only its reader's own), safety measures are for the facilitator only.
 */
import { useState } from 'react';
import type { RoleLabels } from '../../../../shared/domain/case-model';
import type { Participant } from '../../../../shared/schemas/people';
import type { ConferencePlan } from '../../../../shared/schemas/conference';
import { TextField } from '../../components/text-field';
import { TextAreaField } from '../../components/form-fields';
import { useFormValues } from '../../lib/form-values';
import { printedIn } from '../../lib/printed-in';
import { usePendingWrite } from '../../lib/use-pending-write';
import { roleLabel } from '../people/people-model';
import { planPerson, standingNote } from './plan-people';
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
    arrangements: Object.fromEntries(plan.arrangements.map((a) => [a.participantId, a.text])) as Record<
      string,
      string
    >,
    rolesInLetters: plan.rolesInLetters,
  };
}

type Draft = ReturnType<typeof draftOf>;
type TextKey = Exclude<keyof Draft, 'invited' | 'arrangements' | 'rolesInLetters'>;

/** The one-line fields, in the grid's order, with where their text goes. */
const lineFields: { key: TextKey; label: string; hint: string; type?: string; min?: number; max?: number }[] =
  [
    { key: 'startsAt', label: 'Date and start time', type: 'datetime-local', hint: printedIn.invitations },
    {
      key: 'expectedMinutes',
      label: 'Expected length (minutes)',
      type: 'number',
      min: 5,
      max: 600,
      hint: printedIn.invitations,
    },
    { key: 'venue', label: 'Venue', hint: printedIn.invitations },
    { key: 'room', label: 'Room', hint: printedIn.invitations },
    { key: 'interpreter', label: 'Interpreter booking', hint: printedIn.forYouOnly },
    { key: 'refreshments', label: 'Refreshments', hint: printedIn.forYouOnly },
  ];

export function LogisticsSection({ plan, participants, roleLabels }: Props) {
  const values = useFormValues(`conference-logistics:${plan.caseId}`, () => draftOf(plan));
  const draft = values.values;
  // What was typed before (and kept as a draft) still needs saving.
  const [dirty, setDirty] = useState(values.restored);
  const { save, state, fieldErrors } = usePlanUpdate(plan.caseId);
  const change = (patch: Partial<Draft>) => {
    values.set(patch);
    setDirty(true);
  };
  const toggle = (id: string, on: boolean) => {
    const { invited } = values.latest();
    change({ invited: on ? [...invited, id] : invited.filter((x) => x !== id) });
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
      arrangements: Object.entries(draft.arrangements)
        .filter(([participantId, text]) => text.trim() && participants.some((p) => p.id === participantId))
        .map(([participantId, text]) => ({ participantId, text })),
      rolesInLetters: draft.rolesInLetters,
    });
    if (ok) {
      setDirty(false);
      values.discard();
    }
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
      <form onSubmit={onSubmit} className="logistics-form" autoComplete="off">
        <div className="logistics-grid">
          {lineFields.map(({ key, ...field }) => (
            <TextField
              key={key}
              {...field}
              autoComplete="off"
              value={draft[key]}
              onChange={(e) => change({ [key]: e.target.value })}
              error={fieldErrors[key]}
            />
          ))}
        </div>
        <TextAreaField
          label="Safety measures"
          hint={`${printedIn.forYouOnly} Separate arrivals, waiting rooms, who must not sit together.`}
          rows={2}
          autoComplete="off"
          value={draft.safetyMeasures}
          onChange={(e) => change({ safetyMeasures: e.target.value })}
          error={fieldErrors['safetyMeasures']}
        />
        <TextAreaField
          label="Who brings what"
          hint={printedIn.forYouOnly}
          rows={2}
          autoComplete="off"
          value={draft.whoBringsWhat}
          onChange={(e) => change({ whoBringsWhat: e.target.value })}
          error={fieldErrors['whoBringsWhat']}
        />
        <fieldset className="invited-list" id="conference-invited">
          <legend>Who is invited</legend>
          <p className="field-hint">
            Names are printed in the invitation letters. The arrangements under each person go only into their
            own letter: a ramp, an interpreter, a quiet room.
          </p>
          {participants.length === 0 ? <p className="muted">Add people to the case first.</p> : null}
          {participants.map((p) => {
            const invited = draft.invited.includes(p.id);
            const note = standingNote(planPerson(plan, p.id));
            return (
              <div key={p.id} className={`invited-person${note ? ' invited-person-marked' : ''}`}>
                <label className="checkbox-row">
                  <input type="checkbox" checked={invited} onChange={(e) => toggle(p.id, e.target.checked)} />
                  {p.person.preferredName} <span className="muted">({roleLabel(roleLabels, p.role)})</span>
                  {note ? <span className="standing-note">{note}</span> : null}
                </label>
                {invited ? (
                  <TextAreaField
                    label={`Arrangements we have made for ${p.person.preferredName}`}
                    hint={printedIn.ownInvitation(p.person.preferredName)}
                    rows={1}
                    autoComplete="off"
                    value={draft.arrangements[p.id] ?? ''}
                    onChange={(e) =>
                      change({ arrangements: { ...values.latest().arrangements, [p.id]: e.target.value } })
                    }
                    error={fieldErrors['arrangements']}
                  />
                ) : null}
              </div>
            );
          })}
          <label className="checkbox-row">
            <input
              type="checkbox"
              checked={draft.rolesInLetters}
              onChange={(e) => change({ rolesInLetters: e.target.checked })}
            />
            Show each person’s role in the letters (“person harmed”, “person responsible”)
          </label>
          <p className="field-hint">
            Off by default: the letters list names, and supporters as “supporting …”.
          </p>
        </fieldset>
        {values.restored && dirty ? (
          <p className="field-hint">What you typed earlier is back, not saved yet: save it or change it.</p>
        ) : null}
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
