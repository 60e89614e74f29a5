/**
 * The referral part of a case (date, referrer, how it came in, a neutral summary, whether the
 * person responsible acknowledges it), shared by the new-case form and the overview's edit.
 */
import type { Acknowledgement, ReferralSource } from '../../../../shared/domain/case-model';
import { acknowledgements, referralSources } from '../../../../shared/domain/case-model';
import { TextField } from '../../components/text-field';
import type { FieldErrors } from '../../lib/form-errors';
import { useQuery } from '../../lib/query';
import { optionsOf, RadioGroup, SelectField, TextAreaField } from '../../components/form-fields';

export interface ReferralValues {
  date: string;
  referrer: string;
  source: ReferralSource | '';
  summary: string;
  acknowledged: Acknowledgement;
}

export const SUMMARY_HINT = 'Neutral: what happened, not who is to blame.';

/** "Does the person responsible acknowledge it?", with the role word from Settings. */
export function useAcknowledgeQuestion(): string {
  const settings = useQuery('settings:get');
  const responsible = settings.data?.roleLabels.responsible ?? 'Person responsible';
  return `Does the ${responsible.toLowerCase()} acknowledge it?`;
}

export function ReferralFields({
  values,
  onChange,
  errors,
  name,
}: {
  values: ReferralValues;
  onChange(change: Partial<ReferralValues>): void;
  /** Errors keyed "referral.date" etc., as zod reports them for the case schemas. */
  errors: FieldErrors;
  name: string;
}) {
  const question = useAcknowledgeQuestion();
  return (
    <>
      <div className="field-pair">
        <TextField
          label="Referral date"
          type="date"
          value={values.date}
          onChange={(e) => onChange({ date: e.target.value })}
          error={errors['referral.date']}
        />
        <SelectField
          label="How it came in"
          placeholder="Not recorded"
          options={optionsOf(referralSources)}
          value={values.source}
          onChange={(e) => onChange({ source: e.target.value as ReferralSource | '' })}
          error={errors['referral.source']}
        />
      </div>
      <TextField
        label="Referrer"
        hint="Who asked for this: a name, a role or an organisation."
        value={values.referrer}
        onChange={(e) => onChange({ referrer: e.target.value })}
        error={errors['referral.referrer']}
        autoComplete="off"
      />
      <TextAreaField
        label="Summary"
        hint={SUMMARY_HINT}
        value={values.summary}
        onChange={(e) => onChange({ summary: e.target.value })}
        error={errors['referral.summary']}
        rows={3}
      />
      <RadioGroup
        legend={question}
        name={`${name}-acknowledged`}
        value={values.acknowledged}
        options={optionsOf(acknowledgements)}
        onChange={(acknowledged) => onChange({ acknowledged })}
        error={errors['referral.acknowledged']}
        columns
      />
    </>
  );
}
