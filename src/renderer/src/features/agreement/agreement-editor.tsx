/**
 * The agreement editor used in the room: the neutral statement, the actions as cards, and
 * the closing details (review date, place, who receives a copy, who signs or declines). For a family
 * group conference it is the family plan: a family lead and the referrer's bottom lines, each
 * shown as met by the actions ticked against it, or not met. Everything here is controlled:
 * the tab owns the draft and autosaves it. The family lead is chosen in the Conference tab.
 */
import { useEffect, useId, useRef } from 'react';
import { ActionCard, type PersonOption } from './action-card';
import {
  addAction,
  blankAction,
  moveAction,
  removeAction,
  toggleBottomLine,
  updateAction,
  type AgreementDraft,
  type SignChoice,
} from './agreement-draft';

export interface AgreementEditorProps {
  draft: AgreementDraft;
  people: PersonOption[];
  harmed: PersonOption[];
  isFamilyPlan: boolean;
  bottomLines: string[];
  familyLead: string | null;
  adviceFor(actionKey: string): string[];
  readOnly: boolean;
  onChange(next: AgreementDraft): void;
}

const signLabels: Record<SignChoice, string> = {
  undecided: 'Not asked yet',
  signs: 'Signs',
  declines: 'Declines a written agreement',
};

export function AgreementEditor(props: AgreementEditorProps) {
  const { draft, readOnly, onChange } = props;
  const ids = useId();
  const list = useRef<HTMLOListElement>(null);
  /** After "Add an action", the new card's first field takes the focus (keyboard path). */
  const focusNew = useRef<string | null>(null);
  useEffect(() => {
    const key = focusNew.current;
    if (!key) return;
    focusNew.current = null;
    list.current?.querySelector<HTMLElement>(`[data-action-key="${CSS.escape(key)}"] textarea`)?.focus();
  });
  const title = props.isFamilyPlan ? 'plan' : 'agreement';

  return (
    <div className="agreement-editor">
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-statement`}>
          What this {title} is about
        </label>
        <p className="field-hint" id={`${ids}-statement-hint`}>
          A short, neutral statement everyone can agree with.
        </p>
        <textarea
          id={`${ids}-statement`}
          className="input textarea agreement-statement"
          value={draft.statement}
          maxLength={4_000}
          readOnly={readOnly}
          aria-describedby={`${ids}-statement-hint`}
          onChange={(e) => onChange({ ...draft, statement: e.target.value })}
        />
      </div>

      {props.isFamilyPlan ? (
        <p className="agreement-lead">
          Family lead:{' '}
          <strong>{props.familyLead ?? 'not named yet (choose one in the Conference tab)'}</strong>
        </p>
      ) : null}

      <h3 className="agreement-subheading">Actions</h3>
      {draft.actions.length === 0 ? <p className="muted">No actions yet.</p> : null}
      <ol className="action-list" aria-label="Actions" ref={list}>
        {draft.actions.map((action, index) => (
          <ActionCard
            key={action.key}
            action={action}
            index={index}
            count={draft.actions.length}
            people={props.people}
            harmed={props.harmed}
            bottomLines={props.isFamilyPlan ? props.bottomLines : []}
            advice={props.adviceFor(action.key)}
            readOnly={readOnly}
            onChange={(patch) => onChange(updateAction(draft, action.key, patch))}
            onToggleBottomLine={(line) => onChange(toggleBottomLine(draft, action.key, line))}
            onMove={(by) => onChange(moveAction(draft, action.key, by))}
            onRemove={() => onChange(removeAction(draft, action.key))}
          />
        ))}
      </ol>
      {readOnly ? null : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            const action = blankAction();
            focusNew.current = action.key;
            onChange(addAction(draft, action));
          }}
        >
          Add an action
        </button>
      )}

      {props.isFamilyPlan && props.bottomLines.length > 0 ? (
        <section className="bottom-line-check" aria-labelledby={`${ids}-bl`}>
          <h3 id={`${ids}-bl`} className="agreement-subheading">
            Bottom lines
          </h3>
          <ul className="bottom-line-list">
            {props.bottomLines.map((line, i) => {
              const meeting = draft.actions
                .map((a, n) => (a.bottomLines.includes(i) ? n + 1 : null))
                .filter((n): n is number => n !== null);
              return (
                <li key={i} className={meeting.length > 0 ? 'bottom-line-met' : 'bottom-line-unmet'}>
                  <span className="bottom-line-text">{line}</span>
                  <span className="bottom-line-status">
                    {meeting.length > 0
                      ? `Met by action${meeting.length > 1 ? 's' : ''} ${meeting.join(', ')}`
                      : 'Not met'}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <h3 className="agreement-subheading">Review, place and copies</h3>
      <div className="agreement-grid">
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-review`}>
            Review date
          </label>
          <input
            id={`${ids}-review`}
            type="date"
            className="input agreement-date"
            value={draft.reviewDate}
            readOnly={readOnly}
            onChange={(e) => onChange({ ...draft, reviewDate: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-place`}>
            Place
          </label>
          <input
            id={`${ids}-place`}
            className="input"
            value={draft.place}
            maxLength={200}
            readOnly={readOnly}
            onChange={(e) => onChange({ ...draft, place: e.target.value })}
          />
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-copies`}>
          Who receives a copy
        </label>
        <input
          id={`${ids}-copies`}
          className="input"
          value={draft.copiesTo}
          maxLength={1_000}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...draft, copiesTo: e.target.value })}
        />
      </div>
      <table className="agreement-people">
        <caption className="visually-hidden">Who signs</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Written agreement</th>
          </tr>
        </thead>
        <tbody>
          {props.people.map((p) => (
            <tr key={p.participantId}>
              <th scope="row">
                {p.name} <span className="muted">({p.role})</span>
              </th>
              <td>
                <select
                  className="select select-compact"
                  aria-label={`${p.name}: written agreement`}
                  value={draft.signing[p.participantId] ?? 'undecided'}
                  disabled={readOnly}
                  onChange={(e) =>
                    onChange({
                      ...draft,
                      signing: { ...draft.signing, [p.participantId]: e.target.value as SignChoice },
                    })
                  }
                >
                  {(Object.keys(signLabels) as SignChoice[]).map((choice) => (
                    <option key={choice} value={choice}>
                      {signLabels[choice]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
