import type { Migration } from './types';

/**
 * Agreements: each version of a case's agreement (the newest is the one being edited; an
 * agreed version is never changed again), follow-up updates per action (kept across versions
 * by the action's id), and the review that closes the agreement.
 */
export const agreements: Migration = {
  version: 4,
  name: 'agreements',
  up(db) {
    db.exec(`
      CREATE TABLE agreement_versions (
        id          TEXT PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('draft', 'agreed', 'closed')),
        -- statement, place, actions, review date, copies, signers (JSON, ids not names)
        body        TEXT NOT NULL,
        agreed_at   TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (case_id, version)
      ) STRICT;

      CREATE TABLE action_updates (
        id           TEXT PRIMARY KEY,
        case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        action_id    TEXT NOT NULL,
        status       TEXT NOT NULL,
        on_date      TEXT NOT NULL,
        note         TEXT NOT NULL DEFAULT '',
        recorded_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX action_updates_case ON action_updates(case_id, action_id, recorded_at);

      CREATE TABLE agreement_reviews (
        id          TEXT PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        version_id  TEXT NOT NULL REFERENCES agreement_versions(id) ON DELETE CASCADE,
        held_on     TEXT NOT NULL,
        attendees   TEXT NOT NULL DEFAULT '',
        notes       TEXT NOT NULL DEFAULT '',
        outcome     TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
