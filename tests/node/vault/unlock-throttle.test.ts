import { afterEach, describe, expect, it } from 'vitest';
import { delayAfterFailures, FIRST_DELAY_MS, MAX_DELAY_MS } from '../../../src/main/vault/unlock-throttle';
import { ManualTime } from '../support/manual-time';
import {
  call,
  callError,
  createVault,
  openTempWorkbench,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { VAULT_ORIGINS, type VaultOrigin } from '../support/legacy-vault';
import { hashFolder } from '../support/vault-files';

const WRONG = 'kitchen table circle evening';

let wb: TempWorkbench | undefined;
afterEach(() => {
  wb?.cleanup();
  wb = undefined;
});

async function lockedVault(
  time: ManualTime,
  origin: VaultOrigin,
): Promise<{ wb: TempWorkbench; recoveryKey: string }> {
  const w = openTempWorkbench({ now: time.now, timers: time.timers });
  const recoveryKey = await createVault(w, TEST_PASSPHRASE, origin);
  await call(w, 'vault:lock', {});
  return { wb: w, recoveryKey };
}

describe.each(VAULT_ORIGINS)('unlock throttle (%s vault)', (origin) => {
  it('after repeated wrong passphrases, waits grow, the right passphrase waits too, then works', async () => {
    const time = new ManualTime();
    const { wb: w } = await lockedVault(time, origin);
    wb = w;
    const before = hashFolder(w.dir);

    // Two typos are free.
    for (let i = 0; i < 2; i++) {
      const error = await callError(w, 'vault:unlock', { passphrase: WRONG });
      expect(error.code).toBe('wrong_passphrase');
      expect(error.retryAfterMs).toBeUndefined();
    }
    // The third mistake starts the wait, and says so.
    expect(await callError(w, 'vault:unlock', { passphrase: WRONG })).toMatchObject({
      code: 'wrong_passphrase',
      retryAfterMs: 2_000,
    });
    expect(await call(w, 'vault:status')).toMatchObject({ state: 'locked', retryAfterMs: 2_000 });
    expect(await callError(w, 'vault:unlock', { passphrase: WRONG })).toMatchObject({
      code: 'too_many_attempts',
      retryAfterMs: 2_000,
      message: 'Too many wrong attempts. Try again in 2 seconds.',
    });
    // Even the right passphrase is refused until the wait is over...
    expect(await callError(w, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      code: 'too_many_attempts',
    });
    time.advance(1_999);
    expect(await callError(w, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      code: 'too_many_attempts',
      retryAfterMs: 1,
    });
    time.advance(1);

    // ...and each further mistake doubles the wait.
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const wrong = await callError(w, 'vault:unlock', { passphrase: WRONG });
      expect(wrong.code).toBe('wrong_passphrase');
      const refused = await callError(w, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
      expect(refused.code).toBe('too_many_attempts');
      waits.push(refused.retryAfterMs!);
      time.advance(refused.retryAfterMs!);
    }
    expect(waits).toEqual([4_000, 8_000, 16_000]);
    expect(hashFolder(w.dir)).toEqual(before);

    expect(await call(w, 'vault:unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      state: 'unlocked',
      retryAfterMs: 0,
    });
  });

  it('the recovery key and a passphrase change wait out the same delay (no way around it)', async () => {
    const time = new ManualTime();
    const { wb: w, recoveryKey } = await lockedVault(time, origin);
    wb = w;
    for (let i = 0; i < 3; i++) await callError(w, 'vault:unlock', { passphrase: WRONG });
    const before = hashFolder(w.dir);
    expect(
      (await callError(w, 'vault:recover', { recoveryKey, newPassphrase: 'a brand new long passphrase' }))
        .code,
    ).toBe('too_many_attempts');
    expect(
      (
        await callError(w, 'vault:changePassphrase', {
          currentPassphrase: TEST_PASSPHRASE,
          newPassphrase: 'a brand new long passphrase',
        })
      ).code,
    ).toBe('too_many_attempts');
    expect(hashFolder(w.dir)).toEqual(before);
    time.advance(2_000);
    expect(
      await call(w, 'vault:recover', { recoveryKey, newPassphrase: 'a brand new long passphrase' }),
    ).toMatchObject({
      state: 'unlocked',
    });
  });

  it('a success resets the count, so the next typo is free again', async () => {
    const time = new ManualTime();
    const { wb: w } = await lockedVault(time, origin);
    wb = w;
    for (let i = 0; i < 3; i++) await callError(w, 'vault:unlock', { passphrase: WRONG });
    time.advance(2_000);
    await call(w, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    await call(w, 'vault:lock', {});
    expect((await callError(w, 'vault:unlock', { passphrase: WRONG })).retryAfterMs).toBeUndefined();
    await call(w, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('the wait doubles from two seconds and never exceeds five minutes', () => {
    expect([1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 2_000, 4_000, 8_000, 16_000]);
    expect(FIRST_DELAY_MS).toBe(2_000);
    expect(delayAfterFailures(50)).toBe(MAX_DELAY_MS);
    expect(delayAfterFailures(10_000)).toBe(5 * 60_000);
  });
});
