/**
 * First start: what the workbench does with the facilitator's data, in two sentences, then
 * a passphrase chosen twice. The rule is checked with the contract's own schema before
 * anything is sent, and main checks it again.
 */
import { useRef, useState } from 'react';
import { channels } from '../../../../shared/contract';
import { FormActions, FormError } from '../../components/form-actions';
import { NewPassphraseFields } from '../../components/new-passphrase-fields';
import { Notice } from '../../components/notice';
import { RevealToggle } from '../../components/passphrase-field';
import { attempt } from '../../lib/api';
import { fieldErrorsFrom, validate, withRepeatCheck } from '../../lib/form-errors';
import { useForm } from '../../lib/use-form';
import { VaultFrame } from './vault-frame';
import '../../styles/backups.css';

export function FirstRunScreen({
  onCreated,
  onRestore,
}: {
  onCreated(recoveryKey: string): void;
  /** Moving to a new computer: restore a backup instead of starting empty. */
  onRestore(): void;
}) {
  const [reveal, setReveal] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    key: 'vault-create',
    // Passphrases are never kept as a draft, anywhere.
    keep: false,
    initial: { passphrase: '', repeat: '' },
    check: (v) =>
      withRepeatCheck(
        validate(channels['vault:create'].input, { passphrase: v.passphrase }),
        'passphrase',
        v.passphrase,
        v.repeat,
      ),
    send: (v) => attempt('vault:create', { passphrase: v.passphrase }),
    errorsFrom: (error) => {
      const fields = fieldErrorsFrom(error, { weak_passphrase: 'passphrase' });
      return { ...fields, passphrase: fields['passphrase'] ?? fields['newPassphrase'] ?? '' };
    },
    // Whatever main said, the passphrase is the thing to choose again.
    focus: (errors, stage) =>
      (stage === 'send' || errors['passphrase'] ? firstRef : repeatRef).current?.focus(),
    sent: (created) => onCreated(created.recoveryKey),
  });
  const { values, errors } = form;

  return (
    <VaultFrame>
      <h1 className="page-title">Welcome</h1>
      <p className="lead">
        Everything you record here stays on this computer, encrypted, and is never sent anywhere. Choose a
        passphrase to lock and unlock it.
      </p>
      <div className="first-run-choice">
        <p>Moving from another computer?</p>
        <button type="button" className="button button-secondary" onClick={onRestore}>
          Restore from a backup
        </button>
      </div>
      <h2 className="section-title first-run-create">Create a new vault</h2>
      <form onSubmit={form.submit} noValidate>
        <NewPassphraseFields
          labels={{ first: 'Passphrase', repeat: 'Repeat passphrase' }}
          first={values.passphrase}
          repeat={values.repeat}
          onFirst={(passphrase) => form.edit({ passphrase })}
          onRepeat={(repeat) => form.edit({ repeat })}
          errors={{ first: errors['passphrase'], repeat: errors['repeat'] }}
          reveal={reveal}
          firstRef={firstRef}
          repeatRef={repeatRef}
          autoFocus
        />
        <RevealToggle checked={reveal} onChange={setReveal} label="Show what I type" />
        <Notice tone="warning" title="Keep your passphrase safe">
          If you forget it, nobody can open your cases again, not even the makers of this app, unless you have
          saved the recovery key shown on the next screen.
        </Notice>
        <FormError error={errors['_']} />
        <FormActions submit="Set passphrase" busyLabel="Setting up…" busy={form.busy} ariaBusy layout="end" />
      </form>
    </VaultFrame>
  );
}
