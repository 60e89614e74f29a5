/**
 * One action of the agreement as a calm card: what, who, for whom (only when several people
 * were harmed), by when, how it is checked and by whom, and what happens if it is not done.
 * The SMART advice sits underneath in plain words; it never blocks anything.
 */
import { useId } from 'react';
import { actionName, type ActionDraft } from './agreement-draft';

export interface PersonOption {
  participantId: string;
  name: string;
  role: string;
}

export interface ActionCardProps {
  action: ActionDraft;
  index: number;
  count: number;
  people: PersonOption[];
  harmed: PersonOption[];
  bottomLines: string[];
  advice: string[];
  readOnly: boolean;
  onChange(patch: Partial<ActionDraft>): void;
  onToggleBottomLine(line: number): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

export function ActionCard(props: ActionCardProps) {
  const { action, index, readOnly, onChange } = props;
  const ids = useId();
  const name = actionName(action, index);
  /** `max` matches the contract's limit, so typing stops where saving would fail. */
  const field = (key: keyof ActionDraft, label: string, max: number, multiline = false, hint?: string) => {
    const id = `${ids}-${key}`;
    const value = action[key] as string;
    return (
      <div className="field agreement-field">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        {hint ? <p className="field-hint">{hint}</p> : null}
        {multiline ? (
          <textarea
            id={id}
            className="input textarea agreement-textarea"
            value={value}
            maxLength={max}
            readOnly={readOnly}
            onChange={(e) => onChange({ [key]: e.target.value })}
          />
        ) : (
          <input
            id={id}
            className="input"
            value={value}
            maxLength={max}
            readOnly={readOnly}
            onChange={(e) => onChange({ [key]: e.target.value })}
          />
        )}
      </div>
    );
  };

  return (
    <li className="action-card" aria-labelledby={`${ids}-title`} data-action-key={action.key}>
      <div className="action-card-top">
        <h3 id={`${ids}-title`} className="action-card-title">
          Action {index + 1}
        </h3>
        {readOnly ? null : (
          <span className="action-card-tools">
            <button
              type="button"
              className="button-link"
              disabled={index === 0}
              aria-label={`Move ${name} up`}
              onClick={() => props.onMove(-1)}
            >
              Move up
            </button>
            <button
              type="button"
              className="button-link"
              disabled={index === props.count - 1}
              aria-label={`Move ${name} down`}
              onClick={() => props.onMove(1)}
            >
              Move down
            </button>
            <button
              type="button"
              className="button-link"
              aria-label={`Remove ${name}`}
              onClick={props.onRemove}
            >
              Remove
            </button>
          </span>
        )}
      </div>
      {field('what', 'What will be done', 2_000, true)}
      <div className="agreement-grid">
        <div className="field agreement-field">
          <label className="field-label" htmlFor={`${ids}-who`}>
            Who does it
          </label>
          <select
            id={`${ids}-who`}
            className="select"
            value={action.whoParticipantId}
            disabled={readOnly}
            onChange={(e) => onChange({ whoParticipantId: e.target.value })}
          >
            <option value="">Someone else (write below)</option>
            {props.people.map((p) => (
              <option key={p.participantId} value={p.participantId}>
                {p.name} ({p.role})
              </option>
            ))}
          </select>
        </div>
        {action.whoParticipantId === '' ? field('whoText', 'Name of someone else', 120) : null}
        {props.harmed.length > 1 ? (
          <div className="field agreement-field">
            <label className="field-label" htmlFor={`${ids}-for`}>
              For whom
            </label>
            <select
              id={`${ids}-for`}
              className="select"
              value={action.forParticipantId}
              disabled={readOnly}
              onChange={(e) => onChange({ forParticipantId: e.target.value })}
            >
              <option value="">Everyone harmed</option>
              {props.harmed.map((p) => (
                <option key={p.participantId} value={p.participantId}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field agreement-field">
          <label className="field-label" htmlFor={`${ids}-by`}>
            By when
          </label>
          <input
            id={`${ids}-by`}
            type="date"
            className="input"
            value={action.byWhen}
            readOnly={readOnly}
            onChange={(e) => onChange({ byWhen: e.target.value })}
          />
        </div>
        {field('howChecked', 'How it will be checked', 1_000)}
        {field('checkedBy', 'Checked by', 120)}
      </div>
      {field('ifNotDone', 'If it is not done', 1_000, true)}
      {props.bottomLines.length > 0 ? (
        <fieldset className="agreement-bottom-lines">
          <legend>Bottom lines this action meets</legend>
          {props.bottomLines.map((line, i) => (
            <label key={i} className="checkbox-row">
              <input
                type="checkbox"
                checked={action.bottomLines.includes(i)}
                disabled={readOnly}
                onChange={() => props.onToggleBottomLine(i)}
              />
              <span>{line}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {readOnly ? null : (
        <div className="smart-advice" aria-live="polite" aria-label={`Advice for action ${index + 1}`}>
          {props.advice.length > 0 ? (
            <ul>
              {props.advice.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          ) : (
            <p className="smart-ok">Clear and checkable.</p>
          )}
        </div>
      )}
    </li>
  );
}
