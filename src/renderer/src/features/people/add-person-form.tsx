/**
 * Adding someone to a case: search for them first (the same child in two cases is one
 * record, never typed twice), or enter someone new; then their role. Checked with the same
 * schema main uses, errors next to the fields.
 */
import { useId, useState, type FormEvent } from 'react';
import type { RoleLabels } from '../../../../shared/domain/case-model';
import { addParticipantInput, type Participant, type Person } from '../../../../shared/schemas/people';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { PersonFields } from './person-fields';
import { emptyDraft, fieldsFrom, personErrors, type PersonDraft } from './person-draft';
import { PersonSearch } from './person-search';
import { peopleChanged } from './people-queries';
import { RoleFields, roleInput, type RoleDraft } from './role-fields';

type Mode = { kind: 'find' } | { kind: 'existing'; person: Person } | { kind: 'new' };

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
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<PersonDraft>(emptyDraft);
  const [role, setRole] = useState<RoleDraft>({ role: '', supportsParticipantId: '', organisation: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useMutation('participant:add', { invalidates: peopleChanged });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mode.kind === 'find') return;
    const input = {
      caseId,
      ...roleInput(role),
      ...(mode.kind === 'existing' ? { personId: mode.person.id } : { person: fieldsFrom(draft) }),
    };
    const problems = validate(addParticipantInput, input);
    if (problems) return setErrors(problems);
    const result = await add.mutate(input as Parameters<typeof add.mutate>[0]);
    if (!result.ok) return setErrors(fieldErrorsFrom(result.error, { not_found: '_' }));
    onAdded(result.value);
  }

  return (
    <form className="people-panel add-person" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="people-panel-title">
        Add a person
      </h3>
      {mode.kind === 'find' ? (
        <>
          <PersonSearch
            caseId={caseId}
            query={query}
            onQuery={setQuery}
            onChoose={(person) => {
              setMode({ kind: 'existing', person });
              setErrors({});
            }}
          />
          <div className="actions actions-start">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setMode({ kind: 'new' });
                setDraft({ ...emptyDraft, preferredName: query.trim() });
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
                draft={draft}
                errors={personErrors(errors)}
                onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
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
              draft={role}
              errors={errors}
              onChange={(change) => setRole((r) => ({ ...r, ...change }))}
              participants={participants}
              roleLabels={roleLabels}
              autoFocus={mode.kind === 'existing'}
            />
          </fieldset>
          {errors['_'] || errors['person'] ? (
            <p className="form-error" role="alert">
              {errors['_'] ?? errors['person']}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={add.isPending}>
              Add to case
            </button>
            <button type="button" className="button button-secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </form>
  );
}
