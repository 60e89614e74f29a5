/**
 * The process on the continuum, and changing it: most often an informal conversation
 * escalated to a circle or a conference. The case keeps everything it had.
 */
import { useId, useState, type FormEvent } from 'react';
import { processTypes, type ProcessType } from '../../../../shared/domain/case-model';
import type { CaseRecord } from '../../../../shared/schemas/cases';
import { useMutation } from '../../lib/query';
import { afterCaseChange } from './case-queries';
import { SelectField } from '../../components/form-fields';
import { processHints } from './process-labels';

export function ProcessSection({ record }: { record: CaseRecord }) {
  const id = useId();
  const [to, setTo] = useState<ProcessType | ''>('');
  const [error, setError] = useState('');
  const [changedTo, setChangedTo] = useState<ProcessType | null>(null);
  const change = useMutation('case:changeProcessType', { invalidates: afterCaseChange });
  const others = (Object.keys(processTypes) as ProcessType[]).filter((p) => p !== record.processType);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    if (!to) return setError('Choose the process to change to.');
    const result = await change.mutate({ id: record.id, processType: to });
    if (result.ok) {
      setChangedTo(to);
      setTo('');
    } else setError(result.error.message);
  }

  return (
    <section className="case-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Process
      </h2>
      <p className="section-lead">
        <strong>{processTypes[record.processType]}</strong>: {processHints[record.processType].toLowerCase()}.
      </p>
      <form onSubmit={submit} noValidate className="inline-form">
        <SelectField
          label="Change the process to"
          hint="Escalating a conversation to a circle or a conference keeps everything: people, notes, meetings and the timeline stay with the case. Nothing is lost."
          placeholder="Choose a process"
          options={others.map((p) => ({ value: p, label: processTypes[p] }))}
          value={to}
          onChange={(e) => {
            setTo(e.target.value as ProcessType | '');
            setError('');
            setChangedTo(null);
          }}
          error={error || undefined}
        />
        <div className="actions actions-start">
          <button type="submit" className="button button-secondary" disabled={change.isPending}>
            Change process
          </button>
          <span className="inline-status" role="status">
            {changedTo ? `Now a ${processTypes[changedTo].toLowerCase()}. Nothing was lost.` : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
