/** Binds each contract channel to the service that answers it. No electron here. */
import type { Handlers } from './dispatch';
import type { Session } from './session';
import { getNote, saveNote, type Clock } from './services/notes';
import { getSettings, updateSettings } from './services/settings';
import type { Vault } from './vault/vault';

export function buildHandlers(vault: Vault, session: Session, clock: Clock): Handlers {
  const afterUnlock = () => {
    if (vault.isUnlocked) session.configure(getSettings(vault.db).autoLockMinutes);
    session.activity();
  };
  return {
    'vault:status': () => vault.status(),
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
    'vault:lock': ({ reason }) => vault.lock(reason),
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
    'note:save': (input) => saveNote(vault.db, input, clock),
    'note:get': ({ id }) => getNote(vault.db, id),
  };
}
