/**
 * A person's details, read-only until "Edit details". Saving goes to the one person record,
 * so the new name or pronouns show in every case they are part of.
 */
import { useId, useState } from 'react';
import { SectionHead } from '../../components/section-head';
import { ageBands, contactMethods } from '../../../../shared/domain/case-model';
import { peopleChannels, type Person } from '../../../../shared/schemas/people';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { usePendingWrite } from '../../lib/use-pending-write';
import { PersonFields } from './person-fields';
import { draftFrom, fieldsFrom, type PersonDraft } from './person-draft';
import { formatDate } from './people-dates';
import { peopleChanged } from './people-queries';

const updateInput = peopleChannels['person:update'].input;

export function PersonDetails({ person }: { person: Person }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const update = useMutation('person:update', { invalidates: peopleChanged });
  const inputOf = (draft: PersonDraft) => ({ id: person.id, ...fieldsFrom(draft) });
  const form = useForm({
    key: `person-details:${person.id}`,
    opensOnDemand: true,
    initial: () => draftFrom(person),
    check: (draft) => validate(updateInput, inputOf(draft)),
    send: (draft) => update.mutate(inputOf(draft) as Parameters<typeof update.mutate>[0]),
    sent: () => {
      setEditing(false);
      setSaved(true);
    },
  });
  // Locking while editing keeps valid changes: they are saved before the vault closes.
  usePendingWrite(async () => {
    if (!editing) return;
    const input = inputOf(form.latest());
    if (!validate(updateInput, input)) await update.mutate(input as Parameters<typeof update.mutate>[0]);
  });

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
      <SectionHead id={`${id}-title`} title="Details">
        <p className="save-status" role="status">
          {saved ? 'Saved.' : ''}
        </p>
      </SectionHead>
      {editing ? (
        <form onSubmit={form.submit} noValidate aria-labelledby={`${id}-title`}>
          <PersonFields draft={form.values} errors={form.errors} onChange={form.set} autoFocus />
          <FormError error={form.errors['_']} />
          <FormActions
            submit="Save details"
            busy={form.busy}
            layout="end"
            cancel={{ onClick: () => (form.discard(), setEditing(false)) }}
          />
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
                form.clearErrors();
                form.reset(draftFrom(person));
                setEditing(true);
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
