/**
 * Adding or editing a risk or vulnerability flag: about the whole case or one person, a
 * category from the practice list (or "Other" with the detail in words), a level and the
 * mitigations. The level is chosen by word; colour only repeats it.
 */
import { useId } from 'react';
import {
  riskCategories,
  riskLevels,
  type RiskCategory,
  type RiskLevel,
} from '../../../../shared/domain/case-model';
import { riskFlagInput, type Participant, type RiskFlag } from '../../../../shared/schemas/people';
import { FormActions, FormError } from '../../components/form-actions';
import { validate } from '../../lib/form-errors';
import { useMutation } from '../../lib/query';
import { useForm } from '../../lib/use-form';
import { SelectField, TextAreaField, optionsOf } from '../../components/form-fields';
import { risksChanged } from './people-queries';

const levelOrder: RiskLevel[] = ['high', 'medium', 'low'];

interface FlagValues {
  personId: string;
  category: RiskCategory | '';
  level: RiskLevel | '';
  detail: string;
  mitigations: string;
}

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
  const save = useMutation('risk:save', { invalidates: risksChanged });
  const inputOf = (v: FlagValues) => ({
    ...(flag ? { id: flag.id } : {}),
    caseId,
    personId: v.personId || null,
    category: v.category,
    level: v.level,
    detail: v.detail,
    mitigations: v.mitigations,
  });
  const form = useForm({
    key: `risk-flag:${flag?.id ?? `new:${caseId}`}`,
    opensOnDemand: true,
    initial: (): FlagValues => ({
      personId: flag?.personId ?? '',
      category: flag?.category ?? '',
      level: flag?.level ?? '',
      detail: flag?.detail ?? '',
      mitigations: flag?.mitigations ?? '',
    }),
    check: (v) => {
      const problems = validate(riskFlagInput, inputOf(v));
      // "Other" says nothing by itself: the detail is what the flag is.
      if (v.category === 'other' && !v.detail.trim()) {
        return { ...problems, detail: 'Describe the risk in a few words.' };
      }
      return problems;
    },
    send: (v) => save.mutate(inputOf(v) as Parameters<typeof save.mutate>[0]),
    sent: onClose,
  });
  const { values, errors } = form;
  // One entry per person, even if they hold two roles in the case.
  const people = [...new Map(participants.map((p) => [p.person.id, p.person])).values()];

  return (
    <form
      className="people-panel risk-form"
      onSubmit={form.submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
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
          {...form.field('personId')}
        />
        <SelectField
          label="Category"
          placeholder="Choose a category"
          options={optionsOf(riskCategories)}
          {...form.field('category')}
        />
      </div>
      <fieldset className="people-choice-row">
        <legend className="field-label">Level</legend>
        {levelOrder.map((key) => (
          <label key={key} className={`choice people-choice level-choice level-${key}`}>
            <input
              type="radio"
              name={`${id}-level`}
              checked={values.level === key}
              onChange={() => form.set({ level: key })}
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
        {...form.field('detail')}
      />
      <TextAreaField
        label="Mitigations"
        hint="What is in place or planned: a co-facilitator, separate arrivals, indirect work…"
        rows={3}
        {...form.field('mitigations')}
      />
      <FormError error={errors['_']} />
      <FormActions
        submit="Save flag"
        busy={form.busy}
        cancel={{ onClick: () => (form.discard(), onClose()) }}
      />
    </form>
  );
}
