/** The case's risk decision: open flags (edited on the People tab), decision, measures, who decided. */
import { useRef, useState, type FormEvent } from 'react';
import { riskDecisions, type RiskDecision } from '../../../../shared/domain/readiness';
import { riskAssessmentInput } from '../../../../shared/schemas/conference';
import { TextField } from '../../components/text-field';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useNavigation } from '../../lib/navigation';
import { useMutation, useQuery } from '../../lib/query';
import { formatDateTime } from '../cases/dates';
import { focusFirstInvalid, optionsOf, SelectField, TextAreaField } from '../../components/form-fields';
import { stale, type Plan } from './preparation-model';

export function RiskForm({ caseId, plan }: { caseId: string; plan: Plan }) {
  const { go } = useNavigation();
  const current = plan.riskAssessment;
  const flags = useQuery('risk:list', { caseId });
  const [decision, setDecision] = useState<RiskDecision | ''>(current?.decision ?? '');
  const [measures, setMeasures] = useState(current?.measures ?? '');
  const [decidedBy, setDecidedBy] = useState(current?.decidedBy ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const assess = useMutation('risk:assess', { invalidates: [...stale] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { caseId, decision, measures, decidedBy };
    const problems = validate(riskAssessmentInput, input);
    const result = problems ? null : await assess.mutate(input as Parameters<typeof assess.mutate>[0]);
    const found = problems ?? (result && !result.ok ? fieldErrorsFrom(result.error) : {});
    setErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(formRef.current);
  }
  return (
    <section id="prep-risk" tabIndex={-1} aria-labelledby="prep-risk-h" className="prep-risk prep-box">
      <h2 id="prep-risk-h">Risk assessment</h2>
      <p>
        Open risk flags: {flags.data ? flags.data.length : '…'}{' '}
        <button
          type="button"
          className="button-link inline-link"
          onClick={() => go({ area: 'case', caseId, tab: 'people' })}
        >
          Edit risk flags on the People tab
        </button>
      </p>
      {current ? (
        <p>
          Decision: {riskDecisions[current.decision]}, decided by {current.decidedBy} on{' '}
          {formatDateTime(current.decidedAt)}.
        </p>
      ) : null}
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          label="Decision"
          value={decision}
          onChange={(e) => setDecision(e.target.value as RiskDecision)}
          options={optionsOf(riskDecisions)}
          placeholder="Choose…"
          error={errors.decision}
          required
        />
        <TextAreaField
          label="Measures"
          value={measures}
          onChange={(e) => setMeasures(e.target.value)}
          rows={2}
          error={errors.measures}
        />
        <TextField
          label="Who decided"
          value={decidedBy}
          onChange={(e) => setDecidedBy(e.target.value)}
          error={errors.decidedBy}
          required
        />
        <button type="submit" className="button button-primary" disabled={assess.isPending}>
          Record the risk decision
        </button>
        {errors._ ? <p role="alert">{errors._}</p> : null}
      </form>
    </section>
  );
}
