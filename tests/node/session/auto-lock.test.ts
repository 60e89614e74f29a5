import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_GRACE_MS } from '../../../src/main/session';
import type { LockReason } from '../../../src/shared/contract';
import { ManualTime } from '../support/manual-time';
import {
  call,
  createVault,
  openTempWorkbench,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';

const MINUTE = 60_000;

let time: ManualTime;
let wb: TempWorkbench;
let events: [string, unknown][];

beforeEach(async () => {
  time = new ManualTime();
  wb = openTempWorkbench({ now: time.now, timers: time.timers });
  events = [];
  wb.events.subscribe((event, payload) => events.push([event, payload]));
  await createVault(wb);
});
afterEach(() => wb.cleanup());

const requested = (reason: LockReason) => ['session:lockRequested', { reason }];
const locked = (reason: LockReason) => ['vault:locked', { reason }];

describe('auto-lock on idle', () => {
  it('asks the renderer to save and lock once idle too long, then locks itself after the grace period', async () => {
    await call(wb, 'settings:update', { autoLockMinutes: 1 });
    const { id } = (await call(wb, 'note:save', { body: 'Typed just before going idle.' })) as { id: string };
    expect(await call(wb, 'session:activity')).toEqual({ idleLockAt: time.now() + MINUTE });

    time.advance(MINUTE - 1);
    wb.session.tick();
    expect(events).toEqual([]);

    time.advance(1);
    wb.session.tick();
    expect(events).toEqual([requested('idle')]);
    expect(wb.vault.isUnlocked).toBe(true);
    wb.session.tick(); // the shell keeps ticking; no second request
    expect(events).toEqual([requested('idle')]);

    time.advance(LOCK_GRACE_MS - 1);
    expect(wb.vault.isUnlocked).toBe(true);
    time.advance(1);
    expect(wb.vault.isUnlocked).toBe(false);
    expect(events).toEqual([requested('idle'), locked('idle')]);
    expect(await call(wb, 'vault:status')).toMatchObject({ state: 'locked' });

    await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await call(wb, 'note:get', { id })).toMatchObject({ body: 'Typed just before going idle.' });
  });

  it('activity pushes the lock back', async () => {
    await call(wb, 'settings:update', { autoLockMinutes: 5 });
    await call(wb, 'session:activity');
    time.advance(4 * MINUTE);
    await call(wb, 'session:activity');
    time.advance(4 * MINUTE);
    wb.session.tick();
    expect(events).toEqual([]);
    time.advance(MINUTE);
    wb.session.tick();
    expect(events).toEqual([requested('idle')]);
  });

  it('when the renderer locks within the grace period, the vault locks once and the fallback is cancelled', async () => {
    await call(wb, 'settings:update', { autoLockMinutes: 1 });
    await call(wb, 'session:activity');
    time.advance(MINUTE);
    wb.session.tick();
    expect(time.pendingTimers).toBe(1);
    await call(wb, 'vault:lock', { reason: 'idle' });
    expect(time.pendingTimers).toBe(0);
    time.advance(10 * LOCK_GRACE_MS);
    expect(events).toEqual([requested('idle'), locked('idle')]);
  });

  it('autoLockMinutes 0 never locks, and the choice survives lock and unlock', async () => {
    await call(wb, 'settings:update', { autoLockMinutes: 0 });
    expect(await call(wb, 'session:activity')).toEqual({ idleLockAt: null });
    time.advance(24 * 60 * MINUTE);
    wb.session.tick();
    time.advance(LOCK_GRACE_MS);
    expect(events).toEqual([]);
    expect(wb.vault.isUnlocked).toBe(true);

    await call(wb, 'vault:lock', {});
    await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    events.length = 0;
    time.advance(24 * 60 * MINUTE);
    wb.session.tick();
    expect(events).toEqual([]);
    expect(wb.vault.isUnlocked).toBe(true);
  });

  it('the default (10 minutes) applies to a new vault', async () => {
    expect(await call(wb, 'session:activity')).toEqual({ idleLockAt: time.now() + 10 * MINUTE });
    time.advance(10 * MINUTE);
    wb.session.tick();
    time.advance(LOCK_GRACE_MS);
    expect(events).toEqual([requested('idle'), locked('idle')]);
  });
});

describe('locking on suspend and screen lock', () => {
  it.each(['suspend', 'screen-lock'] as const)(
    'requestLock(%s) asks first, then locks after the grace period',
    async (reason) => {
      await call(wb, 'settings:update', { autoLockMinutes: 0 });
      wb.session.requestLock(reason);
      expect(events).toEqual([requested(reason)]);
      expect(wb.vault.isUnlocked).toBe(true);
      time.advance(LOCK_GRACE_MS);
      expect(wb.vault.isUnlocked).toBe(false);
      expect(events).toEqual([requested(reason), locked(reason)]);
    },
  );

  it('does nothing while already locked', async () => {
    await call(wb, 'vault:lock', {});
    events.length = 0;
    wb.session.requestLock('suspend');
    time.advance(LOCK_GRACE_MS);
    expect(events).toEqual([]);
    expect(await call(wb, 'session:activity')).toEqual({ idleLockAt: null });
  });
});
