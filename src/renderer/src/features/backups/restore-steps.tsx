/**
 * The parts every restore shows: choosing a backup file (main opens the dialog and checks the
 * file before any secret is asked for), what the chosen file is, and what an opened backup
 * holds (its date and counts come from inside the encrypted part).
 */
import { useState } from 'react';
import type { RestoreCandidate, RestoreSummary } from '../../../../shared/schemas/backups';
import { attempt } from '../../lib/api';
import { formatDateTime } from '../cases/dates';
import { formatSize, holdsLine } from './backup-wording';

/** The "Choose a backup file…" button; says at once what is wrong with a file that is not a backup. */
export function ChooseBackupFile({
  onChosen,
  label = 'Choose a backup file…',
  primary,
}: {
  onChosen(candidate: RestoreCandidate): void;
  label?: string;
  primary?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = async () => {
    setBusy(true);
    setError(null);
    const result = await attempt('restore:chooseFile');
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (!('cancelled' in result.value)) onChosen(result.value);
  };
  return (
    <div className="restore-choose">
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button button-secondary'}
        onClick={() => void choose()}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? 'Checking the file…' : label}
      </button>
      <p className="form-error" role="alert">
        {error ?? ''}
      </p>
    </div>
  );
}

export function ChosenFile({ candidate }: { candidate: RestoreCandidate }) {
  return (
    <dl className="restore-file">
      <dt>File</dt>
      <dd className="path-text">{candidate.name}</dd>
      <dt>Folder</dt>
      <dd className="path-text">{candidate.folder}</dd>
      <dt>Size</dt>
      <dd>{formatSize(candidate.bytes)}</dd>
    </dl>
  );
}

/** What a backup holds, as the restore is about to put it back. */
export function BackupHolds({
  summary,
}: {
  summary: Pick<RestoreSummary, 'createdAt' | 'cases' | 'people' | 'appVersion'>;
}) {
  return (
    <div className="restore-holds" role="status">
      <p className="restore-holds-date">Backup of {formatDateTime(summary.createdAt)}</p>
      <p>
        It holds {holdsLine(summary)}. Made by Restorative Workbench {summary.appVersion}.
      </p>
    </div>
  );
}
