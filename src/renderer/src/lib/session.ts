/**
 * The app's lock: flush pending writes, then vault:lock. One instance, shared by the Lock
 * button, Ctrl/Cmd+L, the menu and main's lock requests, so they never race each other.
 */
import { call } from './api';
import { createLocker } from './locker';
import { pendingWrites } from './pending-writes';

export const lockVault = createLocker({
  flushAll: () => pendingWrites.flushAll(),
  lock: (reason) => call('vault:lock', { reason }),
});
