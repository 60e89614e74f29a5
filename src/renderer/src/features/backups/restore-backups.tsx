/**
 * Restore over the current vault, in Settings: this vault's backups in the backup folders,
 * newest first with their dates, or any backup file chosen by hand. Each asks for
 * confirmation before anything is replaced.
 */
import { useId, useState } from 'react';
import type { BackupStatus, RestoreCandidate } from '../../../../shared/schemas/backups';
import { attempt } from '../../lib/api';
import { formatDateTime } from '../cases/dates';
import { formatSize, holdsLine } from './backup-wording';
import { RestoreDialog } from './restore-dialog';
import { ChooseBackupFile } from './restore-steps';

export function LastRestoreLine({ status }: { status: BackupStatus }) {
  const restore = status.lastRestore;
  if (!restore) return null;
  return (
    <p className="backup-restored">
      Restored on {formatDateTime(restore.at)} from the backup of {formatDateTime(restore.from)}.
      {restore.keptAs ? (
        <>
          {' '}
          The vault before it is kept in the vault folder as{' '}
          <span className="path-text">{restore.keptAs}</span>.
        </>
      ) : null}
    </p>
  );
}

export function RestoreBackups() {
  const id = useId();
  const [backups, setBackups] = useState<RestoreCandidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<RestoreCandidate | null>(null);
  const [busy, setBusy] = useState(false);
  const show = async () => {
    setBusy(true);
    setError(null);
    const result = await attempt('backup:list');
    setBusy(false);
    if (result.ok) setBackups(result.value.backups);
    else setError(result.error.message);
  };
  return (
    <div className="backup-restore" aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`} className="backup-subtitle">
        Restore from a backup
      </h3>
      <p className="field-hint">
        Puts the workbench back as it was when a backup was made. The vault as it is now is kept aside, never
        deleted.
      </p>
      {backups === null ? (
        <div className="actions actions-start">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void show()}
            disabled={busy}
          >
            {busy ? 'Looking for backups…' : 'Show the backups'}
          </button>
        </div>
      ) : backups.length === 0 ? (
        <p className="muted">
          No backup of this vault is in the backup folders (or they cannot be reached now).
        </p>
      ) : (
        <ul className="backup-list">
          {backups.map((b) => (
            <li key={b.token} className="backup-list-item">
              <span className="backup-list-text">
                <span className="backup-list-date">
                  {b.opened ? formatDateTime(b.opened.createdAt) : b.name}
                </span>
                <span className="muted">
                  {b.opened ? `${holdsLine(b.opened)} · ` : ''}
                  {formatSize(b.bytes)}
                </span>
                <span className="path-text muted">{b.folder}</span>
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={`Restore the backup of ${b.opened ? formatDateTime(b.opened.createdAt) : b.name}`}
                onClick={() => setChosen(b)}
              >
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="form-error" role="alert">
        {error ?? ''}
      </p>
      <ChooseBackupFile label="Choose another backup file…" onChosen={setChosen} />
      {chosen ? <RestoreDialog candidate={chosen} onClose={() => setChosen(null)} /> : null}
    </div>
  );
}
