/**
 * The way back in when the passphrase is forgotten: the recovery key saved at first run and
 * a new passphrase, chosen twice. The cases are untouched; only the passphrase changes.
 */
import { useRef, useState } from 'react';
import { channels, type VaultState } from '../../../../shared/contract';
import { FormActions, FormError } from '../../components/form-actions';
import { RecoveryKeyFields } from '../../components/recovery-key-fields';
import { attempt } from '../../lib/api';
import { validate, withRepeatCheck } from '../../lib/form-errors';
import { focusFirstOf, useForm } from '../../lib/use-form';
import type { RetryGate } from '../../lib/use-retry-gate';
import { OpeningLine } from './opening-line';
import { WaitLine } from './wait-line';

export interface RecoverFormProps {
  /** Shared by both forms: a pause earned in one applies to the other. */
  gate: RetryGate;
  /** This unlock will first update the storage format: say so while it runs. */
  storageUpdate: boolean;
  onUnlocked(state: VaultState): void;
  onBack(): void;
}

export function RecoverForm({ gate, storageUpdate, onUnlocked, onBack }: RecoverFormProps) {
  const [reveal, setReveal] = useState(false);
  const recoveryKeyRef = useRef<HTMLInputElement>(null);
  const newPassphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    key: 'vault-recover',
    // Passphrases are never kept as a draft, anywhere.
    keep: false,
    initial: { recoveryKey: '', newPassphrase: '', repeat: '' },
    ready: () => !gate.waiting,
    check: (v) =>
      withRepeatCheck(
        validate(channels['vault:recover'].input, {
          recoveryKey: v.recoveryKey,
          newPassphrase: v.newPassphrase,
        }),
        'newPassphrase',
        v.newPassphrase,
        v.repeat,
      ),
    send: (v) => attempt('vault:recover', { recoveryKey: v.recoveryKey, newPassphrase: v.newPassphrase }),
    errorFields: {
      wrong_recovery_key: 'recoveryKey',
      weak_passphrase: 'newPassphrase',
      too_many_attempts: '_',
    },
    focus: (errors) =>
      focusFirstOf(errors, [
        ['recoveryKey', recoveryKeyRef],
        ['newPassphrase', newPassphraseRef],
        ['repeat', repeatRef],
      ]),
    failed: (error) => gate.afterFailure(error),
    sent: (state) => onUnlocked(state),
  });
  const { errors } = form;

  return (
    <form onSubmit={form.submit} noValidate>
      <RecoveryKeyFields
        form={form}
        hint="32 letters and digits in groups of four, as saved when you set up the workbench."
        reveal={reveal}
        onReveal={setReveal}
        refs={{ recoveryKey: recoveryKeyRef, newPassphrase: newPassphraseRef, repeat: repeatRef }}
      />
      <FormError error={errors['_']} />
      <WaitLine gate={gate} />
      <OpeningLine opening={form.busy} storageUpdate={storageUpdate} />
      <FormActions
        submit="Set new passphrase and unlock"
        busyLabel="Unlocking…"
        busy={form.busy}
        disabled={gate.waiting}
        ariaBusy
        layout="split"
        cancel={{ onClick: onBack, label: 'Back to unlock with your passphrase', link: true }}
      />
    </form>
  );
}
