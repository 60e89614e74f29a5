/**
 * What every agreement and letter carries: the organisation's name and logo in the header,
 * and the wording of the confidentiality and "not legally binding" statements (services word
 * these differently). Text saves as it is typed, like a note; the logo as soon as it is chosen.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { SectionHead } from '../../components/section-head';
import { settingsSchema, type Settings } from '../../../../shared/contract';
import { defaultStatements } from '../../../../shared/domain/agreement';
import { TextAreaField } from '../../components/form-fields';
import { TextField } from '../../components/text-field';
import { validate, type FieldErrors } from '../../lib/form-errors';
import { useAutosave } from '../notes/use-autosave';
import { SaveStatus } from './save-status';
import { useFormValues } from '../../lib/form-values';
import { useSetting } from './use-setting';

type Wording = Pick<Settings, 'organisationName' | 'confidentialityStatement' | 'notLegallyBindingStatement'>;
const wordingSchema = settingsSchema.pick({
  organisationName: true,
  confidentialityStatement: true,
  notLegallyBindingStatement: true,
});

const MAX_LOGO_BYTES = 1_000_000;

export function OrganisationSetting({ initial }: { initial: Settings }) {
  const id = useId();
  const { save, state } = useSetting();
  // Kept as a draft until saved: wording that cannot be saved yet is not lost by leaving.
  const form = useFormValues('settings-organisation', (): Wording => ({
    organisationName: initial.organisationName,
    confidentialityStatement: initial.confidentialityStatement,
    notLegallyBindingStatement: initial.notLegallyBindingStatement,
  }));
  const wording = form.values;
  const [logo, setLogo] = useState(initial.organisationLogo);
  const [errors, setErrors] = useState<FieldErrors>({});
  const autosave = useAutosave<Wording>(async (value) => {
    const problems = validate(wordingSchema, value);
    setErrors(problems ?? {});
    if (problems) throw new Error('Some wording needs changing before it can be saved.');
    if (!(await save(value))) throw new Error('Not saved.');
    form.discard();
  });
  const change = (part: Partial<Wording>) => {
    const next = form.set(part);
    setErrors(validate(wordingSchema, next) ?? {});
    autosave.change(next);
  };

  async function chooseLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const type = file.type === 'image/png' ? 'png' : file.type === 'image/jpeg' ? 'jpg' : null;
    if (!type) return setErrors({ logo: 'Choose a PNG or JPEG picture.' });
    if (file.size > MAX_LOGO_BYTES)
      return setErrors({ logo: 'The logo is too large: choose a picture under 1 MB.' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    const next = { type, base64: btoa(binary) } as const;
    const problems = validate(settingsSchema.shape.organisationLogo, next);
    if (problems) return setErrors({ logo: Object.values(problems)[0] ?? 'That picture could not be read.' });
    setErrors({});
    if (await save({ organisationLogo: next })) setLogo(next);
  }

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title="Agreements and letters">
        <SaveStatus state={state} />
      </SectionHead>
      <TextField
        label="Organisation name"
        hint="At the top of every agreement and letter."
        value={wording.organisationName}
        onChange={(e) => change({ organisationName: e.target.value })}
        error={errors['organisationName']}
      />
      <div className="field">
        <p className="field-label" id={`${id}-logo`}>
          Logo
        </p>
        {logo ? (
          <img
            className="organisation-logo-preview"
            alt="The organisation's logo"
            src={`data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${logo.base64}`}
          />
        ) : (
          <p className="muted">No logo.</p>
        )}
        <div className="button-row">
          <label className="button button-secondary">
            {logo ? 'Choose another logo' : 'Choose a logo'}
            <input
              type="file"
              accept="image/png,image/jpeg"
              className="visually-hidden"
              aria-describedby={`${id}-logo`}
              onChange={(e) => void chooseLogo(e)}
            />
          </label>
          {logo ? (
            <button
              type="button"
              className="button-link"
              onClick={async () => {
                if (await save({ organisationLogo: null })) setLogo(null);
              }}
            >
              Remove the logo
            </button>
          ) : null}
        </div>
        <p className="field-error" aria-live="polite">
          {errors['logo'] ?? ''}
        </p>
      </div>
      <StatementField
        label="Confidentiality statement"
        value={wording.confidentialityStatement}
        standard={defaultStatements.confidentiality}
        error={errors['confidentialityStatement']}
        onChange={(confidentialityStatement) => change({ confidentialityStatement })}
      />
      <StatementField
        label="“Not legally binding” statement"
        value={wording.notLegallyBindingStatement}
        standard={defaultStatements.notLegallyBinding}
        error={errors['notLegallyBindingStatement']}
        onChange={(notLegallyBindingStatement) => change({ notLegallyBindingStatement })}
      />
    </section>
  );
}

/** A statement printed on documents, with a way back to the standard wording once it differs. */
function StatementField({
  label,
  value,
  standard,
  error,
  onChange,
}: {
  label: string;
  value: string;
  standard: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  return (
    <>
      <TextAreaField label={label} value={value} onChange={(e) => onChange(e.target.value)} error={error} />
      {value !== standard ? (
        <button type="button" className="button-link" onClick={() => onChange(standard)}>
          Use the standard wording
        </button>
      ) : null}
    </>
  );
}
