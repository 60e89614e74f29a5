/** PLACEHOLDER (being built): logistics, seating, run sheet, FGC extras. */
import type { ProcessType } from '../../../../shared/domain/case-model';

export function ConferenceTab({ caseId }: { caseId: string; processType: ProcessType }) {
  return <p data-case={caseId}>Conference</p>;
}
