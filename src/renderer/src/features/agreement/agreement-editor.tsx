/**
 * Writing the agreement in the room: the statement, the actions (with SMART advice), who signs,
 * the review date and who receives a copy. Everything autosaves like a note (within a second,
 * flushed before a lock), and the whole agreement goes with every save. Editing an agreed
 * agreement saves as the next version; the agreed one stays as it was.
 */
import { useMemo, useState } from 'react';
import {
  agreementSaveInput,
  type Agreement,
  type AgreementState,
} from '../../../../shared/schemas/agreements';
import type { Participant } from '../../../../shared/schemas/people';
import { TextAreaField } from '../../components/form-fields';
import { TextField } from '../../components/text-field';
import { useFormValues } from '../../lib/form-values';
import { printedIn } from '../../lib/printed-in';
import { call } from '../../lib/api';
import { validate, type FieldErrors } from '../../lib/form-errors';
import { queryCache, setQueryData } from '../../lib/query';
import { useAutosave } from '../notes/use-autosave';
import { SaveIndicator } from '../notes/save-indicator';
import { ActionCard, type PersonOption } from './action-card';
import {
  asSaveInput,
  draftFrom,
  moveAction,
  newAction,
  setSigner,
  updateAction,
  type AgreementDraft,
  type DraftAction,
} from './agreement-draft';

interface Props {
  agreement: Agreement;
  unusedDrafts: AgreementState['unusedDrafts'];
  participants: Participant[];
  bottomLines: string[];
  today: string;
  /** Shown above the form when this edit will become a new version. */
  revising: boolean;
  onMarkAgreed(flush: () => Promise<void>): void;
  markingAgreed: boolean;
  /** Participants who have withdrawn from taking part: not offered as signers. */
  withdrawn: ReadonlySet<string>;
}

