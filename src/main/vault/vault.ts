/**
 * The vault: one encrypted database plus its key file in a folder of the user's profile.
 * Owns the unlock state; everything that touches case data asks it for the open database.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { LockReason, VaultState } from '../../shared/contract';
import { WorkbenchError } from '../../shared/errors';
import { passphraseProblem } from '../../shared/domain/passphrase';
import { RECOVERY_KEY_BYTES, decodeRecoveryKey, encodeRecoveryKey } from '../../shared/domain/recovery-key';
import { removeStaleTemps, type AtomicWriteHooks } from './atomic-file';
import {
  DEFAULT_SCRYPT,
  deriveWrappingKey,
  newDataKey,
  newHkdfParams,
  newScryptParams,
  unwrapKey,
  wrapKey,
} from './crypto';
import { DatabaseOpenError, moveAside, openEncryptedDatabase } from './database';
import { KeyFileError, keyFileExists, readKeyFile, writeKeyFile } from './key-file';
import type { Db } from './sqlite';
import { UnlockThrottle } from './unlock-throttle';

export const KEY_FILE_NAME = 'vault.key';
export const DB_FILE_NAME = 'vault.db';

export interface VaultOptions {
  dir: string;
  nativeBinding?: string | undefined;
  /** scrypt cost for new and changed passphrases; tests lower it, production keeps the default. */
  scryptCost?: { N: number; r: number; p: number };
  now?: () => number;
  /** Test seam for the crash-between-write-and-rename proof. */
  keyFileHooks?: AtomicWriteHooks;
}

type Problem = NonNullable<VaultState['problem']>;

export class Vault {
  readonly keyPath: string;
  readonly dbPath: string;
  private database: Db | null = null;
  private problem: Problem | undefined;
  private readonly throttle: UnlockThrottle;
  private readonly now: () => number;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly lockListeners = new Set<(reason: LockReason) => void>();

  constructor(private readonly options: VaultOptions) {
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    this.keyPath = join(options.dir, KEY_FILE_NAME);
    this.dbPath = join(options.dir, DB_FILE_NAME);
    this.now = options.now ?? Date.now;
    this.throttle = new UnlockThrottle(this.now);
    if (keyFileExists(this.keyPath)) removeStaleTemps(this.keyPath);
  }

  status(): VaultState {
    const state = this.database ? 'unlocked' : keyFileExists(this.keyPath) ? 'locked' : 'absent';
    const result: VaultState = { state, retryAfterMs: this.throttle.retryAfterMs() };
    if (this.problem) result.problem = this.problem;
    return result;
  }

  get isUnlocked(): boolean {
    return this.database !== null;
  }

  /** The open database; a typed `locked` error when the vault is locked. */
  get db(): Db {
    if (!this.database)
      throw new WorkbenchError({ code: 'locked', message: 'The vault is locked. Unlock it to continue.' });
    return this.database;
  }

  onLocked(listener: (reason: LockReason) => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /** Creates the key file and an empty database; returns the recovery key, shown once. */
  create(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.serialised(async () => {
      if (keyFileExists(this.keyPath)) {
        throw new WorkbenchError({
          code: 'vault_exists',
          message: 'A vault already exists on this computer.',
        });
      }
      assertPassphraseRule(passphrase);
      const dataKey = newDataKey();
      const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES);
      try {
        const passphraseKdf = newScryptParams(this.options.scryptCost ?? DEFAULT_SCRYPT);
        const recoveryKdf = newHkdfParams();
        const passphraseWrap = await deriveWrappingKey(Buffer.from(passphrase, 'utf8'), passphraseKdf);
        const recoveryWrap = await deriveWrappingKey(recoveryBytes, recoveryKdf);
        // The database exists before the key file: a crash in between leaves no key file, so
        // the next start offers first-run again instead of a vault that cannot open.
        if (existsSync(this.dbPath)) moveAside(this.dbPath, new Date(this.now()));
        this.database = openEncryptedDatabase(this.dbPath, dataKey, this.openOptions());
        writeKeyFile(
          this.keyPath,
          {
            createdAt: new Date(this.now()).toISOString(),
            passphrase: wrapKey(dataKey, passphraseWrap, passphraseKdf),
            recovery: wrapKey(dataKey, recoveryWrap, recoveryKdf),
          },
          this.options.keyFileHooks,
        );
        passphraseWrap.fill(0);
        recoveryWrap.fill(0);
        return { recoveryKey: encodeRecoveryKey(recoveryBytes) };
      } catch (error) {
        this.closeDatabase();
        throw error;
      } finally {
        dataKey.fill(0);
        recoveryBytes.fill(0);
      }
    });
  }

  unlock(passphrase: string): Promise<VaultState> {
    return this.serialised(async () => {
      if (this.database) return this.status();
      const file = this.readKeyFileOrThrow();
      this.assertNotThrottled();
      const dataKey = await unwrapWith(Buffer.from(passphrase, 'utf8'), file.passphrase);
      if (!dataKey) {
        this.throttle.recordFailure();
        throw this.wrongSecret(
          'wrong_passphrase',
          'That passphrase is not right. Check for caps lock and try again.',
        );
      }
      this.throttle.recordSuccess();
      this.openWith(dataKey);
      return this.status();
    });
  }

