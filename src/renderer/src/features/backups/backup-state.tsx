/**
 * Where things stand: the last verified backup (when, how big, where), what went wrong since
 * (if anything), and Back up now, which says how it went.
 */
import { useState } from 'react';
import type { BackupStatus } from '../../../../shared/schemas/backups';
import { Notice } from '../../components/notice';
import { attempt } from '../../lib/api';
import { formatDateTime } from '../cases/dates';
import { verifiedLine } from './backup-wording';
import { showBackupStatus } from './use-backup-status';

export function LastBackup({ status }: { status: BackupStatus }) {
  const verified = status.lastVerified;
  return (
    <div className="backup-last">
      <p className="field-label">Last verified backup</p>
      {verified ? (
        <>
          <p>{verifiedLine(verified)}</p>
          <p className="path-text muted">
            {verified.file} in {verified.folder}
          </p>
        </>
      ) : (
        <p className="muted">None yet.</p>
      )}
    </div>
  );
}

export function BackupProblems({ status }: { status: BackupStatus }) {
  const problem = status.lastProblem;
  if (status.running) return <p className="wait-line">Backing up… The workbench stays usable meanwhile.</p>;
  if (problem) {
    return (
      <Notice tone="warning" title={`The backup on ${formatDateTime(problem.at)} did not happen`}>
        <p>{problem.message}</p>
      </Notice>
    );
  }
  if (status.owed) {
    return (
      <Notice tone="info" title="A backup is waiting">
        <p>
          The last backup could not finish before the vault locked. It is made now that the vault is open.
        </p>
      </Notice>
    );
  }
  return null;
}

export function BackUpNow({ status }: { status: BackupStatus }) {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const backUp = async () => {
    setBusy(true);
    setSaid(null);
    const result = await attempt('backup:now');
    setBusy(false);
    if (!result.ok) {
      setSaid({ ok: false, text: result.error.message });
      return;
    }
    showBackupStatus(result.value.status);
    const failed = result.value.results.filter((r) => r.outcome !== 'verified');
    setSaid(
      failed.length === 0
        ? { ok: true, text: 'Backed up and verified.' }
        : { ok: false, text: failed.map((r) => r.message).join(' ') },
    );
  };
  const disabled = busy || status.folders.length === 0;
  return (
    <div className="actions actions-start">
      <button
        type="button"
        className="button button-primary"
        onClick={() => void backUp()}
        disabled={disabled}
        aria-busy={busy}
      >
        {busy ? 'Backing up…' : 'Back up now'}
      </button>
      <p className={said && !said.ok ? 'save-status save-status-error' : 'save-status'} role="status">
        {said?.text ?? ''}
      </p>
    </div>
  );
}
