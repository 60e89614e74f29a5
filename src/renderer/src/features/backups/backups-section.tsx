/**
 * Settings → Backups: where backups go, where things stand (the last verified backup, what
 * went wrong since), Back up now, when automatic backups are made and how many are kept, and
 * restoring one.
 */
import { useId } from 'react';
import { Notice } from '../../components/notice';
import { SectionHead } from '../../components/section-head';
import { BackupFolders } from './backup-folders';
import { BackupSchedule } from './backup-schedule';
import { BackUpNow, BackupProblems, LastBackup } from './backup-state';
import { LastRestoreLine, RestoreBackups } from './restore-backups';
import { useBackupStatus } from './use-backup-status';
import '../../styles/backups.css';

export function BackupsSection() {
  const id = useId();
  const status = useBackupStatus();
  const data = status.data;
  return (
    <section className="settings-section backups-section" id="backups" aria-labelledby={`${id}-title`}>
      <SectionHead id={`${id}-title`} title="Backups" />
      <p className="field-hint">
        Encrypted copies of everything in the workbench, in a folder you choose: a USB stick, a network drive,
        or a folder that OneDrive, Dropbox, Nextcloud or Syncthing already syncs. The workbench only writes
        encrypted files there and never talks to those services. Each backup is checked right after it is
        written.
      </p>
      {status.error ? (
        <p className="form-error" role="alert">
          {status.error.message}
        </p>
      ) : !data ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          {data.notice && data.folders.length === 0 ? (
            <Notice tone="info">
              <p>{data.notice.message}</p>
            </Notice>
          ) : null}
          <LastBackup status={data} />
          <BackupProblems status={data} />
          <BackUpNow status={data} />
          <BackupFolders status={data} />
          <BackupSchedule status={data} />
          <LastRestoreLine status={data} />
          <RestoreBackups />
        </>
      )}
    </section>
  );
}
