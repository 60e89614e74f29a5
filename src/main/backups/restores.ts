/**
 * Restoring a backup: on a new computer (no vault yet), over the current vault (Settings), or
 * after the database was found damaged (the latest verified backup is offered). One restore
 * at a time; nothing is replaced until the restored database has been written in full and
 * verified, and the vault it replaces is kept aside (restore-swap.ts).
 *
 * A chosen backup gets a token; the renderer never names a path. A backup that opens with
 * the open vault's own key is this vault's, and needs no secret. Any other needs the
 * passphrase it was made with (an older one, after a passphrase change) or the recovery
 * key and a new passphrase. Restoring a backup of another vault over this one is allowed,
 * after a clear warning: the common case is a new computer where a fresh vault was created
 * before remembering the backup; the vault it replaces is kept aside, never lost.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import type { RestoreCandidate, RestoreSummary, restoreOpenInput } from '../../shared/schemas/backups';
import { WorkbenchError } from '../../shared/errors';
import { recordBackupEvent } from '../services/backups';
import type { EventHub } from '../event-hub';
import type { DesktopPort } from '../ports';
import { BACKUP_EXTENSION, BackupFileError, type OpenedPrefix } from '../vault/backup/backup-format';
import { backupsOfThisVault } from '../vault/backup/backup-copies';
import {
  inspectBackup,
  openBackup,
  unsealAndVerify,
  unwrapBackupKey,
  type OpenedBackup,
} from '../vault/backup/backup-open';
import { RESTORING_NAME } from '../vault/backup/restore-swap';
import { readKeyFile } from '../vault/key-file';
import { LATEST_SCHEMA_VERSION } from '../vault/migrations';
import type { Vault } from '../vault/vault';
import { assertPassphraseRule, passphraseWrap, type ScryptCost } from '../vault/vault-secrets';
import { backupFileError } from './backup-messages';
import type { Backups } from './backups';

interface Chosen {
  path: string;
  prefix: OpenedPrefix;
  /** Once opened: the data key (zeroed when dropped), its manifest, and a new passphrase if chosen. */
  opened: { backup: OpenedBackup; dataKey: Buffer; newPassphrase: string | null } | null;
}

const MAX_CHOSEN = 64;

export interface RestoresOptions {
  vault: Vault;
  events: EventHub;
  backups: Backups;
  desktop: DesktopPort;
  now: () => number;
  nativeBinding?: string | undefined;
  scryptCost?: ScryptCost | undefined;
}

export class Restores {
  private readonly chosen = new Map<string, Chosen>();
  private applying: Promise<unknown> | null = null;

  constructor(private readonly options: RestoresOptions) {
    options.vault.onLocked(() => this.forgetAll());
  }

  busy(): boolean {
    return this.applying !== null;
  }

  /** Resolves once no restore is under way (a lock waits for one to finish). */
  async settled(): Promise<void> {
    await this.applying?.catch(() => undefined);
  }

  async chooseFile(): Promise<RestoreCandidate | { cancelled: true }> {
    const path = await this.options.desktop.chooseOpenFile('Choose a backup to restore', BACKUP_EXTENSION);
    return path ? this.candidate(path) : { cancelled: true };
  }

  /** This vault's backups in the backup folders, newest first (others' are not offered here). */
  list(): { backups: RestoreCandidate[] } {
    const key = this.sessionKey();
    try {
      const found = this.options.backups.places
        .read()
        .folders.flatMap((folder) => {
          try {
            return backupsOfThisVault(folder, key);
          } catch {
            return [];
          }
        })
        .sort((a, b) => Date.parse(b.manifest.createdAt) - Date.parse(a.manifest.createdAt));
      return { backups: found.map((b) => this.candidate(b.path)) };
    } finally {
      key.fill(0);
    }
  }

  pick(token: string): RestoreCandidate {
    return this.candidate(this.get(token).path);
  }

