/**
 * What the agreement documents say about the organisation: its name and logo in the header,
 * and the confidentiality and "not legally binding" wording (each with a default to go back
 * to). Text saves when the field is left, and before a lock; the logo saves at once. Main
 * checks the picture's signature too: this side only gives a quick, friendly answer.
 */
import { useCallback, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Settings } from '../../../../shared/contract';
import { defaultStatements } from '../../../../shared/domain/agreement';
import { TextField } from '../../components/text-field';
import { usePendingWrite } from '../../lib/use-pending-write';
import { TextAreaField } from '../../components/form-fields';
import { SaveStatus } from './save-status';
import { useSetting } from './use-setting';
import '../../styles/agreement.css';

type Wording = Pick<Settings, 'organisationName' | 'confidentialityStatement' | 'notLegallyBindingStatement'>;

const LOGO_MAX_BYTES = 1_000_000;
const defaults = {
  confidentialityStatement: defaultStatements.confidentiality,
  notLegallyBindingStatement: defaultStatements.notLegallyBinding,
};

function dataUrlOf(logo: Settings['organisationLogo']): string | null {
  return logo ? `data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${logo.base64}` : null;
}

export function OrganisationSetting({ initial }: { initial: Settings }) {
  const id = useId();
  const { save, state } = useSetting();
  const [wording, setWording] = useState<Wording>({
    organisationName: initial.organisationName,
    confidentialityStatement: initial.confidentialityStatement,
    notLegallyBindingStatement: initial.notLegallyBindingStatement,
  });
  const [logo, setLogo] = useState<string | null>(dataUrlOf(initial.organisationLogo));
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const unsaved = useRef<Wording | null>(null);

  const flush = useCallback(async () => {
    const next = unsaved.current;
    unsaved.current = null;
    if (next) await save(next);
  }, [save]);
  usePendingWrite(flush);

  const change = (patch: Partial<Wording>) => {
    const next = { ...wording, ...patch };
    setWording(next);
    unsaved.current = next;
  };

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setLogoProblem(null);
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      setLogoProblem('The logo must be a PNG or JPEG picture.');
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setLogoProblem('The logo must be smaller than 1 MB.');
      return;
    }
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(new Error('read'));
      reader.readAsDataURL(file);
    }).catch(() => null);
    if (!dataUrl) {
      setLogoProblem('That file could not be read.');
      return;
    }
    const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
    const type = file.type === 'image/png' ? 'png' : 'jpg';
    if (await save({ organisationLogo: { type, base64 } })) setLogo(dataUrl);
    else setLogoProblem('That picture was not accepted. Choose a PNG or JPEG under 1 MB.');
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`} className="section-title">
          Agreement documents
        </h2>
        <SaveStatus state={state} />
      </div>
      <TextField
        label="Organisation name"
        hint="Shown at the top of every agreement and letter."
        value={wording.organisationName}
        maxLength={200}
        onChange={(e) => change({ organisationName: e.target.value })}
        onBlur={() => void flush()}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-logo`}>
          Logo
        </label>
        <p className="field-hint" id={`${id}-logo-hint`}>
          A PNG or JPEG picture under 1 MB.
        </p>
        {logo ? (
          <img className="settings-logo-preview" src={logo} alt="The organisation's logo as it is now" />
        ) : null}
        <input
          id={`${id}-logo`}
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby={`${id}-logo-hint`}
          onChange={(e) => void chooseLogo(e)}
        />
        {logo ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={async () => {
              if (await save({ organisationLogo: null })) setLogo(null);
            }}
          >
            Remove the logo
          </button>
        ) : null}
        <p className="field-error" aria-live="polite">
          {logoProblem ?? ''}
        </p>
      </div>
      {(['confidentialityStatement', 'notLegallyBindingStatement'] as const).map((key) => (
        <div key={key} className="settings-wording">
          <TextAreaField
            label={
              key === 'confidentialityStatement'
                ? 'Confidentiality statement'
                : '“Not legally binding” statement'
            }
            value={wording[key]}
            maxLength={2_000}
            onChange={(e) => change({ [key]: e.target.value })}
            onBlur={() => void flush()}
          />
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={wording[key] === defaults[key]}
            aria-label={`Reset the ${key === 'confidentialityStatement' ? 'confidentiality' : '“not legally binding”'} statement to the default wording`}
            onClick={() => {
              const next = { ...wording, [key]: defaults[key] };
              setWording(next);
              void save({ [key]: defaults[key] });
            }}
          >
            Reset to the default wording
          </button>
        </div>
      ))}
    </section>
  );
}
