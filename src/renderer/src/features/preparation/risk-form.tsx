/** The case's risk decision: open flags (edited on the People tab), decision, measures, who decided. */
import { useState } from 'react';
import { riskDecisions, type RiskDecision } from '../../../../shared/domain/readiness';
import { useNavigation } from '../../lib/navigation';
import { useMutation, useQuery } from '../../lib/query';
import { formatDateTime } from '../cases/dates';
import { stale } from './preparation-model';
import type { Plan } from './preparation-tab';

export function RiskForm({ caseId, plan }: { caseId: string; plan: Plan }) {
  const { go } = useNavigation();
  const current = plan.riskAssessment;
  const flags = useQuery('risk:list', { caseId });
  const [decision, setDecision] = useState<RiskDecision | ''>(current?.decision ?? '');
  const [measures, setMeasures] = useState(current?.measures ?? '');
  const [decidedBy, setDecidedBy] = useState(current?.decidedBy ?? '');
  const assess = useMutation('risk:assess', { invalidates: [...stale] });
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
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (decision) void assess.mutate({ caseId, decision, measures, decidedBy });
        }}
      >
        <label>
          Decision
          <select
            className="select"
            value={decision}
            onChange={(e) => setDecision(e.target.value as RiskDecision)}
            required
          >
            <option value="">Choose…</option>
            {Object.entries(riskDecisions).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Measures
          <textarea
            className="input input-multiline"
            value={measures}
            onChange={(e) => setMeasures(e.target.value)}
            rows={2}
          />
        </label>
        <label>
          Who decided
          <input
            className="input"
            value={decidedBy}
            onChange={(e) => setDecidedBy(e.target.value)}
            required
          />
        </label>
        <button type="submit" className="button button-primary" disabled={assess.isPending}>
          Record the risk decision
        </button>
        {assess.error ? <p role="alert">{assess.error.message}</p> : null}
      </form>
    </section>
  );
}
