/**
 * The Agreement tab (the Family plan for a family group conference). Before there is an
 * agreement it offers to start one from the draft actions captured in run mode. Then it is
 * the editor, autosaved like a note (flushed before a lock), with "Mark as agreed"; editing an
 * agreed version makes the next version, and earlier versions open read-only. Documents,
 * printing, follow-up and the review sit underneath once the agreement exists.
 */
import { useState } from 'react';
import type { ProcessType } from '../../../../shared/domain/case-model';
import { setQueryData, useMutation, useQuery } from '../../lib/query';
import { AgreementWorkspace } from './agreement-workspace';
import { VersionView } from './version-view';
import '../../styles/agreement.css';

export function AgreementTab({ caseId, processType }: { caseId: string; processType: ProcessType }) {
  const isFamilyPlan = processType === 'family_group_conference';
  const name = isFamilyPlan ? 'family plan' : 'agreement';
  const state = useQuery('agreement:get', { caseId });
  const start = useMutation('agreement:start', {
    invalidates: ['run:draftActions', 'case:timeline'],
    onSuccess: (value) => setQueryData('agreement:get', { caseId }, value),
  });
  const [openVersion, setOpenVersion] = useState<string | null>(null);

  if (state.error) {
    return (
      <p className="form-error" role="alert">
        {state.error.message}
      </p>
    );
  }
  if (state.data === undefined) return <p className="muted">Loading the {name}…</p>;

  if (openVersion) {
    return (
      <VersionView
        caseId={caseId}
        versionId={openVersion}
        isFamilyPlan={isFamilyPlan}
        onClose={() => setOpenVersion(null)}
      />
    );
  }

  const { agreement, unusedDrafts, versions } = state.data;
  if (agreement === null) {
    const items = unusedDrafts;
    return (
      <section className="agreement-section" aria-labelledby="agreement-start-heading">
        <h2 id="agreement-start-heading">{isFamilyPlan ? 'Family plan' : 'Agreement'}</h2>
        {items.length > 0 ? (
          <>
            <p>These actions were added during the conference:</p>
            <ol className="draft-action-list">
              {items.map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">
            No actions were added during the conference. You can start with an empty {name}.
          </p>
        )}
        <button
          type="button"
          className="button button-primary"
          disabled={start.isPending}
          onClick={() => void start.mutate({ caseId })}
        >
          {items.length > 0
            ? `Start the ${name} from ${items.length} draft action${items.length === 1 ? '' : 's'}`
            : `Start the ${name}`}
        </button>
        {start.error ? (
          <p className="form-error" role="alert">
            {start.error.message}
          </p>
        ) : null}
      </section>
    );
  }

  return (
    <AgreementWorkspace
      caseId={caseId}
      agreement={agreement}
      unusedDrafts={unusedDrafts}
      versions={versions}
      isFamilyPlan={isFamilyPlan}
      onOpenVersion={setOpenVersion}
    />
  );
}
