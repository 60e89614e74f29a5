/**
 * Adding someone to a case: search for them first (the same child in two cases is one
 * record, never typed twice), or enter someone new; then their role. Checked with the same
 * schema main uses, errors next to the fields.
 */
import { useId, useState } from 'react';
import type { RoleLabels } from '../../../../shared/domain/case-model';
import { addParticipantInput, type Participant, type Person } from '../../../../shared/schemas/people';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { PersonFields } from './person-fields';
import { emptyDraft, fieldsFrom, personErrors, type PersonDraft } from './person-draft';
import { PersonSearch } from './person-search';
import { peopleChanged } from './people-queries';
import { RoleFields, roleInput, type RoleDraft } from './role-fields';

type Mode = { kind: 'find' } | { kind: 'existing'; person: Person } | { kind: 'new' };

interface AddValues {
  /** What was typed into the search, which becomes the new person's name if nobody matches. */
  query: string;
  person: PersonDraft;
  role: RoleDraft;
}

export function AddPersonForm({
  caseId,
  participants,
  roleLabels,
  onAdded,
  onCancel,
}: {
  caseId: string;
  participants: readonly Participant[];
  roleLabels: RoleLabels | undefined;
  onAdded(participant: Participant): void;
  onCancel(): void;
}) {
  const id = useId();
  const [mode, setMode] = useState<Mode>({ kind: 'find' });
  const add = useMutation('participant:add', { invalidates: peopleChanged });
  const inputOf = (v: AddValues) => ({
    caseId,
    ...roleInput(v.role),
    ...(mode.kind === 'existing' ? { personId: mode.person.id } : { person: fieldsFrom(v.person) }),
  });
  const form = useForm({
    key: `participant-add:${caseId}`,
    opensOnDemand: true,
    initial: (): AddValues => ({
      query: '',
      person: emptyDraft,
      role: { role: '', supportsParticipantId: '', organisation: '' },
    }),
    ready: () => mode.kind !== 'find',
    check: (v) => validate(addParticipantInput, inputOf(v)),
    send: (v) => add.mutate(inputOf(v) as Parameters<typeof add.mutate>[0]),
    errorFields: { not_found: '_' },
    sent: (participant) => onAdded(participant),
  });
  const { values, errors } = form;

  return (
    <form
      className="people-panel add-person"
      onSubmit={form.submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="people-panel-title">
        Add a person
      </h3>
      {mode.kind === 'find' ? (
        <>
          <PersonSearch
            caseId={caseId}
            query={values.query}
            onQuery={(query) => form.set({ query })}
            onChoose={(person) => {
              setMode({ kind: 'existing', person });
              form.clearErrors();
            }}
          />
          <div className="actions actions-start">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setMode({ kind: 'new' });
                form.set({ person: { ...emptyDraft, preferredName: values.query.trim() } });
              }}
            >
              Someone new
            </button>
            <button type="button" className="button-link" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <>
          {mode.kind === 'existing' ? (
            <div className="chosen-person">
              <p>
                <strong>{mode.person.preferredName}</strong>
                {mode.person.pronouns ? ` (${mode.person.pronouns})` : ''}: already in the workbench, so their
                details are not typed again.
              </p>
              <button type="button" className="button-link" onClick={() => setMode({ kind: 'find' })}>
                Choose someone else
              </button>
            </div>
          ) : (
            <>
              <p className="field-hint">
                Only the preferred name is required. Add what you know now; the rest can wait for the
                preparation meeting.
              </p>
              <PersonFields
                draft={values.person}
                errors={personErrors(errors)}
                onChange={(change) => form.set({ person: { ...form.latest().person, ...change } })}
                autoFocus
              />
              <button type="button" className="button-link" onClick={() => setMode({ kind: 'find' })}>
                Search for someone already in the workbench instead
              </button>
            </>
          )}
          <fieldset className="people-fieldset">
            <legend className="people-fieldset-title">Their part in this case</legend>
            <RoleFields
              draft={values.role}
              errors={errors}
              onChange={(change) => form.set({ role: { ...form.latest().role, ...change } })}
              participants={participants}
              roleLabels={roleLabels}
              autoFocus={mode.kind === 'existing'}
            />
          </fieldset>
          <FormError error={errors['_'] ?? errors['person']} />
          <FormActions
            submit="Add to case"
            busy={form.busy}
            layout="end"
            cancel={{ onClick: () => (form.discard(), onCancel()) }}
          />
        </>
      )}
    </form>
  );
}
