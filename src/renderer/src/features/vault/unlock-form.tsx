/**
 * Unlock with the passphrase. The input is uncontrolled and emptied after every attempt, so
 * the passphrase is never held in React state; a wrong one is said plainly next to the field.
 */
import { useRef, useState, type FormEvent } from 'react';
import { channels, type VaultState } from '../../../../shared/contract';
import { PassphraseField, RevealToggle } from '../../components/passphrase-field';
import { attempt } from '../../lib/api';
import { validate } from '../../lib/form-errors';
import type { RetryGate } from '../../lib/use-retry-gate';
import { StorageUpdateLine } from './storage-update-line';
import { WaitLine } from './wait-line';

export interface UnlockFormProps {
  /** Shared by both forms: a pause earned in one applies to the other. */
  gate: RetryGate;
  /** This unlock will first update the storage format: say so while it runs. */
  storageUpdate: boolean;
  onUnlocked(state: VaultState): void;
  onForgot(): void;
}

export function UnlockForm({ gate, storageUpdate, onUnlocked, onForgot }: UnlockFormProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState('');
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = inputRef.current;
    if (!input || busy || gate.waiting) return;
    const passphrase = input.value;
    const problem = validate(channels['vault:unlock'].input, { passphrase })?.['passphrase'];
    if (problem) {
      setError(problem);
      input.focus();
      return;
    }
    setBusy(true);
    setError('');
    const result = await attempt('vault:unlock', { passphrase });
    input.value = '';
    setBusy(false);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    setError(
      result.error.code === 'too_many_attempts'
        ? 'There have been several wrong attempts, so the workbench is pausing for a moment.'
        : result.error.message,
    );
    await gate.afterFailure(result.error);
    input.focus();
  }

  return (
    <form onSubmit={submit} noValidate>
      <PassphraseField
        label="Passphrase"
        reveal={reveal}
        inputRef={inputRef}
        autoFocus
        autoComplete="current-password"
        error={error}
        onChange={() => {
          // Typing again clears the old message, but not while the pause is still running.
          if (error && !gate.waiting) setError('');
        }}
      />
      <RevealToggle checked={reveal} onChange={setReveal} label="Show what I type" />
      <WaitLine gate={gate} />
      <StorageUpdateLine updating={busy && storageUpdate} />
      <div className="actions actions-split">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || gate.waiting}
          aria-busy={busy}
        >
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        <button type="button" className="button-link" onClick={onForgot}>
          Forgot your passphrase? Use your recovery key
        </button>
      </div>
    </form>
  );
}
