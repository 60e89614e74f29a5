/**
 * Every version of the agreement, newest first; an earlier one opens read-only.
 */
import type { AgreementState } from '../../../../shared/schemas/agreements';
import { agreementStatuses, type AgreementStatus } from '../../../../shared/domain/agreement';
import { shortDate } from './agreement-mapping';

export function VersionsList({
  versions,
  currentId,
  onOpen,
}: {
  versions: AgreementState['versions'];
  currentId: string;
  onOpen(id: string): void;
}) {
  if (versions.length < 2) return null;
  const label = (status: string) => agreementStatuses[status as AgreementStatus] ?? status;
  return (
    <section className="agreement-section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <ul className="versions-list">
        {versions.map((v) => (
          <li key={v.id}>
            {v.id === currentId ? (
              <span>
                Version {v.version} ({label(v.status)}), open above
              </span>
            ) : (
              <button type="button" className="button-link" onClick={() => onOpen(v.id)}>
                Read version {v.version} ({label(v.status)}
                {v.agreedAt ? `, agreed ${shortDate(v.agreedAt)}` : ''})
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
