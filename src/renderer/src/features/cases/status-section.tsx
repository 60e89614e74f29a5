/**
 * Where the case is on the pipeline, drawn as steps, and the control to move it. Closing
 * always asks why (the reason list from the case model; "Other" needs a few words).
 */
import { useId, useState, type FormEvent } from 'react';
import {
  caseStatuses,
  closureReasons,
  type CaseStatus,
  type ClosureReason,
} from '../../../../shared/domain/case-model';
import { caseStatusInput, type CaseRecord } from '../../../../shared/schemas/cases';
import { TextField } from '../../components/text-field';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { afterCaseChange } from './case-queries';
import { focusFirstInvalid, optionsOf, SelectField } from '../../components/form-fields';
import { closureLabel, moveButtonLabel, moveChoices, statusSteps, type StepState } from './status-steps';

const stateWords: Record<StepState, string> = {
  done: 'done',
  current: 'current stage',
  upcoming: 'not yet',
  'not-reached': 'not reached',
};

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
      <StatusMoveForm record={record} />
    </section>
  );
}

function StatusMoveForm({ record }: { record: CaseRecord }) {
  const choices = moveChoices(record.status);
  const [to, setTo] = useState<CaseStatus>(choices[0]!);
  const [reason, setReason] = useState<ClosureReason | ''>('');
  const [detail, setDetail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const move = useMutation('case:setStatus', { invalidates: afterCaseChange });

  // Once the case has moved, the form starts again from the new stage (it stays mounted so
  // the keyboard focus stays on it).
  const [seen, setSeen] = useState(record.status);
  if (seen !== record.status) {
    setSeen(record.status);
    setTo(choices[0]!);
    setReason('');
    setDetail('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (move.isPending) return;
    const input = {
      id: record.id,
      status: to,
      ...(to === 'closed' ? { closureReason: reason || undefined } : {}),
      ...(to === 'closed' && reason === 'other' ? { closureDetail: detail } : {}),
    };
    const problems = validate(caseStatusInput, input);
    if (problems) {
      setErrors(problems);
      focusFirstInvalid(form);
      return;
    }
    const result = await move.mutate(input);
    if (!result.ok) setErrors(fieldErrorsFrom(result.error));
  }

  return (
    <form ref={setForm} className="inline-form" onSubmit={submit} noValidate>
      <div className="move-row">
        <SelectField
          label="Move the case to"
          options={choices.map((s) => ({ value: s, label: caseStatuses[s] }))}
          value={to}
          onChange={(e) => {
            setTo(e.target.value as CaseStatus);
            setErrors({});
          }}
        />
        {to === 'closed' ? (
          <SelectField
            label="Reason for closing"
            placeholder="Choose a reason"
            options={optionsOf(closureReasons)}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value as ClosureReason | '');
              setErrors({});
            }}
            error={errors['closureReason']}
          />
        ) : null}
        {to === 'closed' && reason === 'other' ? (
          <TextField
            label="Describe the reason"
            value={detail}
            onChange={(e) => {
              setDetail(e.target.value);
              setErrors({});
            }}
            error={errors['closureDetail']}
            autoComplete="off"
          />
        ) : null}
        <div className="move-submit">
          <button type="submit" className="button button-primary" disabled={move.isPending}>
            {moveButtonLabel(to)}
          </button>
        </div>
      </div>
      {errors['_'] ? (
        <p className="form-error" role="alert">
          {errors['_']}
        </p>
      ) : null}
    </form>
  );
}
