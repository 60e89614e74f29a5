import type { Migration } from './types';

/**
 * Backups (issue "backups, restore, and moving to a new computer"): how often and how many
 * are kept, whether anything changed since the last verified one, whether one is owed (it
 * could not finish before a lock or quit), and a log of every backup, failure and restore.
 * Only paths, times, sizes and outcomes: nothing about cases. Where backups go is kept
 * beside the key file instead (vault.backups), so it is known even when this database
 * cannot be read.
 */
export const backups: Migration = {
  version: 9,
  name: 'backups',
  up(db) {
    db.exec(`
      CREATE TABLE backup_settings (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        interval     TEXT NOT NULL DEFAULT 'daily',
        keep_daily   INTEGER NOT NULL DEFAULT 7,
        keep_weekly  INTEGER NOT NULL DEFAULT 4,
        keep_monthly INTEGER NOT NULL DEFAULT 12,
        changed      INTEGER NOT NULL DEFAULT 1,
        owed         INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      INSERT INTO backup_settings (id) VALUES (1);

      CREATE TABLE backup_log (
        id          TEXT PRIMARY KEY,
        at          TEXT NOT NULL,
        event       TEXT NOT NULL,
        trigger     TEXT NOT NULL,
        folder      TEXT NOT NULL DEFAULT '',
        file        TEXT NOT NULL DEFAULT '',
        bytes       INTEGER NOT NULL DEFAULT 0,
        snapshot_at TEXT,
        kept_as     TEXT
      ) STRICT;
      CREATE INDEX backup_log_at ON backup_log(at);
    `);
  },
};
