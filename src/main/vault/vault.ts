/**
 * The vault: one encrypted database plus its key file (and a session marker) in a folder of
 * the user's profile. Owns the unlock state; everything that touches case data asks it for
 * the open database. Opening, updating and damage live in vault-open.ts; the full check
 * after unlock in integrity-watch.ts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { LockReason, VaultState } from '../../shared/contract';
import { WorkbenchError } from '../../shared/errors';
import { RECOVERY_KEY_BYTES, decodeRecoveryKey, encodeRecoveryKey } from '../../shared/domain/recovery-key';
import { removeStaleTemps, type AtomicWriteHooks } from './atomic-file';
import { commitRestore, settleInterruptedRestore, type RestorePlan } from './backup/restore-swap';
import { newDataKey, unwrapWithSecret, type WrappedKey } from './crypto';
import { aegisRecord, isLegacy, type CipherRecord } from './cipher-record';
import { DatabaseOpenError, moveAside, openEncryptedDatabase, type ReadConnection } from './database';
import { IntegrityWatch, type IntegrityOutcome } from './integrity-watch';
import { keyFileExists, readKeyFile, writeKeyFile, type KeyFile } from './key-file';
import { STATE_FILE_NAME } from './session-marker';
import type { Db } from './sqlite';
import type { StorageUpdateHooks } from './storage-update';
import { UnlockThrottle } from './unlock-throttle';
import { transferableCopy } from './vault-worker';
import { assertPassphraseRule, passphraseWrap, readKeyFileOrThrow, recoveryWrap } from './vault-secrets';
import {
  openVaultDatabase,
  startAfresh,
  type OpenContext,
  type OpenedDatabase,
  type VaultProblem,
} from './vault-open';

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
  /** Test seam for the kill -9 proofs of the storage update. */
  storageUpdateHooks?: StorageUpdateHooks;
}

/** The open database as a backup reads it: a copy of the key the caller zeroes. */
export interface VaultSource {
  dbPath: string;
  record: CipherRecord;
  dataKey: Buffer;
  wraps: { passphrase: WrappedKey; recovery: WrappedKey };
  /** Empties the log into the file on the open connection (the only one that writes). */
  checkpoint(): void;
}

/** A session began: after an unlock, a restore, or a fresh start after damage. */
export type OpenedListener = (opened: { afterDamage: boolean }) => void;

export class Vault {
  readonly dir: string;
  readonly keyPath: string;
  readonly dbPath: string;
  private database: Db | null = null;
  private record: CipherRecord | null = null;
  private problem: VaultProblem | undefined;
  /** A copy of the data key while unlocked (the integrity check and a fresh start need it). */
  private sessionKey: Buffer | null = null;
  private session = 0;
  private readonly throttle: UnlockThrottle;
  private readonly now: () => number;
  private readonly integrity: IntegrityWatch;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly lockListeners = new Set<(reason: LockReason) => void>();
  private readonly problemListeners = new Set<(problem: VaultProblem) => void>();
  private readonly openedListeners = new Set<OpenedListener>();

  constructor(private readonly options: VaultOptions) {
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    this.dir = options.dir;
    this.keyPath = join(options.dir, KEY_FILE_NAME);
    this.dbPath = join(options.dir, DB_FILE_NAME);
    this.now = options.now ?? Date.now;
    this.throttle = new UnlockThrottle(this.now);
    const statePath = join(options.dir, STATE_FILE_NAME);
    this.integrity = new IntegrityWatch(statePath, this.now, options.nativeBinding);
    if (keyFileExists(this.keyPath)) removeStaleTemps(this.keyPath);
    removeStaleTemps(statePath);
    settleInterruptedRestore(this.restoreFiles());
  }

  status(): VaultState {
    const state = this.database ? 'unlocked' : keyFileExists(this.keyPath) ? 'locked' : 'absent';
    const result: VaultState = { state, retryAfterMs: this.throttle.retryAfterMs() };
    if (this.problem) result.problem = this.problem;
    if (state === 'locked' && this.storageUpdatePending()) result.storageUpdate = true;
    return result;
  }

