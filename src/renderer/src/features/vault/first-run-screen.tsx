/**
 * First start: what the workbench does with the facilitator's data, in two sentences, then
 * a passphrase chosen twice. The rule is checked with the contract's own schema before
 * anything is sent, and main checks it again.
 */
import { useRef, useState, type FormEvent } from 'react';
import { channels } from '../../../../shared/contract';
import { NewPassphraseFields } from '../../components/new-passphrase-fields';
import { Notice } from '../../components/notice';
import { RevealToggle } from '../../components/passphrase-field';
import { attempt } from '../../lib/api';
import { fieldErrorsFrom, repeatProblem, validate, type FieldErrors } from '../../lib/form-errors';
import { VaultFrame } from './vault-frame';

export function FirstRunScreen({ onCreated }: { onCreated(recoveryKey: string): void }) {
  const [first, setFirst] = useState('');
  const [repeat, setRepeat] = useState('');
  const [reveal, setReveal] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const ruleProblem = validate(channels['vault:create'].input, { passphrase: first })?.['passphrase'];
    const mismatch = ruleProblem ? null : repeatProblem(first, repeat);
    if (ruleProblem || mismatch) {
      setErrors(ruleProblem ? { passphrase: ruleProblem } : { repeat: mismatch ?? '' });
      (ruleProblem ? firstRef : repeatRef).current?.focus();
      return;
    }
    setBusy(true);
    const result = await attempt('vault:create', { passphrase: first });
    setBusy(false);
    if (!result.ok) {
      const fields = fieldErrorsFrom(result.error, { weak_passphrase: 'passphrase' });
      setErrors({ ...fields, passphrase: fields['passphrase'] ?? fields['newPassphrase'] ?? '' });
      firstRef.current?.focus();
      return;
    }
    onCreated(result.value.recoveryKey);
  }

  return (
    <VaultFrame>
      <h1 className="page-title">Welcome</h1>
      <p className="lead">
        Everything you record here stays on this computer, encrypted, and is never sent anywhere. Choose a
        passphrase to lock and unlock it.
      </p>
      <form onSubmit={submit} noValidate>
        <NewPassphraseFields
          labels={{ first: 'Passphrase', repeat: 'Repeat passphrase' }}
          first={first}
          repeat={repeat}
          onFirst={(v) => {
            setFirst(v);
            setErrors((e) => ({ ...e, passphrase: '' }));
          }}
          onRepeat={(v) => {
            setRepeat(v);
            setErrors((e) => ({ ...e, repeat: '' }));
          }}
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
        {errors['_'] ? (
          <p className="form-error" role="alert">
            {errors['_']}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
            {busy ? 'Setting up…' : 'Set passphrase'}
          </button>
        </div>
      </form>
    </VaultFrame>
  );
}
