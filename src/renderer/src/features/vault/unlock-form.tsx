/**
 * Unlock with the passphrase. The input is uncontrolled and emptied after every attempt, so
 * the passphrase is never held in React state; a wrong one is said plainly next to the field.
 */
import { useRef, useState } from 'react';
import { channels, type VaultState } from '../../../../shared/contract';
import { FormActions } from '../../components/form-actions';
import { PassphraseField, RevealToggle } from '../../components/passphrase-field';
import { attempt } from '../../lib/api';
import { validate } from '../../lib/form-errors';
import { useForm } from '../../lib/use-form';
import type { RetryGate } from '../../lib/use-retry-gate';
import { OpeningLine } from './opening-line';
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
  const [reveal, setReveal] = useState(false);
  const passphraseTyped = () => inputRef.current?.value ?? '';
  // No values: the passphrase stays in the input, never in the form's state (nor in a draft).
  const form = useForm({
    key: 'vault-unlock',
    // Passphrases are never kept as a draft, anywhere.
    keep: false,
    initial: {},
    ready: () => Boolean(inputRef.current) && !gate.waiting,
    check: () => validate(channels['vault:unlock'].input, { passphrase: passphraseTyped() }),
    send: async () => {
      const result = await attempt('vault:unlock', { passphrase: passphraseTyped() });
      if (inputRef.current) inputRef.current.value = '';
      return result;
    },
    clearErrorsWhileSending: true,
    errorsFrom: (error) => ({
      passphrase:
        error.code === 'too_many_attempts'
          ? 'There have been several wrong attempts, so the workbench is pausing for a moment.'
          : error.message,
    }),
    // After a refusal the cursor goes back once the pause (if any) is known.
    focus: (_, stage) => (stage === 'check' ? inputRef.current?.focus() : undefined),
    failed: async (error) => {
      await gate.afterFailure(error);
      inputRef.current?.focus();
    },
    sent: (state) => onUnlocked(state),
  });
  const error = form.errors['passphrase'] ?? '';

  return (
    <form onSubmit={form.submit} noValidate>
      <PassphraseField
        label="Passphrase"
        reveal={reveal}
        inputRef={inputRef}
        autoFocus
        autoComplete="current-password"
        error={error}
        onChange={() => {
          // Typing again clears the old message, but not while the pause is still running.
          if (error && !gate.waiting) form.clearErrors();
        }}
      />
      <RevealToggle checked={reveal} onChange={setReveal} label="Show what I type" />
      <WaitLine gate={gate} />
      <OpeningLine opening={form.busy} storageUpdate={storageUpdate} />
      <FormActions
        submit="Unlock"
        busyLabel="Unlocking…"
        busy={form.busy}
        disabled={gate.waiting}
        ariaBusy
        layout="split"
        cancel={{ onClick: onForgot, label: 'Forgot your passphrase? Use your recovery key', link: true }}
      />
    </form>
  );
}
