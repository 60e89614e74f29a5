/**
 * Adding or editing a risk or vulnerability flag: about the whole case or one person, a
 * category from the practice list (or "Other" with the detail in words), a level and the
 * mitigations. The level is chosen by word; colour only repeats it.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  riskCategories,
  riskLevels,
  type RiskCategory,
  type RiskLevel,
} from '../../../../shared/domain/case-model';
import { riskFlagInput, type Participant, type RiskFlag } from '../../../../shared/schemas/people';
import { fieldErrorsFrom, validate, type FieldErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { SelectField, TextAreaField, optionsOf } from '../../components/form-fields';
import { risksChanged } from './people-queries';

const levelOrder: RiskLevel[] = ['high', 'medium', 'low'];

export function RiskFlagForm({
  caseId,
  participants,
  flag,
  onClose,
}: {
  caseId: string;
  participants: readonly Participant[];
  flag?: RiskFlag;
  onClose(): void;
}) {
  const id = useId();
  const [personId, setPersonId] = useState(flag?.personId ?? '');
  const [category, setCategory] = useState<RiskCategory | ''>(flag?.category ?? '');
  const [level, setLevel] = useState<RiskLevel | ''>(flag?.level ?? '');
  const [detail, setDetail] = useState(flag?.detail ?? '');
  const [mitigations, setMitigations] = useState(flag?.mitigations ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation('risk:save', { invalidates: risksChanged });
  // One entry per person, even if they hold two roles in the case.
  const people = [...new Map(participants.map((p) => [p.person.id, p.person])).values()];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      ...(flag ? { id: flag.id } : {}),
      caseId,
      personId: personId || null,
      category,
      level,
      detail,
      mitigations,
    };
    const problems = validate(riskFlagInput, input);
    if (category === 'other' && !detail.trim()) {
      return setErrors({ ...problems, detail: 'Describe the risk in a few words.' });
    }
    if (problems) return setErrors(problems);
    const result = await save.mutate(input as Parameters<typeof save.mutate>[0]);
    if (!result.ok) return setErrors(fieldErrorsFrom(result.error));
    onClose();
  }

  return (
    <form className="people-panel risk-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="people-panel-title">
        {flag ? 'Edit risk flag' : 'Add a risk flag'}
      </h3>
      <p className="confidential-note">Confidential — never printed on documents for participants.</p>
      <div className="people-field-grid">
        <SelectField
          label="About"
          options={[
            { value: '', label: 'The whole case' },
            ...people.map((p) => ({ value: p.id, label: p.preferredName })),
          ]}
          value={personId}
          error={errors['personId']}
          onChange={(e) => setPersonId(e.target.value)}
        />
        <SelectField
          label="Category"
          placeholder="Choose a category"
          options={optionsOf(riskCategories)}
          value={category}
          error={errors['category']}
          onChange={(e) => setCategory(e.target.value as RiskCategory | '')}
        />
      </div>
      <fieldset className="people-choice-row">
        <legend className="field-label">Level</legend>
        {levelOrder.map((key) => (
          <label key={key} className={`choice people-choice level-choice level-${key}`}>
            <input
              type="radio"
              name={`${id}-level`}
              checked={level === key}
              onChange={() => setLevel(key)}
              aria-describedby={errors['level'] ? `${id}-level-error` : undefined}
            />
            <span>{riskLevels[key]}</span>
          </label>
        ))}
      </fieldset>
      <p className="field-error" id={`${id}-level-error`} aria-live="polite">
        {errors['level'] ?? ''}
      </p>
      <TextAreaField
        label="Detail"
        hint="What the risk is and what it is based on."
        rows={3}
        value={detail}
        error={errors['detail']}
        onChange={(e) => setDetail(e.target.value)}
      />
      <TextAreaField
        label="Mitigations"
        hint="What is in place or planned: a co-facilitator, separate arrivals, indirect work…"
        rows={3}
        value={mitigations}
        error={errors['mitigations']}
        onChange={(e) => setMitigations(e.target.value)}
      />
      {errors['_'] ? (
        <p className="form-error" role="alert">
          {errors['_']}
        </p>
      ) : null}
      <div className="actions actions-start">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save flag
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
