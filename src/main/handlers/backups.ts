import type { Handlers } from '../dispatch';
import { getSettings } from '../services/settings';
import type { HandlerDeps } from './types';

type BackupChannel = Extract<keyof Handlers, `backup:${string}` | `restore:${string}`>;

export function backupHandlers({
  vault,
  session,
  backups,
  restores,
}: HandlerDeps): Pick<Handlers, BackupChannel> {
  return {
    'backup:status': () => backups.status(),
    'backup:chooseFolder': ({ slot }) => backups.chooseFolder(slot),
    'backup:removeFolder': ({ slot }) => backups.removeFolder(slot),
    'backup:updateSettings': (changes) => backups.updateSettings(changes),
    'backup:now': () => backups.backupNow(),
    'backup:list': () => restores.list(),
    'restore:chooseFile': () => restores.chooseFile(),
    'restore:pick': ({ token }) => restores.pick(token),
    'restore:open': (input) => restores.open(input),
    'restore:apply': async ({ token }) => {
      const restored = await restores.apply(token);
      // The restored vault is open, with its own automatic-lock setting.
      if (vault.isUnlocked) session.configure(getSettings(vault.db).autoLockMinutes);
      session.activity();
      return restored;
    },
    'restore:cancel': () => restores.cancel(),
  };
}
