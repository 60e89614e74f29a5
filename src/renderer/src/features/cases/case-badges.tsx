/** Small labels for a case: its status, and the calm reasons it may need a look. */
import { caseStatuses, type CaseStatus } from '../../../../shared/domain/case-model';

export function StatusBadge({ status, archived }: { status: CaseStatus; archived?: boolean }) {
  return (
    <>
      <span className={`badge badge-status badge-${status}`}>{caseStatuses[status]}</span>
      {archived ? <span className="badge badge-archived">Archived</span> : null}
    </>
  );
}

export function AttentionBadges({ labels }: { labels: readonly string[] }) {
  if (labels.length === 0) return null;
  return (
    <ul className="attention-list" aria-label="Needs attention">
      {labels.map((label) => (
        <li key={label} className="badge badge-attention">
          {label}
        </li>
      ))}
    </ul>
  );
}
