/**
 * After the database was found damaged (kept aside, a fresh one started): the latest verified
 * backup of this vault, offered for restoring. It opens with the vault's own key, so only a
 * confirmation is asked.
 */
import { useEffect, useState } from 'react';
import type { RestoreCandidate } from '../../../../shared/schemas/backups';
import { attempt } from '../../lib/api';
import { formatDateTime } from '../cases/dates';
import { holdsLine } from './backup-wording';
import { RestoreDialog } from './restore-dialog';

export function DamagedVaultRestore() {
  const [latest, setLatest] = useState<RestoreCandidate | null | undefined>(undefined);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let live = true;
    void attempt('backup:list').then((result) => {
      if (live) setLatest(result.ok ? (result.value.backups[0] ?? null) : null);
    });
    return () => {
      live = false;
    };
  }, []);
  if (latest === undefined) return null;
  if (latest === null || !latest.opened) {
    return (
      <p>
        No backup of this vault was found in the backup folders. A backup file can be restored from Settings.
      </p>
    );
  }
  return (
    <>
      <p>
        The latest verified backup is from {formatDateTime(latest.opened.createdAt)} and holds{' '}
        {holdsLine(latest.opened)}.
      </p>
      <button
        type="button"
        className="button button-primary button-small damaged-restore-button"
        onClick={() => setOpen(true)}
      >
        Restore this backup…
      </button>
      {open ? <RestoreDialog candidate={latest} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