  /** Unlocks with the recovery key and sets a new passphrase (the old one is forgotten). */
  recover(recoveryKeyText: string, newPassphrase: string): Promise<VaultState> {
    return this.serialised(async () => {
      const file = this.readKeyFileOrThrow();
      this.assertNotThrottled();
      assertPassphraseRule(newPassphrase);
      const recoveryBytes = decodeRecoveryKey(recoveryKeyText);
      const dataKey = recoveryBytes ? await unwrapWith(Buffer.from(recoveryBytes), file.recovery) : null;
      if (!dataKey) {
        this.throttle.recordFailure();
        throw this.wrongSecret(
          'wrong_recovery_key',
          recoveryBytes
            ? 'That recovery key does not open this vault.'
            : 'That does not look like a recovery key: it has 32 letters and digits in groups of four.',
        );
      }
      this.throttle.recordSuccess();
      try {
        await this.rewrapPassphrase(dataKey, newPassphrase, file);
        if (!this.database) this.openWith(dataKey);
      } finally {
        dataKey.fill(0);
      }
      return this.status();
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.serialised(async () => {
      const file = this.readKeyFileOrThrow();
      this.assertNotThrottled();
      assertPassphraseRule(next);
      const dataKey = await unwrapWith(Buffer.from(current, 'utf8'), file.passphrase);
      if (!dataKey) {
        this.throttle.recordFailure();
        throw this.wrongSecret(
          'wrong_passphrase',
          'Your current passphrase is not right, so nothing was changed.',
          {
            currentPassphrase: 'This is not your current passphrase.',
          },
        );
      }
      this.throttle.recordSuccess();
      try {
        await this.rewrapPassphrase(dataKey, next, file);
      } finally {
        dataKey.fill(0);
      }
    });
  }

  /** Closes the database (SQLite has already made every acknowledged write durable). */
  lock(reason: LockReason): VaultState {
    if (this.database) {
      this.closeDatabase();
      for (const listener of this.lockListeners) listener(reason);
    }
    return this.status();
  }

  private async rewrapPassphrase(dataKey: Buffer, passphrase: string, file: ReturnType<typeof readKeyFile>) {
    const kdf = newScryptParams(this.options.scryptCost ?? DEFAULT_SCRYPT);
    const wrapping = await deriveWrappingKey(Buffer.from(passphrase, 'utf8'), kdf);
    try {
      // Only the passphrase wrap changes; the recovery wrap and the database stay as they are.
      writeKeyFile(
        this.keyPath,
        { createdAt: file.createdAt, passphrase: wrapKey(dataKey, wrapping, kdf), recovery: file.recovery },
        this.options.keyFileHooks,
      );
    } finally {
      wrapping.fill(0);
    }
  }

  private openWith(dataKey: Buffer): void {
    try {
      this.database = openEncryptedDatabase(this.dbPath, dataKey, this.openOptions());
      this.problem = undefined;
    } catch (error) {
      if (!(error instanceof DatabaseOpenError)) throw error;
      if (error.kind === 'newer_schema') {
        this.problem = { code: 'newer_schema', message: error.message };
        throw new WorkbenchError({ code: 'newer_schema', message: error.message });
      }
      // A damaged file is kept under a new name and a fresh database is started, so the
      // facilitator can keep working; the message says where the old file is.
      const movedTo = moveAside(this.dbPath, new Date(this.now()));
      this.database = openEncryptedDatabase(this.dbPath, dataKey, this.openOptions());
      this.problem = {
        code: 'corrupt_vault',
        message: `The case database could not be read, so it was kept as ${movedTo.split(/[\\/]/).pop()} in the vault folder and a new, empty one was started. Nothing was deleted.`,
      };
    } finally {
      dataKey.fill(0);
    }
  }

  private readKeyFileOrThrow() {
    if (!keyFileExists(this.keyPath)) {
      throw new WorkbenchError({ code: 'no_vault', message: 'There is no vault on this computer yet.' });
    }
    try {
      return readKeyFile(this.keyPath);
    } catch (error) {
      if (error instanceof KeyFileError)
        throw new WorkbenchError({ code: 'corrupt_vault', message: error.message });
      throw error;
    }
  }

  private assertNotThrottled(): void {
    const wait = this.throttle.retryAfterMs();
    if (wait > 0) {
      throw new WorkbenchError({
        code: 'too_many_attempts',
        message: `Too many wrong attempts. Try again in ${Math.ceil(wait / 1000)} seconds.`,
        retryAfterMs: wait,
      });
    }
  }

  private wrongSecret(
    code: 'wrong_passphrase' | 'wrong_recovery_key',
    message: string,
    fields?: Record<string, string>,
  ): WorkbenchError {
    const retryAfterMs = this.throttle.retryAfterMs();
    return new WorkbenchError({
      code,
      message,
      ...(fields ? { fields } : {}),
      ...(retryAfterMs ? { retryAfterMs } : {}),
    });
  }

  private closeDatabase(): void {
    const db = this.database;
    this.database = null;
    db?.close();
  }

  private openOptions() {
    return { nativeBinding: this.options.nativeBinding };
  }

  /** Key-file operations run one at a time: two windows or double clicks cannot interleave. */
  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function assertPassphraseRule(passphrase: string): void {
  const problem = passphraseProblem(passphrase);
  if (problem)
    throw new WorkbenchError({
      code: 'weak_passphrase',
      message: problem,
      fields: { newPassphrase: problem },
    });
}

async function unwrapWith(secret: Buffer, wrapped: Parameters<typeof unwrapKey>[0]): Promise<Buffer | null> {
  const wrapping = await deriveWrappingKey(secret, wrapped.kdf);
  try {
    return unwrapKey(wrapped, wrapping);
  } finally {
    wrapping.fill(0);
    secret.fill(0);
  }
}
