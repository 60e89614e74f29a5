/**
 * The open agreement: its version and status at the top, the editor (autosaved like a note,
 * and flushed before a lock), "Mark as agreed", the versions list, and below it the
 * documents, follow-up and review. The draft lives here; each save sends the whole draft,
 * and the answer only updates the cache, never the text being typed.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { agreementStatuses } from '../../../../shared/domain/agreement';
import { roles, type Role } from '../../../../shared/domain/case-model';
import type { AgreementState } from '../../../../shared/schemas/agreements';
import { call } from '../../lib/api';
import { toWorkbenchError } from '../../lib/form-errors';
import { setQueryData, useMutation, useQuery } from '../../lib/query';
import { SaveIndicator } from '../notes/save-indicator';
import { useAutosave } from '../notes/use-autosave';
import type { PersonOption } from './action-card';
import { addAction, blankAction, type AgreementDraft } from './agreement-draft';
import { AgreementEditor } from './agreement-editor';
import { adviceForDraft, toDraft, toSaveInput, todayIso, type Agreement } from './agreement-mapping';
import { DocumentsSection } from './documents-section';
import { FollowUpSection } from './follow-up-section';
import { VersionsList } from './versions-list';

interface Props {
  caseId: string;
  agreement: Agreement;
  unusedDrafts: AgreementState['unusedDrafts'];
  versions: AgreementState['versions'];
  isFamilyPlan: boolean;
  onOpenVersion(id: string): void;
}

export function usePeople(caseId: string): { people: PersonOption[]; harmed: PersonOption[] } {
  const participants = useQuery('participant:list', { caseId });
  const labels = useQuery('settings:get').data?.roleLabels;
  return useMemo(() => {
    const list = participants.data ?? [];
    const people = list.map((p) => ({
      participantId: p.id,
      name: p.person.preferredName,
      role: labels?.[p.role as Role] || roles[p.role as Role],
    }));
    const harmedIds = new Set(list.filter((p) => p.role === 'harmed').map((p) => p.id));
    return { people, harmed: people.filter((p) => harmedIds.has(p.participantId)) };
  }, [participants.data, labels]);
}

export function AgreementWorkspace(props: Props) {
  const { caseId, agreement, isFamilyPlan } = props;
  const { people, harmed } = usePeople(caseId);
  const [draft, setDraft] = useState<AgreementDraft>(() => toDraft(agreement));
  const [lastSavedAt, setLastSavedAt] = useState<string | null>(agreement.updatedAt);
  /** The version the draft was loaded from: a save that starts a new version changes it. */
  const shownVersion = useRef(agreement.id);

  const autosave = useAutosave<AgreementDraft>(async (sent) => {
    const state = await call('agreement:save', toSaveInput(caseId, sent));
    setQueryData('agreement:get', { caseId }, state);
    if (state.agreement) {
      shownVersion.current = state.agreement.id;
      setLastSavedAt(state.agreement.updatedAt);
    }
  });

  const change = useCallback(
    (next: AgreementDraft) => {
      setDraft(next);
      autosave.change(next);
    },
    [autosave],
  );

  const markAgreed = useMutation('agreement:markAgreed', {
    onSuccess: (value) => setQueryData('agreement:get', { caseId }, value),
  });

  const advice = useMemo(() => adviceForDraft(draft, todayIso()), [draft]);
  const closed = agreement.status === 'closed';
  const agreed = agreement.status === 'agreed';
  const name = isFamilyPlan ? 'family plan' : 'agreement';

  return (
    <div className="agreement">
      <section className="agreement-section" aria-labelledby="agreement-heading">
        <div className="agreement-top">
          <h2 id="agreement-heading">
            {agreement.title}, version {agreement.version}
          </h2>
          <span className="agreement-status">{agreementStatuses[agreement.status]}</span>
          <SaveIndicator status={autosave.status} lastSavedAt={lastSavedAt} />
        </div>
        {autosave.status.kind === 'failed' ? (
          <p className="form-error" role="alert">
            {saveProblem(autosave.status.error)} What you typed is still here; saving is tried again.
          </p>
        ) : null}
        {agreed ? (
          <p className="agreement-readonly-note">
            Agreed. Changing anything starts version {agreement.version + 1}; this version stays readable.
          </p>
        ) : null}
        {closed ? (
          <p className="agreement-readonly-note">Closed after the review. It can be read but not changed.</p>
        ) : null}
        {!closed && props.unusedDrafts.length > 0 ? (
          <div className="agreement-readonly-note">
            <p>
              {props.unusedDrafts.length} more draft action
              {props.unusedDrafts.length === 1 ? ' was' : 's were'} added in run mode.
            </p>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                let next = draft;
                for (const d of props.unusedDrafts)
                  next = addAction(next, { ...blankAction(d.text), fromDraftId: d.id });
                change(next);
              }}
            >
              Add them to the {name}
            </button>
          </div>
        ) : null}
        <AgreementEditor
          draft={draft}
          people={people}
          harmed={harmed}
          isFamilyPlan={isFamilyPlan}
          bottomLines={agreement.bottomLines.map((b) => b.text)}
          familyLead={agreement.familyLead?.name ?? null}
          adviceFor={(key) => advice[key] ?? []}
          readOnly={closed}
          onChange={change}
        />
        {agreement.status === 'draft' ? (
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={markAgreed.isPending}
              onClick={async () => {
                // What was typed a moment ago is part of what people agreed to.
                await autosave.flush().catch(() => undefined);
                await markAgreed.mutate({ caseId });
              }}
            >
              Mark as agreed
            </button>
            {markAgreed.error ? (
              <p className="form-error" role="alert">
                {markAgreed.error.message}
              </p>
            ) : null}
          </div>
        ) : null}
      </section>
      <VersionsList versions={props.versions} currentId={agreement.id} onOpen={props.onOpenVersion} />
      <DocumentsSection
        caseId={caseId}
        agreement={agreement}
        draft={draft}
        people={people}
        flush={() => autosave.flush()}
      />
      {agreement.status !== 'draft' ? (
        <FollowUpSection caseId={caseId} agreement={agreement} harmed={harmed} />
      ) : null}
    </div>
  );
}

/** The first field problem in words ("The statement contains characters that cannot be stored."). */
function saveProblem(error: unknown): string {
  const e = toWorkbenchError(error);
  const field = e.fields ? Object.values(e.fields)[0] : undefined;
  return field ?? e.message;
}
