/**
 * Opening a backup with a secret: the passphrase it was made with (an older one, if the
 * passphrase has changed since), or the recovery key and a new passphrase. The passphrase
 * input is uncontrolled and emptied after each try, as on the unlock screen, so it is never
 * held in React state; main checks the secret and answers with what the backup holds.
 */
import { useRef, useState } from 'react';
import type { RestoreSummary } from '../../../../shared/schemas/backups';
import { restoreOpenInput } from '../../../../shared/schemas/backups';
import { FormActions, FormError } from '../../components/form-actions';
import { PassphraseField, RevealToggle } from '../../components/passphrase-field';
import { RecoveryKeyFields } from '../../components/recovery-key-fields';
import { attempt } from '../../lib/api';
import { validate, withRepeatCheck } from '../../lib/form-errors';
import { focusFirstOf, useForm } from '../../lib/use-form';

export const olderPassphraseHint =
  'The passphrase this backup was made with. If you have changed your passphrase since, a backup made before the change still opens with the passphrase you had then, or with your recovery key.';

interface SecretFormProps {
  token: string;
  onOpened(summary: RestoreSummary): void;
  /** Another way out (choose another file, cancel). */
  cancel?: { label: string; onClick(): void };
}

function PassphraseOpen({ token, onOpened, cancel, onRecovery }: SecretFormProps & { onRecovery(): void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [reveal, setReveal] = useState(false);
  const typed = () => inputRef.current?.value ?? '';
  const form = useForm({
    key: `vault-restore-passphrase:${token}`,
    keep: false,
    initial: {},
    check: () => validate(restoreOpenInput, { token, with: 'passphrase', passphrase: typed() }),
    send: async () => {
      const result = await attempt('restore:open', { token, with: 'passphrase', passphrase: typed() });
      if (inputRef.current) inputRef.current.value = '';
      return result;
    },
    clearErrorsWhileSending: true,
    errorsFrom: (error): Record<string, string> =>
      error.code === 'wrong_passphrase'
        ? { passphrase: error.fields?.['passphrase'] ?? error.message }
        : { _: error.message },
    focus: () => inputRef.current?.focus(),
    sent: (summary) => onOpened(summary),
  });
  return (
    <form onSubmit={form.submit} noValidate>
      <PassphraseField
        label="Passphrase of this backup"
        hint={olderPassphraseHint}
        reveal={reveal}
        inputRef={inputRef}
        autoFocus
        autoComplete="current-password"
        error={form.errors['passphrase']}
        onChange={() => form.clearErrors(['passphrase'])}
      />
      <RevealToggle checked={reveal} onChange={setReveal} label="Show what I type" />
      <FormError error={form.errors['_']} />
      <FormActions submit="Open the backup" busyLabel="Opening…" busy={form.busy} ariaBusy layout="split">
        <button type="button" className="button-link" onClick={onRecovery}>
          Use the recovery key instead
        </button>
        {cancel ? (
          <button type="button" className="button-link" onClick={cancel.onClick}>
            {cancel.label}
          </button>
        ) : null}
      </FormActions>
    </form>
  );
}

function RecoveryOpen({ token, onOpened, cancel, onPassphrase }: SecretFormProps & { onPassphrase(): void }) {
  const [reveal, setReveal] = useState(false);
  const recoveryKeyRef = useRef<HTMLInputElement>(null);
  const newPassphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    key: `vault-restore-recovery:${token}`,
    // Passphrases and recovery keys are never kept as a draft, anywhere.
    keep: false,
    initial: { recoveryKey: '', newPassphrase: '', repeat: '' },
    check: (v) =>
      withRepeatCheck(
        validate(restoreOpenInput, {
          token,
          with: 'recovery-key',
          recoveryKey: v.recoveryKey,
          newPassphrase: v.newPassphrase,
        }),
        'newPassphrase',
        v.newPassphrase,
        v.repeat,
      ),
    send: (v) =>
      attempt('restore:open', {
        token,
        with: 'recovery-key',
        recoveryKey: v.recoveryKey,
        newPassphrase: v.newPassphrase,
      }),
    errorFields: { wrong_recovery_key: 'recoveryKey', weak_passphrase: 'newPassphrase' },
    focus: (errors) =>
      focusFirstOf(errors, [
        ['recoveryKey', recoveryKeyRef],
        ['newPassphrase', newPassphraseRef],
        ['repeat', repeatRef],
      ]),
    sent: (summary) => {
      onOpened(summary);
      return { recoveryKey: '', newPassphrase: '', repeat: '' };
    },
  });
  const { errors } = form;
  return (
    <form onSubmit={form.submit} noValidate>
      <RecoveryKeyFields
        form={form}
        hint="The recovery key opens every backup of your vault, whatever passphrase it was made with."
        reveal={reveal}
        onReveal={setReveal}
        refs={{ recoveryKey: recoveryKeyRef, newPassphrase: newPassphraseRef, repeat: repeatRef }}
      />
      <FormError error={errors['_']} />
      <FormActions submit="Open the backup" busyLabel="Opening…" busy={form.busy} ariaBusy layout="split">
        <button type="button" className="button-link" onClick={onPassphrase}>
          Use the passphrase instead
        </button>
        {cancel ? (
          <button type="button" className="button-link" onClick={cancel.onClick}>
            {cancel.label}
          </button>
        ) : null}
      </FormActions>
    </form>
  );
}

export function RestoreSecretForm(props: SecretFormProps) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  return mode === 'passphrase' ? (
    <PassphraseOpen {...props} onRecovery={() => setMode('recovery')} />
  ) : (
    <RecoveryOpen {...props} onPassphrase={() => setMode('passphrase')} />
  );
}
