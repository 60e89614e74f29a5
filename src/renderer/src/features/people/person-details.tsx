/**
 * A person's details, read-only until "Edit details". Saving goes to the one person record,
 * so the new name or pronouns show in every case they are part of.
 */
import { useId, useState, type FormEvent } from 'react';
import { ageBands, contactMethods } from '../../../../shared/domain/case-model';
import { peopleChannels, type Person } from '../../../../shared/schemas/people';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { usePendingWrite } from '../../lib/use-pending-write';
import { PersonFields } from './person-fields';
import { draftFrom, fieldsFrom, type PersonDraft } from './person-draft';
import { formatDate } from './people-dates';
import { peopleChanged } from './people-queries';

const updateInput = peopleChannels['person:update'].input;

export function PersonDetails({ person }: { person: Person }) {
  const id = useId();
  const [draft, setDraft] = useState<PersonDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const update = useMutation('person:update', { invalidates: peopleChanged });
  // Locking while editing keeps valid changes: they are saved before the vault closes.
  usePendingWrite(async () => {
    if (!draft) return;
    const input = { id: person.id, ...fieldsFrom(draft) };
    if (!validate(updateInput, input)) await update.mutate(input as Parameters<typeof update.mutate>[0]);
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const input = { id: person.id, ...fieldsFrom(draft) };
    const problems = validate(updateInput, input);
    if (problems) return setErrors(problems);
    const result = await update.mutate(input as Parameters<typeof update.mutate>[0]);
    if (!result.ok) return setErrors(fieldErrorsFrom(result.error));
    setErrors({});
    setDraft(null);
    setSaved(true);
  }

  const rows: [string, string][] = [
    ['Preferred name', person.preferredName],
    ['Full name', person.fullName],
    ['Pronouns', person.pronouns],
    [
      'Age band',
      person.ageBand ? ((ageBands as Record<string, string>)[person.ageBand] ?? person.ageBand) : '',
    ],
    ['Date of birth', person.dateOfBirth ? formatDate(person.dateOfBirth) : ''],
    ['Phone', person.phone],
    ['Email', person.email],
    ['Address', person.address],
    [
      'Preferred contact',
      person.preferredContact
        ? ((contactMethods as Record<string, string>)[person.preferredContact] ?? person.preferredContact)
        : '',
    ],
    ['Language', person.language],
    ['Interpreter', person.interpreter ? 'Needs an interpreter' : ''],
    ['Disability or health needs', person.disability],
    ['Reading needs', person.reading],
    ['Notes', person.notes],
  ];
  const filled = rows.filter(([, value]) => value.trim());

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`} className="section-title">
          Details
        </h2>
        <p className="save-status" role="status">
          {saved ? 'Saved.' : ''}
        </p>
      </div>
      {draft ? (
        <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
          <PersonFields
            draft={draft}
            errors={errors}
            onChange={(change) => setDraft((d) => (d ? { ...d, ...change } : d))}
            autoFocus
          />
          {errors['_'] ? (
            <p className="form-error" role="alert">
              {errors['_']}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={update.isPending}>
              Save details
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <dl className="details-list">
            {filled.map(([label, value]) => (
              <div key={label} className="details-row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <div className="actions actions-start">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setSaved(false);
                setErrors({});
                setDraft(draftFrom(person));
              }}
            >
              Edit details
            </button>
          </div>
        </>
      )}
    </section>
  );
}
