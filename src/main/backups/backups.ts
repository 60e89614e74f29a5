/**
 * Backups while the app runs: where they go, when they are made (at a lock or quit if due,
 * at the next unlock when one is owed, or by hand), what the screens are told, and the rule
 * that locking and quitting never wait more than about two seconds for one.
 *
 * Whether anything changed since the last backup is SQLite's own count of the rows this
 * connection changed (`total_changes()`), taken when a session starts and compared at lock;
 * a change not yet backed up is kept in the vault (`changed`) so the next session knows.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { backupDueAtLock, backupNotice } from '../../shared/domain/backup-schedule';
import type { BackupSettings, BackupSlot, BackupStatus } from '../../shared/schemas/backups';
import { WorkbenchError } from '../../shared/errors';
import type { LockReason } from '../../shared/contract';
import { APP_VERSION } from '../app-version';
import type { EventHub } from '../event-hub';
import type { DesktopPort } from '../ports';
import {
  getBackupFlags,
  getBackupSettings,
  lastProblem,
  lastRestore,
  lastVerified,
  recordBackupEvent,
  setBackupFlags,
  updateBackupSettings,
  type BackupTrigger,
} from '../services/backups';
import { BackupPlacesFile } from '../vault/backup/backup-places';
import type { BackupHooks } from '../vault/backup/backup-writer';
import { readKeyFile } from '../vault/key-file';
import type { Vault } from '../vault/vault';
import { outcomeMessage, runBackup, type FolderOutcome } from './backup-run';
import { problemMessages } from './backup-messages';

/** A lock or quit waits at most this long for a backup; then the backup is stopped. */
export const LOCK_BACKUP_BUDGET_MS = 2_000;
/** How long a stopped backup may take to tidy up (its workers end between two pieces). */
const STOP_WAIT_MS = 1_000;

export interface BackupsOptions {
  vault: Vault;
  events: EventHub;
  desktop: DesktopPort;
  now: () => number;
  nativeBinding?: string | undefined;
  hooks?: BackupHooks | undefined;
  lockBudgetMs?: number;
}

export interface Run {
  trigger: BackupTrigger;
  controller: AbortController;
  done: Promise<FolderOutcome[]>;
}

const within = <T>(promise: Promise<T>, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), Math.max(0, ms));
    void promise.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(true);
      },
    );
  });

function folderState(path: string): { reachable: boolean; problem: string | null } {
  try {
    if (!statSync(path).isDirectory())
      return { reachable: false, problem: problemMessages['folder-missing'] };
  } catch {
    return { reachable: false, problem: problemMessages['folder-missing'] };
  }
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return { reachable: false, problem: problemMessages['read-only'] };
  }
  return { reachable: true, problem: null };
}

export class Backups {
  readonly places: BackupPlacesFile;
  private running: Run | null = null;
  /** Changes when a session starts or ends: a run records its outcome only in its own session. */
  private session = 0;
  private baseline = 0;
  /** The database was started afresh after damage: automatic backups wait (see README). */
  private pausedAfterDamage = false;
  private readonly budget: number;

  constructor(private readonly options: BackupsOptions) {
    this.places = new BackupPlacesFile(options.vault.dir);
    this.budget = options.lockBudgetMs ?? LOCK_BACKUP_BUDGET_MS;
    options.vault.onOpened(({ afterDamage }) => this.opened(afterDamage));
    options.vault.onLocked(() => {
      this.session += 1;
    });
  }

  private get db() {
    return this.options.vault.db;
  }

  private totalChanges(): number {
    return this.db.prepare('SELECT total_changes()').pluck().get() as number;
  }

  /** Keeps "something changed" in the vault, so it outlives this session. */
  private noteChanges(): void {
    if (this.totalChanges() > this.baseline) setBackupFlags(this.db, { changed: true });
    this.baseline = this.totalChanges();
  }

  private opened(afterDamage: boolean): void {
    this.session += 1;
    this.baseline = this.totalChanges();
    this.pausedAfterDamage = afterDamage;
    const owed = getBackupFlags(this.db).owed || this.places.read().owed !== null;
    if (!owed || afterDamage || this.places.read().folders.length === 0) return;
    const session = this.session;
    // An owed backup runs once the full check after unlock (if any) is done reading.
    void this.options.vault.integrityCheck.then(() => {
      if (session === this.session && !this.running && this.options.vault.isUnlocked) this.start('unlock');
    });
  }

