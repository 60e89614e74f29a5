/**
 * UK GDPR rights over one person. Export: what is held about them, after a review of the
 * passages of other people's notes that mention them (export-review.tsx), as a readable
 * document and a JSON file, in a folder the facilitator picks. Erase: removed everywhere,
 * after the facilitator types the preferred name, so it cannot happen by a slip of the mouse;
 * the notes still naming them (by the names chosen here) are listed for review.
 */
import { useId, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import type { Person } from '../../../../shared/schemas/people';
import { TextField } from '../../components/text-field';
import { FormActions } from '../../components/form-actions';
import { useMutation, useQuery } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { nameMatches } from './erasure-wording';
import { ExportReview } from './export-review';
import { NamesToLookFor } from './names-to-look-for';

export type ErasureResult = ChannelOutput<'person:erase'>;

interface ErasureProps {
  person: Person;
  caseCount: number;
  onErased(result: ErasureResult): void;
}

export function DataRights({ person, caseCount, onErased }: ErasureProps) {
  const id = useId();
  return (
    <section className="settings-section data-rights" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Data rights
      </h2>
      <p className="field-hint">
        What the law gives {person.preferredName}: to see everything held about them, and to have it erased.
      </p>
      <ExportPerson person={person} />
      <ErasePerson person={person} caseCount={caseCount} onErased={onErased} />
    </section>
  );
}

function ExportPerson({ person }: { person: Person }) {
  return (
    <div className="data-right">
      <h3 className="data-right-title">Export</h3>
      <ExportReview person={person} />
    </div>
  );
}

function ErasePerson({ person, caseCount, onErased }: ErasureProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const erase = useMutation('person:erase');
  const name = person.preferredName;
  // The names start as those confirmed for the export, and can be changed here.
  const draft = useQuery('person:exportDraft', { personId: person.id });
  const form = useForm({
    key: `person-erase:${person.id}`,
    initial: { confirmName: '', otherNames: null as string[] | null },
    check: ({ confirmName }) =>
      nameMatches(confirmName, name) ? null : { confirmName: `Type ${name} exactly as it is shown.` },
    send: ({ confirmName, otherNames }) =>
      erase.mutate({
        personId: person.id,
        confirmName,
        otherNames: otherNames ?? draft.data?.otherNames ?? [],
      }),
    errorsFrom: (error) => ({ confirmName: error.fields?.['confirmName'] ?? error.message }),
    sent: (result) => onErased(result),
  });
  const names = form.values.otherNames ?? draft.data?.otherNames ?? [];

  return (
    <div className="data-right">
      <h3 className="data-right-title">Erase</h3>
      <p>
        Removes {name} from every case, their consent records and risk flags, their name from meeting notes
        where they were a speaker, and from search. It cannot be undone. If they asked for a copy, export
        first.
      </p>
      {!confirming ? (
        <div className="actions actions-start">
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            Erase this person…
          </button>
        </div>
      ) : (
        <form className="erase-confirm" onSubmit={form.submit} noValidate aria-labelledby={`${id}-title`}>
          <h4 id={`${id}-title`} className="people-panel-title">
            Erase {name}?
          </h4>
          <ul className="erase-effects">
            <li>
              Removed from {caseCount === 1 ? '1 case' : `${caseCount} cases`}, with their consent records and
              risk flags.
            </li>
            <li>
              Notes stay, because they hold what others said. Notes about {name}, and notes in their cases
              that name them by the names below, are listed next, for you to review.
            </li>
            <li>The workbench logs that an erasure happened, never what was erased.</li>
          </ul>
          <NamesToLookFor
            person={person}
            value={names}
            onChange={(otherNames) => form.edit({ otherNames })}
          />
          <TextField
            label={`To confirm, type their preferred name: ${name}`}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={form.values.confirmName}
            error={form.errors['confirmName'] ?? ''}
            onChange={(e) => form.edit({ confirmName: e.target.value })}
          />
          <FormActions
            submit={`Erase ${name}`}
            busyLabel="Erasing…"
            busy={form.busy}
            tone="danger"
            cancel={{
              label: `Keep ${name}`,
              onClick: () => {
                setConfirming(false);
                form.reset({ confirmName: '', otherNames: null });
                form.clearErrors();
              },
            }}
          />
        </form>
      )}
    </div>
  );
}