  async open(input: z.output<typeof restoreOpenInput>): Promise<RestoreSummary> {
    const chosen = this.get(input.token);
    if (input.with === 'recovery-key') assertPassphraseRule(input.newPassphrase);
    const secret =
      input.with === 'passphrase'
        ? { kind: 'passphrase' as const, passphrase: input.passphrase }
        : { kind: 'recovery-key' as const, recoveryKey: input.recoveryKey };
    const dataKey = await unwrapBackupKey(chosen.prefix, secret);
    if (!dataKey) {
      throw input.with === 'passphrase'
        ? new WorkbenchError({
            code: 'wrong_passphrase',
            message:
              'That passphrase does not open this backup. A backup made before a passphrase change opens with the passphrase you had then, or with your recovery key.',
            fields: { passphrase: 'This passphrase does not open this backup.' },
          })
        : new WorkbenchError({
            code: 'wrong_recovery_key',
            message: 'That recovery key does not open this backup.',
            fields: { recoveryKey: 'This recovery key does not open this backup.' },
          });
    }
    const backup = this.openOrRefuse(chosen, dataKey);
    if (!backup) {
      // The wrap opened but the manifest did not: the header and the rest do not belong together.
      dataKey.fill(0);
      throw backupFileError('damaged');
    }
    this.drop(chosen);
    chosen.opened = {
      backup,
      dataKey,
      newPassphrase: input.with === 'recovery-key' ? input.newPassphrase : null,
    };
    return this.summaryOf(backup, dataKey);
  }

  /** Restores the chosen (and opened, unless it is this vault's) backup. One at a time. */
  apply(token: string): Promise<{ from: string; cases: number; people: number; keptAs: string | null }> {
    if (this.applying) {
      throw new WorkbenchError({
        code: 'busy',
        message: 'A restore is already under way. Wait for it to finish.',
      });
    }
    const run = this.restore(token);
    this.applying = run;
    void run
      .finally(() => {
        if (this.applying === run) this.applying = null;
      })
      .catch(() => undefined);
    return run;
  }

  cancel(): { cancelled: true } {
    this.forgetAll();
    return { cancelled: true };
  }

  private async restore(token: string) {
    const chosen = this.get(token);
    const { vault } = this.options;
    // Over a vault only while it is open: a locked vault is never replaced by someone without its passphrase.
    if (vault.status().state === 'locked') {
      throw new WorkbenchError({
        code: 'locked',
        message: 'Unlock the vault first, then restore from Settings.',
      });
    }
    const own = chosen.opened ? null : this.openedWithSession(chosen);
    const opened = chosen.opened ?? own;
    if (!opened) {
      throw new WorkbenchError({
        code: 'wrong_passphrase',
        message: 'Type the passphrase this backup was made with first.',
      });
    }
    try {
      return await this.replaceWith(opened);
    } finally {
      own?.dataKey.fill(0);
    }
  }

  private async replaceWith(opened: NonNullable<Chosen['opened']>) {
    const { vault } = this.options;
    const { backup } = opened;
    const thisVault = this.isThisVault(opened.dataKey);
    await this.options.backups.stopRunning();
    const target = join(vault.dir, RESTORING_NAME);
    const verdict = await unsealAndVerify(backup, opened.dataKey, target, backup.manifest.tables, {
      nativeBinding: this.options.nativeBinding,
    });
    if (verdict !== 'verified')
      throw backupFileError(verdict === 'file-incomplete' ? 'incomplete' : 'damaged');

    const current = vault.isUnlocked ? readKeyFile(vault.keyPath) : null;
    const wraps =
      thisVault && current
        ? { passphrase: current.passphrase, recovery: current.recovery }
        : {
            passphrase: opened.newPassphrase
              ? await passphraseWrap(opened.dataKey, opened.newPassphrase, this.options.scryptCost)
              : backup.prefix.header.passphrase,
            recovery: backup.prefix.header.recovery,
          };
    const now = new Date(this.options.now());
    const keyFile = {
      createdAt: thisVault && current ? current.createdAt : now.toISOString(),
      database: backup.manifest.database,
      ...wraps,
    };
    const keptAs = await vault.installRestored({ keyFile, now }, Buffer.from(opened.dataKey));
    this.forgetAll();
    const folder = dirname(backup.path);
    recordBackupEvent(vault.db, now, 'restore', {
      event: 'restored',
      folder,
      file: backup.path.slice(folder.length + 1),
      bytes: backup.prefix.fileBytes,
      snapshotAt: backup.manifest.createdAt,
      keptAs,
    });
    // On a new computer, backups go on into the folder the restore came from (Settings says so).
    const places = this.options.backups.places;
    if (places.read().folders.length === 0) places.update({ folders: [folder] });
    this.options.backups.restored();
    const restored = { from: backup.manifest.createdAt, ...backup.manifest.summary, keptAs };
    this.options.events.emit('vault:restored', restored);
    return restored;
  }

