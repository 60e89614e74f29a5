/** PLACEHOLDER (being built): one case with tabs (overview, people, notes). */
import type { CaseTab } from '../../lib/navigation';

export function CasePage({ caseId }: { caseId: string; tab: CaseTab; noteId?: string | undefined }) {
  return <p data-case={caseId}>Case</p>;
}
