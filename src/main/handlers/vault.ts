import type { Handlers } from '../dispatch';
import { getSettings, updateSettings } from '../services/settings';
import type { HandlerDeps } from './types';

type VaultChannel =
  | 'vault:status'
  | 'vault:create'
  | 'vault:unlock'
  | 'vault:recover'
  | 'vault:lock'
  | 'vault:changePassphrase'
  | 'session:activity'
  | 'settings:get'
  | 'settings:update';

export function vaultHandlers({ vault, session, backups, lock }: HandlerDeps): Pick<Handlers, VaultChannel> {
  const afterUnlock = () => {
    if (vault.isUnlocked) session.configure(getSettings(vault.db).autoLockMinutes);
    session.activity();
  };
  return {
    'vault:status': () => ({ ...vault.status(), ...(vault.isUnlocked ? {} : backups.lockedFacts()) }),
    'vault:create': async ({ passphrase }) => {
      const result = await vault.create(passphrase);
      afterUnlock();
      return result;
    },
    'vault:unlock': async ({ passphrase }) => {
      const state = await vault.unlock(passphrase);
      afterUnlock();
      return state;
    },
    'vault:recover': async ({ recoveryKey, newPassphrase }) => {
      const state = await vault.recover(recoveryKey, newPassphrase);
      afterUnlock();
      return state;
    },
    'vault:lock': ({ reason }) => lock(reason),
    'vault:changePassphrase': async ({ currentPassphrase, newPassphrase }) => {
      await vault.changePassphrase(currentPassphrase, newPassphrase);
      return { changed: true as const };
    },
    'session:activity': () => ({ idleLockAt: session.activity() }),
    'settings:get': () => getSettings(vault.db),
    'settings:update': (changes) => {
      const settings = updateSettings(vault.db, changes);
      session.configure(settings.autoLockMinutes);
      return settings;
    },
  };
}
