/**
 * Today's calm line about backups, when there has been no verified backup for longer than the
 * interval plus a day, or the backup folder cannot be reached: "Last backup 9 days ago: plug
 * in your backup drive or choose another folder". The wording is main's (backup:status), so
 * Today and Settings say the same.
 */
import { Notice } from '../../components/notice';
import { useNavigation } from '../../lib/navigation';
import { useBackupStatus } from './use-backup-status';

export function BackupNotice() {
  const { go } = useNavigation();
  const status = useBackupStatus();
  const notice = status.data?.notice;
  if (!notice) return null;
  return (
    <div className="backup-notice">
      <Notice tone="info" title="Backups">
        <p>{notice.message}</p>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => go({ area: 'settings' })}
        >
          Open backup settings
        </button>
      </Notice>
    </div>
  );
}