/** Field errors by action index, from paths like "actions.2.byWhen". */
function actionErrors(errors: FieldErrors, index: number): Record<string, string> {
  const prefix = `actions.${index}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}

export function AgreementEditor(props: Props) {
  const { agreement, participants } = props;
  const caseId = agreement.caseId;
  // Kept as a draft too: an edit the vault refuses (a date that does not exist) is not lost
  // by a tab switch while it is being put right.
  const form = useFormValues(`agreement-editor:${agreement.id}`, () => draftFrom(agreement));
  const draft = form.values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const autosave = useAutosave<AgreementDraft>(async (value) => {
    const problems = validate(agreementSaveInput, value);
    setErrors(problems ?? {});
    if (problems) throw new Error('Some fields need changing before the agreement can be saved.');
    const saved = await call('agreement:save', asSaveInput(value));
    setQueryData('agreement:get', { caseId }, saved);
    if (form.latest() === value) form.discard();
    // The print view and Today read the saved agreement too.
    for (const stale of ['agreement:document', 'today:get'] as const) queryCache.invalidate(stale);
  });
  const change = (next: AgreementDraft) => {
    form.set(next);
    autosave.change(form.latest());
  };
  const changeAction = (id: string, part: Partial<DraftAction>) => change(updateAction(draft, id, part));

  const people: PersonOption[] = useMemo(
    () => participants.map((p) => ({ id: p.id, name: p.person.preferredName })),
    [participants],
  );
  const harmed = useMemo(
    () =>
      participants
        .filter((p) => p.role === 'harmed')
        .map((p) => ({ id: p.id, name: p.person.preferredName })),
    [participants],
  );
  const offered = props.unusedDrafts.filter((d) => !draft.actions.some((a) => a.fromDraftId === d.id));

  return (
    <form
      className="agreement-editor"
      aria-label={`${agreement.title}, editing`}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <div className="agreement-editor-bar">
        <SaveIndicator status={autosave.status} lastSavedAt={agreement.updatedAt} />
        {props.revising ? (
          <p className="muted">
            Changes are saved as version{' '}
            {agreement.status === 'draft' ? agreement.version : agreement.version + 1}; the agreed version
            stays as it was.
          </p>
        ) : null}
      </div>
      <TextAreaField
        label="What this agreement is about"
        hint={`A short, neutral statement. No blame, nothing confidential. ${printedIn.agreement}`}
        autoComplete="off"
        value={draft.statement}
        rows={2}
        onChange={(e) => change({ ...draft, statement: e.target.value })}
        error={errors['statement']}
      />
      <TextField
        label="Place"
        hint={printedIn.agreement}
        autoComplete="off"
        value={draft.place}
        onChange={(e) => change({ ...draft, place: e.target.value })}
        error={errors['place']}
      />

      <section aria-labelledby="agreement-actions-h" className="agreement-actions">
        <h2 id="agreement-actions-h" className="section-title">
          Actions
        </h2>
        <p className="field-hint">{printedIn.agreement} Every field of each action is printed.</p>
        {errors['actions'] ? <p className="form-error">{errors['actions']}</p> : null}
        {draft.actions.length === 0 ? <p className="muted">No actions yet.</p> : null}
        <ol className="action-list">
          {draft.actions.map((action, i) => (
            <ActionCard
              key={action.id}
              action={action}
              number={i + 1}
              total={draft.actions.length}
              today={props.today}
              people={people}
              harmed={harmed}
              bottomLines={props.bottomLines}
              errors={actionErrors(errors, i)}
              onChange={(part) => changeAction(action.id, part)}
              onMove={(by) => change(moveAction(draft, action.id, by))}
              onRemove={() => change({ ...draft, actions: draft.actions.filter((a) => a.id !== action.id) })}
            />
          ))}
        </ol>
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => change({ ...draft, actions: [...draft.actions, newAction(crypto.randomUUID())] })}
          >
            Add an action
          </button>
        </div>
        {offered.length > 0 ? (
          <div className="agreement-offered">
            <p>Captured during the conference and not yet in the agreement:</p>
            <ul>
              {offered.map((d) => (
                <li key={d.id}>
                  {d.text}{' '}
                  <button
                    type="button"
                    className="button-link"
                    onClick={() =>
                      change({
                        ...draft,
                        actions: [...draft.actions, newAction(crypto.randomUUID(), d.text, d.id)],
                      })
                    }
                  >
                    Add to the agreement
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="agreement-signing-h">
        <h2 id="agreement-signing-h" className="section-title">
          Who signs
        </h2>
        <p className="muted">Some people prefer not to have a written agreement; that is their choice.</p>
        <ul className="signer-list">
          {participants.map((p) => {
            const current = draft.signers.find((s) => s.participantId === p.id)?.choice ?? 'none';
            if (props.withdrawn.has(p.id))
              return (
                <li key={p.id}>
                  <span className="signer-name">{p.person.preferredName}</span>{' '}
                  <span className="standing-note">withdrawn from taking part: not signing</span>
                </li>
              );
            return (
              <li key={p.id}>
                <label>
                  <span className="signer-name">{p.person.preferredName}</span>
                  <select
                    className="select"
                    value={current}
                    onChange={(e) =>
                      change(setSigner(draft, p.id, e.target.value as 'signs' | 'declines' | 'none'))
                    }
                  >
                    <option value="signs">Signs</option>
                    <option value="declines">Declines a written agreement</option>
                    <option value="none">Not part of the agreement</option>
                  </select>
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <div className="action-card-row">
        <TextField
          label="Review date"
          type="date"
          hint={printedIn.agreement}
          value={draft.reviewDate ?? ''}
          onChange={(e) => change({ ...draft, reviewDate: e.target.value || null })}
          error={errors['reviewDate']}
        />
        <TextField
          label="Who receives a copy"
          hint={printedIn.agreement}
          autoComplete="off"
          value={draft.copiesTo}
          onChange={(e) => change({ ...draft, copiesTo: e.target.value })}
          error={errors['copiesTo']}
        />
      </div>

      {agreement.status === 'draft' ? (
        <div className="button-row agreement-agree">
          <button
            type="button"
            className="button button-primary"
            disabled={props.markingAgreed}
            onClick={() => props.onMarkAgreed(() => autosave.flush())}
          >
            Mark as agreed
          </button>
          <span className="muted">Everyone has heard it read out and is happy with it.</span>
        </div>
      ) : null}
    </form>
  );
}
