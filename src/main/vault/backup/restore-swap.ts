/**
 * Putting a restored database in place of the vault, so that a crash at any moment leaves
 * one vault that opens, and the vault it replaces is kept (moved aside with its key file,
 * never deleted).
 *
 * Before anything moves, the restored file is complete and verified at `vault.db.restoring`.
 * Then a journal (`vault.restore`, written atomically) says what the vault becomes: the key
 * file to write and the name the current vault is kept under. The journal is the commit
 * point. Every step after it can be repeated, and `settleInterruptedRestore` (run before
 * anything opens the vault) rolls a journal forward:
 *
 *   1. while `vault.db.restoring` exists: the current `vault.db` (with -wal and -shm) is
 *      renamed `vault.db.before-restore-<time>`, its key file copied beside it as
 *      `vault.key.before-restore-<time>`, and the restored file renamed `vault.db`;
 *   2. the key file is replaced with the journal's;
 *   3. the journal is removed.
 *
 * A `vault.db.restoring` with no journal is a restore that never committed: removed.
 */
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fsyncDirectory, writeFileAtomic } from '../atomic-file';
import { DATABASE_FILE_SUFFIXES } from '../database';
import {
  readKeyFile,
  sealedDatabaseSchema,
  writeKeyFile,
  type KeyFile,
  type SealedDatabase,
} from '../key-file';
import { removeDatabaseFiles } from './backup-open';
import { VERIFYING_NAME } from './backup-writer';

export const RESTORING_NAME = 'vault.db.restoring';
export const JOURNAL_NAME = 'vault.restore';
const JOURNAL_FORMAT = 'restorative-workbench/restore-journal';

const journalSchema = z.object({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(1),
  /** `vault.db.before-restore-<time>`: where the current vault goes (if there is one). */
  aside: z.string().regex(/^vault\.db\.before-restore-[0-9TZ-]+$/),
  keyFile: sealedDatabaseSchema.extend({ createdAt: z.string() }),
});

export interface RestorePlan {
  /** The key file the vault has afterwards (the restored database's record in it). */
  keyFile: SealedDatabase & { createdAt: string };
  now: Date;
}

export interface RestoreFiles {
  dir: string;
  dbName: string;
  keyName: string;
}

/** The name the current vault is kept under, from the time of the restore. */
export function asideName(now: Date): string {
  return `vault.db.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
}

function sameKeyFile(a: KeyFile, b: SealedDatabase & { createdAt: string }): boolean {
  const pick = (k: SealedDatabase & { createdAt: string }) =>
    JSON.stringify([k.createdAt, k.database, k.passphrase, k.recovery]);
  return pick(a) === pick(b);
}

function rollForward(files: RestoreFiles, journal: z.infer<typeof journalSchema>): string | null {
  const { dir } = files;
  const dbPath = join(dir, files.dbName);
  const keyPath = join(dir, files.keyName);
  const restoring = join(dir, RESTORING_NAME);
  let kept: string | null = null;
  if (existsSync(restoring)) {
    const aside = join(dir, journal.aside);
    if (existsSync(dbPath)) {
      for (const suffix of DATABASE_FILE_SUFFIXES) {
        if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, aside + suffix);
      }
      kept = journal.aside;
    }
    const keyAside = join(dir, journal.aside.replace(/^vault\.db\./, 'vault.key.'));
    if (existsSync(keyPath) && !existsSync(keyAside) && existsSync(aside)) {
      copyFileSync(keyPath, keyAside);
    }
    rmSync(`${restoring}-shm`, { force: true });
    if (existsSync(`${restoring}-wal`)) renameSync(`${restoring}-wal`, `${dbPath}-wal`);
    renameSync(restoring, dbPath);
    fsyncDirectory(dir);
  }
  let current: KeyFile | null = null;
  try {
    current = existsSync(keyPath) ? readKeyFile(keyPath) : null;
  } catch {
    current = null;
  }
  if (!current || !sameKeyFile(current, journal.keyFile)) writeKeyFile(keyPath, journal.keyFile);
  rmSync(join(dir, JOURNAL_NAME), { force: true });
  fsyncDirectory(dir);
  return kept;
}

/**
 * Commits a restore whose verified file is at `vault.db.restoring` and carries it through.
 * Returns the name the replaced vault was kept under, or null when there was none.
 */
export function commitRestore(files: RestoreFiles, plan: RestorePlan): string | null {
  const journal = {
    format: JOURNAL_FORMAT,
    version: 1 as const,
    aside: asideName(plan.now),
    keyFile: plan.keyFile,
  };
  writeFileAtomic(join(files.dir, JOURNAL_NAME), `${JSON.stringify(journal, null, 2)}\n`);
  return rollForward(files, journalSchema.parse(journal));
}

/** At start, before the vault opens: a committed restore is finished, an uncommitted one removed. */
export function settleInterruptedRestore(files: RestoreFiles): void {
  const { dir } = files;
  rmSync(join(dir, VERIFYING_NAME), { force: true });
  for (const suffix of ['-wal', '-shm']) rmSync(join(dir, VERIFYING_NAME) + suffix, { force: true });
  const journalPath = join(dir, JOURNAL_NAME);
  if (existsSync(journalPath)) {
    let journal: z.infer<typeof journalSchema> | null = null;
    try {
      journal = journalSchema.parse(JSON.parse(readFileSync(journalPath, 'utf8')));
    } catch {
      journal = null;
    }
    // The journal is written atomically, so an unreadable one was never the commit.
    if (journal) {
      rollForward(files, journal);
      return;
    }
    rmSync(journalPath, { force: true });
  }
  removeDatabaseFiles(join(dir, RESTORING_NAME));
}