  /** What the unlock screen may say while locked: only whether a backup is owed. */
  lockedFacts(): { backupOwed?: true } {
    return this.places.read().owed ? { backupOwed: true } : {};
  }

  status(): BackupStatus {
    const db = this.db;
    const settings = getBackupSettings(db);
    const folders = this.places.read().folders.map((path, i) => ({
      slot: (i === 0 ? 'first' : 'second') as BackupSlot,
      path,
      ...folderState(path),
    }));
    const verified = lastVerified(db);
    const problem = lastProblem(db);
    const restore = lastRestore(db);
    const createdAt = Date.parse(readKeyFile(this.options.vault.keyPath).createdAt);
    const vaultSince = Math.max(
      Number.isFinite(createdAt) ? createdAt : 0,
      restore ? Date.parse(restore.at) : 0,
    );
    return {
      settings,
      folders,
      lastVerified: verified,
      lastProblem: problem ? { ...problem, message: problemMessages[problem.problem] } : null,
      lastRestore: restore,
      running: this.running !== null,
      owed: getBackupFlags(db).owed || this.places.read().owed !== null,
      notice: backupNotice({
        interval: settings.interval,
        lastVerifiedAt: verified ? Date.parse(verified.at) : null,
        vaultSince,
        folders,
        now: this.options.now(),
      }),
    };
  }

  async chooseFolder(slot: BackupSlot): Promise<BackupStatus> {
    void this.db;
    const chosen = await this.options.desktop.chooseFolder('Choose a folder for backups');
    if (!chosen) return this.status();
    const state = folderState(chosen);
    if (!state.reachable) throw new WorkbenchError({ code: 'backup_folder', message: state.problem! });
    const folders = [...this.places.read().folders];
    const index = slot === 'first' || folders.length === 0 ? 0 : 1;
    const other = folders[index === 0 ? 1 : 0];
    if (other === chosen) {
      throw new WorkbenchError({
        code: 'backup_folder',
        message: 'That folder is already the other backup folder: choose a different one.',
      });
    }
    folders[index] = chosen;
    this.places.update({ folders });
    this.changed();
    return this.status();
  }

  removeFolder(slot: BackupSlot): BackupStatus {
    void this.db;
    const folders = [...this.places.read().folders];
    folders.splice(slot === 'first' ? 0 : 1, 1);
    this.places.update({ folders });
    this.changed();
    return this.status();
  }

  updateSettings(changes: Partial<BackupSettings>): BackupStatus {
    updateBackupSettings(this.db, changes);
    this.changed();
    return this.status();
  }

  /** Back up now: the one running (if any) is waited for, otherwise one is started. */
  async backupNow(): Promise<{
    results: { folder: string; outcome: FolderOutcome['outcome']; file: string | null; message: string }[];
    status: BackupStatus;
  }> {
    void this.db;
    if (this.places.read().folders.length === 0) {
      throw new WorkbenchError({ code: 'backup_folder', message: problemMessages['no-folder'] });
    }
    const run = this.running ?? this.start('manual');
    const outcomes = await run.done;
    return {
      results: outcomes.map((o) => ({
        folder: o.folder,
        outcome: o.outcome,
        file: o.file,
        message: outcomeMessage(o),
      })),
      status: this.status(),
    };
  }

  /**
   * Before the vault locks or the app quits (at once, without waiting): a change not yet
   * backed up is kept in the vault, and a backup that is due starts. Returns the backup the
   * lock should wait for (the one just started or one already running), or null.
   */
  atLock(reason: LockReason): Run | null {
    if (!this.options.vault.isUnlocked) return null;
    this.noteChanges();
    if (this.running) return this.running;
    return this.dueAtLock() ? this.start(reason === 'quit' ? 'quit' : 'lock') : null;
  }

