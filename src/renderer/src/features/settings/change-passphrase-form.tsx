/**
 * Change the passphrase: the current one proves it is the facilitator, the new one is chosen
 * twice with the meter. The recovery key keeps working. Fields are emptied on success so no
 * passphrase stays in memory longer than needed.
 */
import { useId, useRef, useState } from 'react';
import { channels } from '../../../../shared/contract';
import { FormActions, FormError } from '../../components/form-actions';
import { NewPassphraseFields } from '../../components/new-passphrase-fields';
import { Notice } from '../../components/notice';
import { PassphraseField, RevealToggle } from '../../components/passphrase-field';
import { attempt } from '../../lib/api';
import { validate, withRepeatCheck } from '../../lib/form-errors';
import { focusFirstOf, useForm } from '../../lib/use-form';

const empty = { currentPassphrase: '', newPassphrase: '', repeat: '' };

export function ChangePassphraseForm() {
  const id = useId();
  const [reveal, setReveal] = useState(false);
  const [done, setDone] = useState(false);
  const currentPassphraseRef = useRef<HTMLInputElement>(null);
  const newPassphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    key: 'change-passphrase',
    // Passphrases are never kept as a draft, anywhere.
    keep: false,
    initial: empty,
    starting: () => setDone(false),
    check: (v) =>
      withRepeatCheck(
        validate(channels['vault:changePassphrase'].input, {
          currentPassphrase: v.currentPassphrase,
          newPassphrase: v.newPassphrase,
        }),
        'newPassphrase',
        v.newPassphrase,
        v.repeat,
      ),
    send: (v) =>
      attempt('vault:changePassphrase', {
        currentPassphrase: v.currentPassphrase,
        newPassphrase: v.newPassphrase,
      }),
    errorFields: { wrong_passphrase: 'currentPassphrase', weak_passphrase: 'newPassphrase' },
    focus: (errors) =>
      focusFirstOf(errors, [
        ['currentPassphrase', currentPassphraseRef],
        ['newPassphrase', newPassphraseRef],
        ['repeat', repeatRef],
      ]),
    sent: () => {
      setDone(true);
      return empty;
    },
  });
  const { values, errors } = form;

  const edit = (patch: Partial<typeof empty>) => {
    form.edit(patch);
    setDone(false);
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
      <form onSubmit={form.submit} noValidate className="form-narrow">
        <PassphraseField
          label="Current passphrase"
          reveal={reveal}
          value={values.currentPassphrase}
          onChange={(e) => edit({ currentPassphrase: e.target.value })}
          error={errors['currentPassphrase']}
          inputRef={currentPassphraseRef}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          labels={{ first: 'New passphrase', repeat: 'Repeat new passphrase' }}
          first={values.newPassphrase}
          repeat={values.repeat}
          onFirst={(newPassphrase) => edit({ newPassphrase })}
          onRepeat={(repeat) => edit({ repeat })}
          errors={{ first: errors['newPassphrase'], repeat: errors['repeat'] }}
          reveal={reveal}
          firstRef={newPassphraseRef}
          repeatRef={repeatRef}
        />
        <RevealToggle checked={reveal} onChange={setReveal} label="Show what I type" />
        <FormError error={errors['_']} />
        <FormActions submit="Change passphrase" busyLabel="Changing…" busy={form.busy} ariaBusy />
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
