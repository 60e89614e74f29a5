/**
 * One action of the agreement, as calm fields with the SMART advice under them. The advice
 * comes from the shared rule (shared/domain/agreement.ts) as the facilitator types; it is a
 * suggestion, never a blocker, so it is not announced on every keystroke: each field is
 * described by its own advice, which a screen reader reads when the field is reached.
 */
import { useId, useState, type ReactNode } from 'react';
import { smartAdvice, type Advice } from '../../../../shared/domain/agreement';
import { SelectField, TextAreaField } from '../../components/form-fields';
import { TextField } from '../../components/text-field';
import { toggleBottomLine, type DraftAction } from './agreement-draft';

export interface PersonOption {
  id: string;
  name: string;
}

const SOMEONE_ELSE = 'someone-else';

interface Props {
  action: DraftAction;
  number: number;
  total: number;
  today: string;
  people: PersonOption[];
  /** People harmed; "for whom" is asked only when there are several. */
  harmed: PersonOption[];
  bottomLines: string[];
  errors: Record<string, string>;
  onChange(change: Partial<DraftAction>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

export function ActionCard(props: Props) {
  const { action, number, people, harmed, today, errors } = props;
  const id = useId();
  const advice = smartAdvice(action, today);
  /** SMART advice beside its field: amber text, a suggestion rather than an error. */
  const hintFor = (field: Advice['field']): ReactNode => {
    const message = advice.find((a) => a.field === field)?.message;
    return message ? <span className="smart-hint">{message}</span> : undefined;
  };
  const [someoneElse, setSomeoneElse] = useState(!action.whoParticipantId && action.whoText !== '');
  const whoChoice = action.whoParticipantId ?? (someoneElse ? SOMEONE_ELSE : '');
  const chooseWho = (value: string) => {
    setSomeoneElse(value === SOMEONE_ELSE);
    props.onChange(
      value === SOMEONE_ELSE ? { whoParticipantId: null } : { whoParticipantId: value || null, whoText: '' },
    );
  };
  return (
    <li className="action-card" aria-labelledby={`${id}-title`}>
      <div className="action-card-head">
        <h3 id={`${id}-title`} className="action-card-title">
          Action {number}
        </h3>
        <div className="action-card-tools" role="group" aria-label={`Action ${number} tools`}>
          <button
            type="button"
            className="button-link"
            onClick={() => props.onMove(-1)}
            disabled={number === 1}
            aria-label={`Move action ${number} up`}
          >
            Up
          </button>
          <button
            type="button"
            className="button-link"
            onClick={() => props.onMove(1)}
            disabled={number === props.total}
            aria-label={`Move action ${number} down`}
          >
            Down
          </button>
          <button
            type="button"
            className="button-link button-danger-link"
            onClick={props.onRemove}
            aria-label={`Remove action ${number}`}
          >
            Remove
          </button>
        </div>
      </div>
      <TextAreaField
        label="What will be done"
        value={action.what}
        rows={2}
        onChange={(e) => props.onChange({ what: e.target.value })}
        hint={hintFor('what')}
        error={errors['what']}
      />
      <div className="action-card-row">
        <SelectField
          label="Who does it"
          value={whoChoice}
          placeholder="Choose…"
          options={[
            ...people.map((p) => ({ value: p.id, label: p.name })),
            { value: SOMEONE_ELSE, label: 'Someone else' },
          ]}
          onChange={(e) => chooseWho(e.target.value)}
          hint={hintFor('who')}
          error={errors['whoParticipantId']}
        />
        {whoChoice === SOMEONE_ELSE ? (
          <TextField
            label="Their name or role"
            value={action.whoText}
            onChange={(e) => props.onChange({ whoText: e.target.value })}
            error={errors['whoText']}
          />
        ) : null}
        {harmed.length > 1 ? (
          <SelectField
            label="For whom"
            value={action.forParticipantId ?? ''}
            placeholder="Everyone"
            options={harmed.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(e) => props.onChange({ forParticipantId: e.target.value || null })}
            error={errors['forParticipantId']}
          />
        ) : null}
        <TextField
          label="By when"
          type="date"
          value={action.byWhen ?? ''}
          onChange={(e) => props.onChange({ byWhen: e.target.value || null })}
          hint={hintFor('byWhen')}
          error={errors['byWhen']}
        />
      </div>
      <div className="action-card-row">
        <TextField
          label="How will everyone know it is done?"
          value={action.howChecked}
          onChange={(e) => props.onChange({ howChecked: e.target.value })}
          hint={hintFor('howChecked')}
          error={errors['howChecked']}
        />
        <TextField
          label="Who checks it"
          value={action.checkedBy}
          onChange={(e) => props.onChange({ checkedBy: e.target.value })}
          hint={hintFor('checkedBy')}
          error={errors['checkedBy']}
        />
      </div>
      <TextField
        label="If it is not done"
        value={action.ifNotDone}
        onChange={(e) => props.onChange({ ifNotDone: e.target.value })}
        error={errors['ifNotDone']}
      />
      {props.bottomLines.length > 0 ? (
        <fieldset className="action-card-lines">
          <legend>Bottom lines this action meets</legend>
          {props.bottomLines.map((line, i) => (
            <label key={i} className="checkbox-row">
              <input
                type="checkbox"
                checked={action.meetsBottomLines.includes(i)}
                onChange={(e) =>
                  props.onChange({ meetsBottomLines: toggleBottomLine(action, i, e.target.checked) })
                }
              />
              {line}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className={advice.length ? 'smart-summary' : 'smart-summary smart-ok'} aria-hidden="true">
        {advice.length
          ? `${advice.length} suggestion${advice.length === 1 ? '' : 's'} to make it SMART`
          : 'Specific, owned, dated and checkable.'}
      </p>
    </li>
  );
}
