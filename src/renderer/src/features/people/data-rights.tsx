/**
 * UK GDPR rights over one person. Export: everything held about them (every case, note,
 * consent and flag) as a readable document and a JSON file, in a folder the facilitator
 * picks. Erase: removed everywhere, after the facilitator types the preferred name, so it
 * cannot happen by a slip of the mouse.
 */
import { useId, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import type { Person } from '../../../../shared/schemas/people';
import { TextField } from '../../components/text-field';
import { Notice } from '../../components/notice';
import { FormActions, FormError } from '../../components/form-actions';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { nameMatches } from './erasure-wording';

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
  const exporter = useMutation('person:export');
  const [written, setWritten] = useState<ChannelOutput<'person:export'> | null>(null);
  return (
    <div className="data-right">
      <h3 className="data-right-title">Export</h3>
      <p>
        Every case, note, consent and risk flag that mentions {person.preferredName}, as a readable document
        (.docx) and a complete JSON file. You choose the folder. Keep the files as safely as the workbench
        does.
      </p>
      <div className="actions actions-start">
        <button
          type="button"
          className="button button-secondary"
          disabled={exporter.isPending}
          aria-busy={exporter.isPending}
          onClick={async () => {
            setWritten(null);
            const result = await exporter.mutate({ personId: person.id });
            // Cancelling the folder dialog is a choice, not a problem: nothing is shown.
            if (result.ok && !result.value.cancelled) setWritten(result.value);
          }}
        >
          {exporter.isPending ? 'Exporting…' : 'Export everything held about this person'}
        </button>
      </div>
      <div aria-live="polite">
        {written ? (
          <Notice tone="success" title="Export saved">
            <p>
              Written to <span className="file-path">{written.folder}</span>:
            </p>
            <ul className="file-list">
              {written.files.map((f) => (
                <li key={f} className="file-path">
                  {f}
                </li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <FormError error={exporter.error?.message} />
      </div>
    </div>
  );
}

function ErasePerson({ person, caseCount, onErased }: ErasureProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const erase = useMutation('person:erase');
  const name = person.preferredName;
  const form = useForm({
    key: `person-erase:${person.id}`,
    initial: { confirmName: '' },
    check: ({ confirmName }) =>
      nameMatches(confirmName, name) ? null : { confirmName: `Type ${name} exactly as it is shown.` },
    send: ({ confirmName }) => erase.mutate({ personId: person.id, confirmName }),
    errorsFrom: (error) => ({ confirmName: error.fields?.['confirmName'] ?? error.message }),
    sent: (result) => onErased(result),
  });

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
              Notes stay, because they hold what others said. Notes that mention {name} by name are listed
              next, for you to review.
            </li>
            <li>The workbench logs that an erasure happened, never what was erased.</li>
          </ul>
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
                form.reset({ confirmName: '' });
                form.clearErrors();
              },
            }}
          />
        </form>
      )}
    </div>
  );
}
