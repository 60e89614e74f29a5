/**
 * The process on the continuum, and changing it: most often an informal conversation
 * escalated to a circle or a conference. The case keeps everything it had.
 */
import { useId, useState } from 'react';
import { processTypes, type ProcessType } from '../../../../shared/domain/case-model';
import type { CaseRecord } from '../../../../shared/schemas/cases';
import { FormActions } from '../../components/form-actions';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { afterCaseChange } from './case-queries';
import { SelectField } from '../../components/form-fields';
import { processHints } from './process-labels';

export function ProcessSection({ record }: { record: CaseRecord }) {
  const id = useId();
  const [changedTo, setChangedTo] = useState<ProcessType | null>(null);
  const change = useMutation('case:changeProcessType', { invalidates: afterCaseChange });
  const others = (Object.keys(processTypes) as ProcessType[]).filter((p) => p !== record.processType);
  const form = useForm({
    key: `case-process:${record.id}`,
    initial: { to: '' as ProcessType | '' },
    check: ({ to }) => (to ? null : { to: 'Choose the process to change to.' }),
    send: ({ to }) => change.mutate({ id: record.id, processType: to as ProcessType }),
    errorsFrom: (error) => ({ to: error.message }),
    sent: (_, { to }) => {
      setChangedTo(to || null);
      return { to: '' as const };
    },
  });

  return (
    <section className="case-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Process
      </h2>
      <p className="section-lead">
        <strong>{processTypes[record.processType]}</strong>: {processHints[record.processType].toLowerCase()}.
      </p>
      <form onSubmit={form.submit} noValidate className="inline-form">
        <SelectField
          label="Change the process to"
          hint="Escalating a conversation to a circle or a conference keeps everything: people, notes, meetings and the timeline stay with the case. Nothing is lost."
          placeholder="Choose a process"
          options={others.map((p) => ({ value: p, label: processTypes[p] }))}
          value={form.values.to}
          onChange={(e) => {
            form.set({ to: e.target.value as ProcessType | '' });
            form.clearErrors();
            setChangedTo(null);
          }}
          error={form.errors['to'] || undefined}
        />
        <FormActions submit="Change process" tone="secondary" busy={form.busy}>
          <span className="inline-status" role="status">
            {changedTo ? `Now a ${processTypes[changedTo].toLowerCase()}. Nothing was lost.` : ''}
          </span>
        </FormActions>
      </form>
    </section>
  );
}
