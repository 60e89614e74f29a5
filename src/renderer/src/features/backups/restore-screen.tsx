/**
 * Restore on a new computer, from the first-run screen: choose the backup file, type the
 * passphrase it was made with (or use the recovery key and choose a new passphrase), see what
 * it holds, restore. Then the workbench opens as it was.
 */
import { useState } from 'react';
import type { RestoreCandidate, RestoreSummary } from '../../../../shared/schemas/backups';
import { attempt } from '../../lib/api';
import { VaultFrame } from '../vault/vault-frame';
import { RestoreSecretForm } from './restore-secret-form';
import { BackupHolds, ChooseBackupFile, ChosenFile } from './restore-steps';
import '../../styles/backups.css';

export interface Restored {
  from: string;
  cases: number;
  people: number;
  keptAs: string | null;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'secret'; candidate: RestoreCandidate }
  | { kind: 'ready'; candidate: RestoreCandidate; summary: RestoreSummary };

export function RestoreScreen({
  onRestored,
  onBack,
}: {
  onRestored(restored: Restored): void;
  onBack(): void;
}) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const again = () => {
    setError(null);
    void attempt('restore:cancel');
    setStep({ kind: 'choose' });
  };

  const restore = async (token: string) => {
    setBusy(true);
    setError(null);
    const result = await attempt('restore:apply', { token });
    setBusy(false);
    if (result.ok) onRestored(result.value);
    else setError(result.error.message);
  };

  return (
    <VaultFrame>
      <h1 className="page-title">Restore from a backup</h1>
      {step.kind === 'choose' ? (
        <>
          <p className="lead">
            Choose the backup file you want to restore: a file ending in .rwbackup, on your backup drive, a
            network drive or a folder your sync service keeps.
          </p>
          <ChooseBackupFile primary onChosen={(candidate) => setStep({ kind: 'secret', candidate })} />
          <div className="actions">
            <button type="button" className="button-link" onClick={onBack}>
              Back: create a new vault instead
            </button>
          </div>
        </>
      ) : step.kind === 'secret' ? (
        <>
          <ChosenFile candidate={step.candidate} />
          <RestoreSecretForm
            token={step.candidate.token}
            onOpened={(summary) => setStep({ kind: 'ready', candidate: step.candidate, summary })}
            cancel={{ label: 'Choose another file', onClick: again }}
          />
        </>
      ) : (
        <>
          <ChosenFile candidate={step.candidate} />
          <BackupHolds summary={step.summary} />
          <p>
            Restoring checks every part of the backup before anything is put in place, then opens the
            workbench as it was when the backup was made.
          </p>
          <p className="form-error" role="alert">
            {error ?? ''}
          </p>
          <div className="actions actions-split">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void restore(step.candidate.token)}
              disabled={busy}
              aria-busy={busy}
            >
              {busy ? 'Restoring: checking every part…' : 'Restore'}
            </button>
            <button type="button" className="button-link" onClick={again} disabled={busy}>
              Choose another file
            </button>
          </div>
        </>
      )}
    </VaultFrame>
  );
}
