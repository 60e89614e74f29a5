/**
 * The way back in when the passphrase is forgotten: the recovery key saved at first run and
 * a new passphrase, chosen twice. The cases are untouched; only the passphrase changes.
 */
import { useRef, useState, type FormEvent } from 'react';
import { channels, type VaultState } from '../../../../shared/contract';
import { NewPassphraseFields } from '../../components/new-passphrase-fields';
import { RevealToggle } from '../../components/passphrase-field';
import { TextField } from '../../components/text-field';
import { attempt } from '../../lib/api';
import { fieldErrorsFrom, repeatProblem, validate, type FieldErrors } from '../../lib/form-errors';
import type { RetryGate } from '../../lib/use-retry-gate';
import { StorageUpdateLine } from './storage-update-line';
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
  const [recoveryKey, setRecoveryKey] = useState('');
  const [first, setFirst] = useState('');
  const [repeat, setRepeat] = useState('');
  const [reveal, setReveal] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const recoveryKeyRef = useRef<HTMLInputElement>(null);
  const newPassphraseRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  function show(next: FieldErrors) {
    setErrors(next);
    const firstField = (['recoveryKey', 'newPassphrase', 'repeat'] as const).find((f) => next[f]);
    if (firstField)
      ({ recoveryKey: recoveryKeyRef, newPassphrase: newPassphraseRef, repeat: repeatRef })[
        firstField
      ].current?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || gate.waiting) return;
    const problems = validate(channels['vault:recover'].input, { recoveryKey, newPassphrase: first }) ?? {};
    if (!problems['newPassphrase']) {
      const mismatch = repeatProblem(first, repeat);
      if (mismatch) problems['repeat'] = mismatch;
    }
    if (Object.keys(problems).length > 0) return show(problems);
    setBusy(true);
    const result = await attempt('vault:recover', { recoveryKey, newPassphrase: first });
    setBusy(false);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    const fields = fieldErrorsFrom(result.error, {
      wrong_recovery_key: 'recoveryKey',
      weak_passphrase: 'newPassphrase',
      too_many_attempts: '_',
    });
    show(fields);
    await gate.afterFailure(result.error);
  }

  const clear = (field: string) => setErrors((e) => ({ ...e, [field]: '' }));

  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label="Recovery key"
        hint="32 letters and digits in groups of four, as saved when you set up the workbench."
        mono
        autoFocus
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        value={recoveryKey}
        onChange={(e) => {
          setRecoveryKey(e.target.value);
          clear('recoveryKey');
        }}
        error={errors['recoveryKey']}
        inputRef={recoveryKeyRef}
      />
      <NewPassphraseFields
        labels={{ first: 'New passphrase', repeat: 'Repeat new passphrase' }}
        first={first}
        repeat={repeat}
        onFirst={(v) => {
          setFirst(v);
          clear('newPassphrase');
        }}
        onRepeat={(v) => {
          setRepeat(v);
          clear('repeat');
        }}
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
      <WaitLine gate={gate} />
      <StorageUpdateLine updating={busy && storageUpdate} />
      <div className="actions actions-split">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || gate.waiting}
          aria-busy={busy}
        >
          {busy ? 'Unlocking…' : 'Set new passphrase and unlock'}
        </button>
        <button type="button" className="button-link" onClick={onBack}>
          Back to unlock with your passphrase
        </button>
      </div>
    </form>
  );
}
