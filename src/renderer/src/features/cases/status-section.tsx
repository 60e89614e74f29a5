/**
 * Where the case is on the pipeline, drawn as steps, and the control to move it. Closing
 * always asks why (the reason list from the case model; "Other" needs a few words).
 */
import { useId } from 'react';
import {
  caseStatuses,
  closureReasons,
  type CaseStatus,
  type ClosureReason,
} from '../../../../shared/domain/case-model';
import { caseStatusInput, type CaseRecord } from '../../../../shared/schemas/cases';
import { TextField } from '../../components/text-field';
import { FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { afterCaseChange } from './case-queries';
import { optionsOf, SelectField } from '../../components/form-fields';
import { closureLabel, moveButtonLabel, moveChoices, statusSteps, type StepState } from './status-steps';

const stateWords: Record<StepState, string> = {
  done: 'done',
  current: 'current stage',
  upcoming: 'not yet',
  'not-reached': 'not reached',
};

interface MoveValues {
  to: CaseStatus;
  reason: ClosureReason | '';
  detail: string;
}

export function StatusSection({ record }: { record: CaseRecord }) {
  const id = useId();
  const steps = statusSteps(record.status, record.closureReason);
  return (
    <section className="case-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Status
      </h2>
      <ol className="status-steps">
        {steps.map((step) => (
          <li
            key={step.status}
            className={`status-step is-${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span className="step-dot" aria-hidden="true" />
            <span className="step-label">{step.label}</span>
            <span className="visually-hidden">, {stateWords[step.state]}</span>
          </li>
        ))}
      </ol>
      {record.status === 'closed' ? (
        <p className="closure-line">{closureLabel(record.closureReason, record.closureDetail)}</p>
      ) : null}
      <p className="visually-hidden" role="status">
        {`Current stage: ${caseStatuses[record.status]}.`}
      </p>
      {record.closeSuggested ? <CloseAsCompleted record={record} /> : null}
      <StatusMoveForm record={record} />
    </section>
  );
}

/** After the review, one step to close the case as completed (it stays a deliberate act). */
function CloseAsCompleted({ record }: { record: CaseRecord }) {
  const move = useMutation('case:setStatus', { invalidates: afterCaseChange });
  return (
    <div className="close-suggested">
      <p>The review is recorded. If the work is finished, close the case as completed.</p>
      <button
        type="button"
        className="button button-secondary"
        disabled={move.isPending}
        onClick={() => void move.mutate({ id: record.id, status: 'closed', closureReason: 'completed' })}
      >
        Close as completed
      </button>
      <FormError error={move.error?.message} />
    </div>
  );
}

function StatusMoveForm({ record }: { record: CaseRecord }) {
  const choices = moveChoices(record.status);
  const move = useMutation('case:setStatus', { invalidates: afterCaseChange });
  const inputOf = ({ to, reason, detail }: MoveValues) => ({
    id: record.id,
    status: to,
    ...(to === 'closed' ? { closureReason: reason || undefined } : {}),
    ...(to === 'closed' && reason === 'other' ? { closureDetail: detail } : {}),
  });
  const form = useForm({
    // Once the case has moved, the form starts again from the new stage (it stays mounted so
    // the keyboard focus stays on it): a new stage is a new key.
    key: `case-status:${record.id}:${record.status}`,
    initial: (): MoveValues => ({ to: choices[0]!, reason: '', detail: '' }),
    check: (values) => validate(caseStatusInput, inputOf(values)),
    send: (values) => move.mutate(inputOf(values)),
    focus: 'first-invalid-before-send',
  });
  const { values, errors, formRef } = form;
  const change = (patch: Partial<MoveValues>) => {
    form.set(patch);
    form.clearErrors();
  };

  return (
    <form ref={formRef} className="inline-form" onSubmit={form.submit} noValidate>
      <div className="move-row">
        <SelectField
          label="Move the case to"
          options={choices.map((s) => ({ value: s, label: caseStatuses[s] }))}
          value={values.to}
          onChange={(e) => change({ to: e.target.value as CaseStatus })}
        />
        {values.to === 'closed' ? (
          <SelectField
            label="Reason for closing"
            placeholder="Choose a reason"
            options={optionsOf(closureReasons)}
            value={values.reason}
            onChange={(e) => change({ reason: e.target.value as ClosureReason | '' })}
            error={errors['closureReason']}
          />
        ) : null}
        {values.to === 'closed' && values.reason === 'other' ? (
          <TextField
            label="Describe the reason"
            value={values.detail}
            onChange={(e) => change({ detail: e.target.value })}
            error={errors['closureDetail']}
            autoComplete="off"
          />
        ) : null}
        <div className="move-submit">
          <button type="submit" className="button button-primary" disabled={form.busy}>
            {moveButtonLabel(values.to)}
          </button>
        </div>
      </div>
      <FormError error={errors['_']} />
    </form>
  );
}
