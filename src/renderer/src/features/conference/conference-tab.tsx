/**
 * The Conference tab: logistics and who is invited, the seating plan, the run sheet and, for a
 * family group conference, the extras. Each section saves through conference:update (or
 * saveRunSheet) and the answer from main becomes the cached plan.
 */
import type { ProcessType } from '../../../../shared/domain/case-model';
import { useQuery } from '../../lib/query';
import { ShuttlePanel } from '../shuttle/shuttle-panel';
import { ConferenceNotices } from './conference-notices';
import { FgcExtras } from './fgc-extras';
import { LogisticsSection } from './logistics-section';
import { RunSheetSection } from './run-sheet-section';
import { SeatingPlan } from './seating-plan';
import '../../styles/conference.css';

export function ConferenceTab({ caseId, processType }: { caseId: string; processType: ProcessType }) {
  const plan = useQuery('conference:get', { caseId });
  const participants = useQuery('participant:list', { caseId });
  const settings = useQuery('settings:get');
  // The message log stays in view after the process changes: what was carried is part of the case.
  const shuttle = useQuery('shuttle:list', { caseId });
  if (plan.error) {
    return (
      <p className="form-error" role="alert">
        {plan.error.message}
      </p>
    );
  }
  if (!plan.data || !participants.data) return <p className="muted">Loading the conference plan…</p>;
  const labels = settings.data?.roleLabels;
  return (
    <div className="conference">
      <ConferenceNotices plan={plan.data} />
      <LogisticsSection plan={plan.data} participants={participants.data} roleLabels={labels} />
      <SeatingPlan plan={plan.data} participants={participants.data} roleLabels={labels} />
      {processType === 'family_group_conference' ? (
        <FgcExtras plan={plan.data} participants={participants.data} />
      ) : null}
      <RunSheetSection plan={plan.data} participants={participants.data} processType={processType} />
      {processType === 'indirect' || (shuttle.data?.length ?? 0) > 0 ? (
        <ShuttlePanel caseId={caseId} />
      ) : null}
    </div>
  );
}
