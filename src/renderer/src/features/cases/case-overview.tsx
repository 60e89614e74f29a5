/** The Overview tab: where the case is, the referral, meetings, the process, the timeline. */
import type { CaseRecord } from '../../../../shared/schemas/cases';
import { ArchiveSection } from './archive-section';
import { CaseTimeline } from './case-timeline';
import { MeetingsSection } from './meetings-section';
import { ProcessSection } from './process-section';
import { ReferralSection } from './referral-section';
import { StatusSection } from './status-section';

export function CaseOverview({ record }: { record: CaseRecord }) {
  return (
    <div className="case-overview">
      <StatusSection record={record} />
      <div className="overview-columns">
        <div className="overview-column">
          <ReferralSection record={record} />
        </div>
        <div className="overview-column">
          <MeetingsSection caseId={record.id} />
          <ProcessSection record={record} />
          <ArchiveSection record={record} />
        </div>
      </div>
      <CaseTimeline caseId={record.id} />
    </div>
  );
}