  private candidate(path: string): RestoreCandidate {
    const prefix = this.inspect(path);
    const token = randomBytes(16).toString('hex');
    const chosen: Chosen = { path, prefix, opened: null };
    if (this.chosen.size >= MAX_CHOSEN) this.forgetAll();
    this.chosen.set(token, chosen);
    const withSession = this.openedWithSession(chosen);
    const folder = dirname(path);
    return {
      token,
      name: path.slice(folder.length + 1),
      folder,
      bytes: prefix.fileBytes,
      opened: withSession
        ? {
            createdAt: withSession.backup.manifest.createdAt,
            ...withSession.backup.manifest.summary,
            appVersion: withSession.backup.manifest.app.version,
          }
        : null,
    };
  }

  private inspect(path: string): OpenedPrefix {
    try {
      return inspectBackup(path);
    } catch (error) {
      if (error instanceof BackupFileError) throw backupFileError(error.problem);
      throw error;
    }
  }

  /** This vault's own backup needs no secret: the open vault's key opens it. */
  private openedWithSession(chosen: Chosen): Chosen['opened'] {
    if (!this.options.vault.isUnlocked) return null;
    const key = this.sessionKey();
    let backup: OpenedBackup | null;
    try {
      backup = this.openOrRefuse(chosen, key);
    } catch (error) {
      key.fill(0);
      throw error;
    }
    if (!backup) {
      key.fill(0);
      return null;
    }
    return { backup, dataKey: key, newPassphrase: null };
  }

  /** The backup opened with `dataKey` (null: not its key); a damaged or newer one is refused. */
  private openOrRefuse(chosen: Chosen, dataKey: Buffer): OpenedBackup | null {
    let backup: OpenedBackup | null;
    try {
      backup = openBackup(chosen.path, dataKey, chosen.prefix);
    } catch (error) {
      if (error instanceof BackupFileError) throw backupFileError(error.problem);
      throw error;
    }
    if (backup && backup.manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new WorkbenchError({
        code: 'backup_newer',
        message: `This backup was made by a newer version of Restorative Workbench (${backup.manifest.app.version}). Update the app to restore it. Nothing was changed.`,
      });
    }
    return backup;
  }

  private summaryOf(backup: OpenedBackup, dataKey: Buffer): RestoreSummary {
    return {
      createdAt: backup.manifest.createdAt,
      ...backup.manifest.summary,
      appVersion: backup.manifest.app.version,
      thisVault: this.options.vault.isUnlocked ? this.isThisVault(dataKey) : null,
    };
  }

  private isThisVault(dataKey: Buffer): boolean {
    if (!this.options.vault.isUnlocked) return false;
    const key = this.sessionKey();
    try {
      return key.length === dataKey.length && timingSafeEqual(key, dataKey);
    } finally {
      key.fill(0);
    }
  }

  private sessionKey(): Buffer {
    const source = this.options.vault.source();
    return source.dataKey;
  }

  private get(token: string): Chosen {
    const chosen = this.chosen.get(token);
    if (!chosen) {
      throw new WorkbenchError({
        code: 'not_found',
        message: 'Choose the backup again: it is no longer selected.',
      });
    }
    return chosen;
  }

  private drop(chosen: Chosen): void {
    chosen.opened?.dataKey.fill(0);
    chosen.opened = null;
  }

  private forgetAll(): void {
    for (const chosen of this.chosen.values()) this.drop(chosen);
    this.chosen.clear();
  }
}
