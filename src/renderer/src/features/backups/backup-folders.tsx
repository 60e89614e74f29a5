/**
 * Where backups go: one folder (a USB stick, a network drive, or a folder a sync service
 * already syncs), and a second one if wanted. Each says whether it can be reached now.
 */
import { useState } from 'react';
import type { BackupSlot, BackupStatus } from '../../../../shared/schemas/backups';
import { attempt, type Result } from '../../lib/api';
import { showBackupStatus } from './use-backup-status';

function FolderRow({
  title,
  folder,
  slot,
  busy,
  onChoose,
  onRemove,
}: {
  title: string;
  folder: BackupStatus['folders'][number] | undefined;
  slot: BackupSlot;
  busy: boolean;
  onChoose(slot: BackupSlot): void;
  onRemove(slot: BackupSlot): void;
}) {
  return (
    <div className="backup-folder">
      <p className="field-label">{title}</p>
      {folder ? (
        <>
          <p className="path-text">{folder.path}</p>
          {folder.problem ? <p className="backup-folder-problem">{folder.problem}</p> : null}
        </>
      ) : (
        <p className="muted">{slot === 'first' ? 'None chosen yet.' : 'None (optional).'}</p>
      )}
      <div className="actions actions-start">
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          onClick={() => onChoose(slot)}
        >
          {folder ? 'Change folder…' : slot === 'first' ? 'Choose a folder…' : 'Choose a second folder…'}
        </button>
        {folder ? (
          <button type="button" className="button-link" disabled={busy} onClick={() => onRemove(slot)}>
            {slot === 'first' ? 'Stop backing up here' : 'Remove the second folder'}
          </button>
        ) : null}
      </div>
    </div>
  );
}

export function BackupFolders({ status }: { status: BackupStatus }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (change: () => Promise<Result<BackupStatus>>) => {
    setBusy(true);
    setError(null);
    const result = await change();
    setBusy(false);
    if (result.ok) showBackupStatus(result.value);
    else setError(result.error.message);
  };
  const first = status.folders.find((f) => f.slot === 'first');
  const second = status.folders.find((f) => f.slot === 'second');
  const choose = (slot: BackupSlot) => void run(() => attempt('backup:chooseFolder', { slot }));
  const remove = (slot: BackupSlot) => void run(() => attempt('backup:removeFolder', { slot }));
  return (
    <div className="backup-folders">
      <FolderRow
        title="Backup folder"
        folder={first}
        slot="first"
        busy={busy}
        onChoose={choose}
        onRemove={remove}
      />
      {first ? (
        <FolderRow
          title="Second folder"
          folder={second}
          slot="second"
          busy={busy}
          onChoose={choose}
          onRemove={remove}
        />
      ) : null}
      <p className="form-error" role="alert">
        {error ?? ''}
      </p>
    </div>
  );
}