  /** The full check of this session (or the last): 'passed', 'damaged', 'not-due'... */
  get integrityCheck(): Promise<IntegrityOutcome> {
    return this.integrity.outcome;
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

  /** A problem found while unlocked (the full check found damage): the renderer must say so. */
  onProblem(listener: (problem: VaultProblem) => void): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  onOpened(listener: OpenedListener): () => void {
    this.openedListeners.add(listener);
    return () => this.openedListeners.delete(listener);
  }

  /** For a worker's own read-only connection (openReadConnection); its key copy is the worker's to zero. */
  readConnection(): ReadConnection {
    void this.db;
    return {
      path: this.dbPath,
      record: this.record!,
      dataKey: transferableCopy(this.sessionKey!),
      nativeBinding: this.options.nativeBinding,
    };
  }

  /** What a backup of the open database needs; the caller zeroes `dataKey`. */
  source(): VaultSource {
    if (!this.database || !this.sessionKey || !this.record) void this.db;
    const file = readKeyFile(this.keyPath);
    return {
      dbPath: this.dbPath,
      record: this.record!,
      dataKey: Buffer.from(this.sessionKey!),
      wraps: { passphrase: file.passphrase, recovery: file.recovery },
      checkpoint: () => void this.database?.pragma('wal_checkpoint(TRUNCATE)'),
    };
  }

  /**
   * Replaces the vault by a restored database already verified at `vault.db.restoring`
   * (restore-swap.ts): the open database (if any) is closed, the current vault kept aside,
   * and the restored one opened with `dataKey` (zeroed here). Returns the name the replaced
   * vault was kept under, or null when there was none (a new computer).
   */
  installRestored(plan: RestorePlan, dataKey: Buffer): Promise<string | null> {
    return this.serialised(async () => {
      try {
        if (this.database) this.endSession();
        const kept = commitRestore(this.restoreFiles(), plan);
        this.problem = undefined;
        await this.openWith(Buffer.from(dataKey), plan.keyFile.database, 'verified');
        return kept;
      } finally {
        dataKey.fill(0);
      }
    });
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
        const wrappedByPassphrase = await passphraseWrap(dataKey, passphrase, this.options.scryptCost);
        const recovery = await recoveryWrap(dataKey, recoveryBytes);
        // The database exists before the key file: a crash in between leaves no key file, so
        // the next start offers first-run again instead of a vault that cannot open.
        if (existsSync(this.dbPath)) moveAside(this.dbPath, new Date(this.now()));
        const record = aegisRecord();
        const db = openEncryptedDatabase(this.dbPath, dataKey, record, this.openContext());
        this.database = db;
        const createdAt = new Date(this.now()).toISOString();
        const sealed = { createdAt, database: record, passphrase: wrappedByPassphrase, recovery };
        writeKeyFile(this.keyPath, sealed, this.options.keyFileHooks);
        this.beginSession({ db, record, checked: 'empty' }, dataKey);
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
      this.throttle.assertAllowed();
      const dataKey = await unwrapWithSecret(Buffer.from(passphrase, 'utf8'), file.passphrase);
      if (!dataKey) {
        this.throttle.recordFailure();
        throw this.throttle.refusal(
          'wrong_passphrase',
          'That passphrase is not right. Check for caps lock and try again.',
        );
      }
      this.throttle.recordSuccess();
      await this.openWith(dataKey, file.database);
      return this.status();
    });
  }

  /** Unlocks with the recovery key and sets a new passphrase (the old one is forgotten). */
  recover(recoveryKeyText: string, newPassphrase: string): Promise<VaultState> {
    return this.serialised(async () => {
      const file = this.readKeyFileOrThrow();
      this.throttle.assertAllowed();
      assertPassphraseRule(newPassphrase);
      const recoveryBytes = decodeRecoveryKey(recoveryKeyText);
      const dataKey = recoveryBytes
        ? await unwrapWithSecret(Buffer.from(recoveryBytes), file.recovery)
        : null;
      if (!dataKey) {
        this.throttle.recordFailure();
        throw this.throttle.refusal(
          'wrong_recovery_key',
          recoveryBytes
            ? 'That recovery key does not open this vault.'
            : 'That does not look like a recovery key: it has 32 letters and digits in groups of four.',
        );
      }
      this.throttle.recordSuccess();
      try {
        // Open first: a vault this version cannot open (a newer schema) is refused before any
        // file changes, so the old passphrase still works with a newer app.
        if (!this.database) await this.openWith(Buffer.from(dataKey), file.database);
        // Opening may have rewritten the key file (the storage update): rewrap what is there now.
        await this.rewrapPassphrase(dataKey, newPassphrase, this.readKeyFileOrThrow());
      } finally {
        dataKey.fill(0);
      }
      return this.status();
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.serialised(async () => {
      const file = this.readKeyFileOrThrow();
      this.throttle.assertAllowed();
      assertPassphraseRule(next);
      const dataKey = await unwrapWithSecret(Buffer.from(current, 'utf8'), file.passphrase);
      if (!dataKey) {
        this.throttle.recordFailure();
        throw this.throttle.refusal(
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
      this.endSession();
      for (const listener of this.lockListeners) listener(reason);
    }
    return this.status();
  }

  private async rewrapPassphrase(dataKey: Buffer, passphrase: string, file: KeyFile) {
    // Only the passphrase wrap changes; the recovery wrap and the database stay as they are.
    const wrap = await passphraseWrap(dataKey, passphrase, this.options.scryptCost);
    writeKeyFile(this.keyPath, { ...file, passphrase: wrap }, this.options.keyFileHooks);
  }

  /** `checked`: what is known of the whole file beforehand ('verified' after a restore). */
  private async openWith(dataKey: Buffer, record: CipherRecord, checked?: 'verified'): Promise<void> {
    try {
      const opened = await openVaultDatabase(this.openContext(), dataKey, record);
      this.database = opened.db;
      this.problem = opened.problem;
      this.beginSession(checked && !opened.problem ? { ...opened, checked } : opened, dataKey);
    } catch (error) {
      if (!(error instanceof DatabaseOpenError)) throw error;
      this.problem = { code: 'newer_schema', message: error.message };
      throw new WorkbenchError({ code: 'newer_schema', message: error.message });
    } finally {
      dataKey.fill(0);
    }
  }

  /** The database is open: keep a copy of the key for this session and start the check. */
  private beginSession(opened: Omit<OpenedDatabase, 'problem'>, dataKey: Buffer): void {
    const session = ++this.session;
    this.sessionKey = Buffer.from(dataKey);
    this.record = opened.record;
    this.integrity.begin({
      dbPath: this.dbPath,
      record: opened.record,
      dataKey: this.sessionKey,
      checked: opened.checked,
      onDamage: () => this.replaceDamaged(session),
    });
    const afterDamage = this.problem?.code === 'corrupt_vault';
    for (const listener of this.openedListeners) listener({ afterDamage });
  }

  /** The full check found damage: handled like a file that cannot be read, never ignored. */
  private replaceDamaged(session: number): Promise<void> {
    return this.serialised(async () => {
      const key = this.sessionKey;
      if (session !== this.session || !this.database || !key) return;
      this.closeDatabase();
      const opened = startAfresh(this.openContext(), key, 'check');
      this.database = opened.db;
      this.problem = opened.problem;
      this.beginSession(opened, key);
      key.fill(0);
      for (const listener of this.problemListeners) listener(opened.problem!);
    });
  }

  private endSession(): void {
    this.session += 1;
    this.integrity.end();
    this.closeDatabase();
    this.sessionKey?.fill(0);
    this.sessionKey = null;
    this.record = null;
  }

  private storageUpdatePending(): boolean {
    try {
      return isLegacy(readKeyFile(this.keyPath).database);
    } catch {
      return false;
    }
  }

  private readKeyFileOrThrow() {
    return readKeyFileOrThrow(this.keyPath);
  }

  private restoreFiles() {
    return { dir: this.dir, dbName: DB_FILE_NAME, keyName: KEY_FILE_NAME };
  }

  private closeDatabase(): void {
    const db = this.database;
    this.database = null;
    db?.close();
  }

  private openContext(): OpenContext {
    return {
      dbPath: this.dbPath,
      keyPath: this.keyPath,
      now: this.now,
      nativeBinding: this.options.nativeBinding,
      updateHooks: this.options.storageUpdateHooks,
      keyFileHooks: this.options.keyFileHooks,
    };
  }

  /** Key-file operations run one at a time: two windows or double clicks cannot interleave. */
  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
