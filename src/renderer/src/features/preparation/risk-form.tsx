/** The case's risk decision: open flags (edited on the People tab), decision, measures, who decided. */
import { riskDecisions, type RiskDecision } from '../../../../shared/domain/readiness';
import { riskAssessmentInput } from '../../../../shared/schemas/conference';
import { TextField } from '../../components/text-field';
import { validate } from '../../lib/form-errors';
import { useNavigation } from '../../lib/navigation';
import { useMutation, useQuery } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { formatDateTime } from '../cases/dates';
import { optionsOf, SelectField, TextAreaField } from '../../components/form-fields';
import { stale, type Plan } from './preparation-model';

export function RiskForm({ caseId, plan }: { caseId: string; plan: Plan }) {
  const { go } = useNavigation();
  const current = plan.riskAssessment;
  const flags = useQuery('risk:list', { caseId });
  const assess = useMutation('risk:assess', { invalidates: [...stale] });
  const form = useForm({
    key: `risk-assessment:${caseId}`,
    initial: () => ({
      decision: (current?.decision ?? '') as RiskDecision | '',
      measures: current?.measures ?? '',
      decidedBy: current?.decidedBy ?? '',
    }),
    check: (values) => validate(riskAssessmentInput, { caseId, ...values }),
    send: (values) => assess.mutate({ caseId, ...values } as Parameters<typeof assess.mutate>[0]),
    focus: 'first-invalid',
  });
  const { values, errors, formRef } = form;

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
      {plan.riskHistory.length > 1 ? (
        <details className="prep-history">
          <summary>Earlier decisions ({plan.riskHistory.length - 1})</summary>
          <ol>
            {plan.riskHistory.slice(1).map((d) => (
              <li key={d.decidedAt}>
                {riskDecisions[d.decision]}, decided by {d.decidedBy} on {formatDateTime(d.decidedAt)}
                {d.measures ? `. Measures: ${d.measures}` : '.'}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <p className="field-hint">A new decision is added to the record; earlier ones stay readable.</p>
      <form ref={formRef} onSubmit={(e) => void form.submit(e)} noValidate>
        <SelectField
          label="Decision"
          value={values.decision}
          onChange={(e) => form.set({ decision: e.target.value as RiskDecision })}
          options={optionsOf(riskDecisions)}
          placeholder="Choose…"
          error={errors.decision}
          required
        />
        <TextAreaField
          label="Measures"
          value={values.measures}
          onChange={(e) => form.set({ measures: e.target.value })}
          rows={2}
          error={errors.measures}
        />
        <TextField label="Who decided" {...form.field('decidedBy')} required />
        <button type="submit" className="button button-primary" disabled={form.busy}>
          Record the risk decision
        </button>
        {errors._ ? <p role="alert">{errors._}</p> : null}
      </form>
    </section>
  );
}
