/**
 * Every detail of a person, grouped the way a preparation meeting goes: who they are, their
 * age (for children), how to reach them, what they need to take part, and notes. Controlled:
 * the parent holds the draft and the errors.
 */
import { ageBands, contactMethods } from '../../../../shared/domain/case-model';
import { TextField } from '../../components/text-field';
import { SelectField, TextAreaField, optionsOf } from '../../components/form-fields';
import type { PersonDraft } from './person-draft';

export interface PersonFieldsProps {
  draft: PersonDraft;
  errors: Record<string, string>;
  onChange(change: Partial<PersonDraft>): void;
  autoFocus?: boolean;
}

export function PersonFields({ draft, errors, onChange, autoFocus }: PersonFieldsProps) {
  const text = (key: keyof PersonDraft) => ({
    value: draft[key] as string,
    error: errors[key],
    onChange: (e: { target: { value: string } }) => onChange({ [key]: e.target.value }),
  });
  return (
    <>
      <fieldset className="people-fieldset">
        <legend className="people-fieldset-title">Who they are</legend>
        <div className="people-field-grid">
          <TextField
            label="Preferred name"
            hint="The name they like to be called. Shown everywhere."
            autoFocus={autoFocus}
            autoComplete="off"
            {...text('preferredName')}
          />
          <TextField label="Full name" autoComplete="off" {...text('fullName')} />
          <TextField label="Pronouns" hint="For example she/her, he/him, they/them." {...text('pronouns')} />
        </div>
      </fieldset>
      <fieldset className="people-fieldset">
        <legend className="people-fieldset-title">Age (for children)</legend>
        <p className="field-hint">An age band is usually enough. Add a date of birth only if it is needed.</p>
        <div className="people-field-grid">
          <SelectField
            label="Age band"
            placeholder="Not given"
            options={optionsOf(ageBands)}
            value={draft.ageBand}
            error={errors['ageBand']}
            onChange={(e) => onChange({ ageBand: e.target.value })}
          />
          <TextField label="Date of birth" type="date" {...text('dateOfBirth')} />
        </div>
      </fieldset>
      <fieldset className="people-fieldset">
        <legend className="people-fieldset-title">Contact</legend>
        <div className="people-field-grid">
          <TextField label="Phone" type="tel" autoComplete="off" {...text('phone')} />
          <TextField label="Email" type="email" autoComplete="off" {...text('email')} />
          <SelectField
            label="Preferred contact method"
            placeholder="Not given"
            options={optionsOf(contactMethods)}
            value={draft.preferredContact}
            error={errors['preferredContact']}
            onChange={(e) => onChange({ preferredContact: e.target.value })}
          />
        </div>
        <TextAreaField label="Address" rows={3} autoComplete="off" {...text('address')} />
      </fieldset>
      <fieldset className="people-fieldset">
        <legend className="people-fieldset-title">Access needs</legend>
        <div className="people-field-grid">
          <TextField label="Language" hint="The language they are most at ease in." {...text('language')} />
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.interpreter}
            onChange={(e) => onChange({ interpreter: e.target.checked })}
          />
          <span>Needs an interpreter</span>
        </label>
        <TextAreaField label="Disability or health needs" rows={2} {...text('disability')} />
        <TextAreaField
          label="Reading needs"
          hint="For example large print, easy read, read aloud."
          rows={2}
          {...text('reading')}
        />
      </fieldset>
      <TextAreaField label="Notes" rows={3} {...text('notes')} />
    </>
  );
}
