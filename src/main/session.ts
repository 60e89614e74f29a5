/**
 * Auto-lock. Main decides when the vault should lock (idle too long, OS suspend, screen
 * lock) and first asks the renderer to save what is typed; if the renderer does not lock
 * within a short grace period (frozen, closed), main locks anyway. Locking never waits on
 * the renderer for long, and never loses what was acknowledged.
 */
import type { LockReason } from '../shared/contract';
import type { EventHub } from './event-hub';
import type { Vault } from './vault/vault';

export const LOCK_GRACE_MS = 1_500;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class Session {
  private lastActivity: number;
  private autoLockMinutes = 10;
  private pendingLock: unknown = null;

  constructor(
    private readonly vault: Vault,
    private readonly events: EventHub,
    private readonly now: () => number = Date.now,
    private readonly timers: Timers = realTimers,
    /** How the vault is locked: the workbench gives a due backup its moment first. */
    private readonly lock: (reason: LockReason) => unknown = (reason) => vault.lock(reason),
  ) {
    this.lastActivity = now();
    vault.onLocked((reason) => {
      this.cancelPendingLock();
      events.emit('vault:locked', { reason });
    });
  }

  configure(autoLockMinutes: number): void {
    this.autoLockMinutes = autoLockMinutes;
  }

  /** The renderer saw the facilitator type, click or scroll. Returns when idle-lock would fire. */
  activity(): number | null {
    this.lastActivity = this.now();
    return this.idleLockAt();
  }

  idleLockAt(): number | null {
    if (this.autoLockMinutes === 0 || !this.vault.isUnlocked) return null;
    return this.lastActivity + this.autoLockMinutes * 60_000;
  }

  /** Called on a timer by the shell; cheap, so it can run every few seconds. */
  tick(): void {
    const at = this.idleLockAt();
    if (at !== null && this.now() >= at) this.requestLock('idle');
  }

  /** Ask the renderer to save and lock; lock anyway after the grace period. */
  requestLock(reason: LockReason): void {
    if (!this.vault.isUnlocked || this.pendingLock !== null) return;
    this.events.emit('session:lockRequested', { reason });
    this.pendingLock = this.timers.setTimeout(() => {
      this.pendingLock = null;
      void this.lock(reason);
    }, LOCK_GRACE_MS);
  }

  private cancelPendingLock(): void {
    if (this.pendingLock !== null) this.timers.clearTimeout(this.pendingLock);
    this.pendingLock = null;
  }
}
