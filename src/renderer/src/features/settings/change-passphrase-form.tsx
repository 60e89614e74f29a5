/**
 * Change the passphrase: the current one proves it is the facilitator, the new one is chosen
 * twice with the meter. The recovery key keeps working. Fields are emptied on success so no
 * passphrase stays in memory longer than needed.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { channels } from '../../../../shared/contract';
import { NewPassphraseFields } from '../../components/new-passphrase-fields';
import { Notice } from '../../components/notice';
import { PassphraseField, RevealToggle } from '../../components/passphrase-field';
import { attempt } from '../../lib/api';
import { fieldErrorsFrom, repeatProblem, validate, type FieldErrors } from '../../lib/form-errors';

export function ChangePassphraseForm() {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [first, setFirst] = useState('');
  const [repeat, setRepeat] = useState('');
  const [reveal, setReveal] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const currentPassphraseRef = useRef<HTMLInputElement>(null);
  const newPassphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  function show(next: FieldErrors) {
    setErrors(next);
    const field = (['currentPassphrase', 'newPassphrase', 'repeat'] as const).find((f) => next[f]);
    if (field)
      ({ currentPassphrase: currentPassphraseRef, newPassphrase: newPassphraseRef, repeat: repeatRef })[
        field
      ].current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    const input = { currentPassphrase: current, newPassphrase: first };
    const problems = validate(channels['vault:changePassphrase'].input, input) ?? {};
    if (!problems['newPassphrase']) {
      const mismatch = repeatProblem(first, repeat);
      if (mismatch) problems['repeat'] = mismatch;
    }
    if (Object.keys(problems).length > 0) return show(problems);
    setBusy(true);
    const result = await attempt('vault:changePassphrase', input);
    setBusy(false);
    if (!result.ok) {
      return show(
        fieldErrorsFrom(result.error, {
          wrong_passphrase: 'currentPassphrase',
          weak_passphrase: 'newPassphrase',
        }),
      );
    }
    setCurrent('');
    setFirst('');
    setRepeat('');
    setErrors({});
    setDone(true);
  }

  const edit = (field: string, set: (v: string) => void) => (value: string) => {
    set(value);
    setDone(false);
    setErrors((e) => ({ ...e, [field]: '' }));
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Passphrase
      </h2>
      <p className="field-hint">
        Choose a new passphrase for unlocking the workbench. Your recovery key stays the same and keeps
        working.
      </p>
      <form onSubmit={submit} noValidate className="form-narrow">
        <PassphraseField
          label="Current passphrase"
          reveal={reveal}
          value={current}
          onChange={(e) => edit('currentPassphrase', setCurrent)(e.target.value)}
          error={errors['currentPassphrase']}
          inputRef={currentPassphraseRef}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          labels={{ first: 'New passphrase', repeat: 'Repeat new passphrase' }}
          first={first}
          repeat={repeat}
          onFirst={edit('newPassphrase', setFirst)}
          onRepeat={edit('repeat', setRepeat)}
          errors={{ first: errors['newPassphrase'], repeat: errors['repeat'] }}
          reveal={reveal}
          firstRef={newPassphraseRef}
          repeatRef={repeatRef}
        />
        <RevealToggle checked={reveal} onChange={setReveal} label="Show what I type" />
        {errors['_'] ? (
          <p className="form-error" role="alert">
            {errors['_']}
          </p>
        ) : null}
        <div className="actions actions-start">
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
            {busy ? 'Changing…' : 'Change passphrase'}
          </button>
        </div>
        <div aria-live="polite">
          {done ? (
            <Notice tone="success" title="Passphrase changed">
              <p>Use your new passphrase the next time you unlock. Your recovery key still works.</p>
            </Notice>
          ) : null}
        </div>
      </form>
    </section>
  );
}
