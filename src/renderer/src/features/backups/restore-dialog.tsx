/**
 * Restoring over the vault that is open (Settings, or the notice after damage): what the
 * backup holds, then a confirmation that says what happens: everything now in the workbench
 * is replaced, and the current vault is kept aside in the vault folder, never deleted. A
 * backup of another vault first asks for its passphrase and says plainly that it is another.
 */
import { useId, useState } from 'react';
import type { RestoreCandidate, RestoreSummary } from '../../../../shared/schemas/backups';
import { Notice } from '../../components/notice';
import { attempt } from '../../lib/api';
import { pendingWrites } from '../../lib/pending-writes';
import { ModalDialog } from '../cases/modal-dialog';
import { RestoreSecretForm } from './restore-secret-form';
import { BackupHolds, ChosenFile } from './restore-steps';

export function RestoreDialog({ candidate, onClose }: { candidate: RestoreCandidate; onClose(): void }) {
  const titleId = useId();
  const own: RestoreSummary | null = candidate.opened ? { ...candidate.opened, thisVault: true } : null;
  const [summary, setSummary] = useState<RestoreSummary | null>(own);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async () => {
    setBusy(true);
    setError(null);
    // What is typed but not yet saved is saved first: it is part of the vault kept aside.
    const flushed = await pendingWrites.flushAll();
    if (flushed.failures.length > 0) {
      setBusy(false);
      setError(
        'Something you typed could not be saved, so nothing was restored. Copy it somewhere safe first.',
      );
      return;
    }
    const result = await attempt('restore:apply', { token: candidate.token });
    // On success main says so to the whole app (vault:restored), which starts the shell over.
    if (!result.ok) {
      setBusy(false);
      setError(result.error.message);
    }
  };

  return (
    <ModalDialog labelledBy={titleId} onRequestClose={() => (busy ? undefined : onClose())}>
      <div className="modal-head">
        <h2 id={titleId} className="modal-title">
          Restore a backup
        </h2>
      </div>
      {summary ? (
        <div className="modal-body">
          <BackupHolds summary={summary} />
          {summary.thisVault === false ? (
            <Notice tone="warning" title="This is a backup of another vault">
              <p>
                It was made on another computer, or before this vault was created. Restoring it replaces this
                vault with it, and from then on you unlock with the passphrase of the backup.
              </p>
            </Notice>
          ) : null}
          <p>
            Everything in the workbench now is replaced by what the backup holds. Your current vault is not
            deleted: it is kept aside in the vault folder.
          </p>
          <p className="form-error" role="alert">
            {error ?? ''}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              onClick={() => void restore()}
              disabled={busy}
              aria-busy={busy}
              data-autofocus
            >
              {busy ? 'Restoring: checking every part…' : 'Restore this backup'}
            </button>
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="modal-body">
          <ChosenFile candidate={candidate} />
          <RestoreSecretForm
            token={candidate.token}
            onOpened={setSummary}
            cancel={{ label: 'Cancel', onClick: onClose }}
          />
        </div>
      )}
    </ModalDialog>
  );
}