  /**
   * The lock waits for `run` at most the budget. One that cannot finish in time is stopped
   * cleanly (its unfinished file removed) and owed: it runs at the next unlock or lock, and
   * the unlock screen says so.
   */
  async waitAtLock(run: Run, reason: LockReason): Promise<void> {
    if (await within(run.done, this.budget)) return;
    run.controller.abort();
    await within(run.done, STOP_WAIT_MS);
    if (!this.options.vault.isUnlocked) return;
    setBackupFlags(this.db, { owed: true });
    const when = reason === 'quit' ? 'quit' : 'lock';
    this.places.update({ owed: { at: new Date(this.options.now()).toISOString(), when } });
  }

  /** Stops a running backup (a restore is about to replace the vault) and waits for it to tidy up. */
  async stopRunning(): Promise<void> {
    const run = this.running;
    if (!run) return;
    run.controller.abort();
    await within(run.done, STOP_WAIT_MS);
  }

  /** A restore replaced the vault: the backup it came from counts as the last one. */
  restored(): void {
    this.places.update({ owed: null });
    this.baseline = this.totalChanges();
    this.changed();
  }

  private dueAtLock(): boolean {
    if (this.pausedAfterDamage || this.places.read().folders.length === 0) return false;
    const flags = getBackupFlags(this.db);
    if (flags.owed) return true;
    const verified = lastVerified(this.db);
    return backupDueAtLock({
      interval: getBackupSettings(this.db).interval,
      lastVerifiedAt: verified ? Date.parse(verified.at) : null,
      changedSinceLastBackup: flags.changed,
      now: this.options.now(),
    });
  }

  private start(trigger: BackupTrigger): Run {
    const vault = this.options.vault;
    const session = this.session;
    const source = vault.source();
    const changesAtStart = this.totalChanges();
    const controller = new AbortController();
    const folders = this.places.read().folders;
    const keep = getBackupSettings(this.db);
    // No longer running by the time anyone awaiting `done` asks for the status: Back up now
    // answers with it, and a status saying "backing up" after the end would stay on screen.
    const finished = () => {
      if (this.running === run) this.running = null;
    };
    const done = (async () => {
      try {
        // The full check after unlock holds the log open while it reads; wait for it.
        await vault.integrityCheck;
        return await runBackup(source, {
          folders,
          keep,
          scratchDir: vault.dir,
          now: new Date(this.options.now()),
          appVersion: APP_VERSION,
          nativeBinding: this.options.nativeBinding,
          signal: controller.signal,
          hooks: this.options.hooks,
        });
      } finally {
        source.dataKey.fill(0);
      }
    })().then(
      (outcomes) => {
        finished();
        this.record(session, trigger, outcomes, changesAtStart);
        return outcomes;
      },
      (error: unknown) => {
        finished();
        throw error;
      },
    );
    const run: Run = { trigger, controller, done };
    this.running = run;
    void done.catch(() => undefined).finally(() => this.changed());
    this.changed();
    return run;
  }

  private record(
    session: number,
    trigger: BackupTrigger,
    outcomes: FolderOutcome[],
    changesAtStart: number,
  ): void {
    if (session !== this.session || !this.options.vault.isUnlocked) return;
    const db = this.db;
    const changedMeanwhile = this.totalChanges() > changesAtStart;
    const at = new Date(this.options.now());
    // One transaction: one wait for the disk, however many folders.
    db.transaction(() => this.writeOutcomes(db, at, trigger, outcomes, changedMeanwhile))();
    if (outcomes.some((o) => o.outcome === 'verified') && this.places.read().owed)
      this.places.update({ owed: null });
    // Our own rows are not a change to back up; one made by someone meanwhile still is.
    if (!changedMeanwhile) this.baseline = this.totalChanges();
  }

  private writeOutcomes(
    db: Vault['db'],
    at: Date,
    trigger: BackupTrigger,
    outcomes: FolderOutcome[],
    changedMeanwhile: boolean,
  ): void {
    for (const o of outcomes) {
      recordBackupEvent(
        db,
        at,
        trigger,
        o.outcome === 'verified'
          ? { event: 'verified', folder: o.folder, file: o.file, bytes: o.bytes, snapshotAt: o.createdAt }
          : { event: o.outcome, folder: o.folder, ...(o.file ? { file: o.file } : {}) },
      );
    }
    if (outcomes.some((o) => o.outcome === 'verified'))
      setBackupFlags(db, { changed: changedMeanwhile, owed: false });
  }

  private changed(): void {
    this.options.events.emit('backup:changed', {});
  }
}
