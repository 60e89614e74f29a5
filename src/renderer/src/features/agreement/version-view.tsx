/**
 * An earlier version of the agreement, exactly as it was: the same editor, read-only.
 */
import { useQuery } from '../../lib/query';
import { AgreementEditor } from './agreement-editor';
import { toDraft } from './agreement-mapping';
import { usePeople } from './agreement-workspace';

export function VersionView({
  caseId,
  versionId,
  isFamilyPlan,
  onClose,
}: {
  caseId: string;
  versionId: string;
  isFamilyPlan: boolean;
  onClose(): void;
}) {
  const version = useQuery('agreement:version', { id: versionId });
  const { people, harmed } = usePeople(caseId);
  const back = (
    <button type="button" className="button-link" onClick={onClose}>
      ← Back to the current version
    </button>
  );
  if (version.error) {
    return (
      <div>
        {back}
        <p className="form-error" role="alert">
          {version.error.message}
        </p>
      </div>
    );
  }
  if (!version.data) return <p className="muted">Opening the version…</p>;
  const v = version.data;
  return (
    <section className="agreement-section" aria-labelledby="version-heading">
      {back}
      <h2 id="version-heading">
        {v.title}, version {v.version} (read only)
      </h2>
      <AgreementEditor
        draft={toDraft(v)}
        people={people}
        harmed={harmed}
        isFamilyPlan={isFamilyPlan}
        bottomLines={v.bottomLines.map((b) => b.text)}
        familyLead={v.familyLead?.name ?? null}
        adviceFor={() => []}
        readOnly
        onChange={() => undefined}
      />
    </section>
  );
}
