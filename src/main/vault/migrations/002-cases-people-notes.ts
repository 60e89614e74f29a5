import type { Migration } from './types';

/**
 * Cases, people (one record per human, shared across cases), participation with roles,
 * consent, risk flags, meetings, notes with revisions, the case timeline, and a full-text
 * index (FTS5, inside the encrypted file like everything else).
 */
export const casesPeopleNotes: Migration = {
  version: 2,
  name: 'cases-people-notes',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id               TEXT PRIMARY KEY,
        reference        TEXT NOT NULL UNIQUE,
        title            TEXT NOT NULL,
        process_type     TEXT NOT NULL,
        setting          TEXT NOT NULL,
        status           TEXT NOT NULL DEFAULT 'referral',
        closure_reason   TEXT,
        closure_detail   TEXT,
        referral_date    TEXT,
        referrer         TEXT,
        referral_source  TEXT,
        referral_summary TEXT NOT NULL DEFAULT '',
        acknowledged     TEXT NOT NULL DEFAULT 'unknown',
        archived_at      TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        last_activity_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cases_status ON cases(status);
      CREATE INDEX cases_activity ON cases(last_activity_at);

      CREATE TABLE people (
        id                TEXT PRIMARY KEY,
        preferred_name    TEXT NOT NULL,
        full_name         TEXT NOT NULL DEFAULT '',
        pronouns          TEXT NOT NULL DEFAULT '',
        age_band          TEXT,
        date_of_birth     TEXT,
        phone             TEXT NOT NULL DEFAULT '',
        email             TEXT NOT NULL DEFAULT '',
        address           TEXT NOT NULL DEFAULT '',
        preferred_contact TEXT,
        language          TEXT NOT NULL DEFAULT '',
        interpreter       INTEGER NOT NULL DEFAULT 0,
        disability        TEXT NOT NULL DEFAULT '',
        reading           TEXT NOT NULL DEFAULT '',
        notes             TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;

      CREATE TABLE participants (
        id            TEXT PRIMARY KEY,
        case_id       TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        person_id     TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        role          TEXT NOT NULL,
        supports_id   TEXT REFERENCES participants(id) ON DELETE SET NULL,
        organisation  TEXT NOT NULL DEFAULT '',
        added_at      TEXT NOT NULL,
        UNIQUE (case_id, person_id, role)
      ) STRICT;
      CREATE INDEX participants_person ON participants(person_id);

      CREATE TABLE consents (
        id                TEXT PRIMARY KEY,
        case_id           TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        person_id         TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        kind              TEXT NOT NULL,
        decision          TEXT NOT NULL,
        method            TEXT NOT NULL,
        on_behalf_by      TEXT NOT NULL DEFAULT '',
        decided_on        TEXT NOT NULL,
        withdrawn_on      TEXT,
        withdrawal_reason TEXT NOT NULL DEFAULT '',
        recorded_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX consents_case_person ON consents(case_id, person_id);

      CREATE TABLE risk_flags (
        id           TEXT PRIMARY KEY,
        case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        person_id    TEXT REFERENCES people(id) ON DELETE CASCADE,
        category     TEXT NOT NULL,
        detail       TEXT NOT NULL DEFAULT '',
        level        TEXT NOT NULL,
        mitigations  TEXT NOT NULL DEFAULT '',
        confidential INTEGER NOT NULL DEFAULT 1 CHECK (confidential = 1),
        resolved_at  TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX risk_flags_case ON risk_flags(case_id);

      CREATE TABLE meetings (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        title      TEXT NOT NULL DEFAULT '',
        starts_at  TEXT NOT NULL,
        place      TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX meetings_starts ON meetings(starts_at);

      ALTER TABLE notes ADD COLUMN case_id TEXT REFERENCES cases(id) ON DELETE CASCADE;
      ALTER TABLE notes ADD COLUMN person_id TEXT REFERENCES people(id) ON DELETE SET NULL;
      ALTER TABLE notes ADD COLUMN meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL;
      ALTER TABLE notes ADD COLUMN title TEXT NOT NULL DEFAULT '';
      ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'text';
      ALTER TABLE notes ADD COLUMN speakers TEXT NOT NULL DEFAULT '[]';
      CREATE INDEX notes_case ON notes(case_id);

      CREATE TABLE note_revisions (
        id       TEXT PRIMARY KEY,
        note_id  TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        title    TEXT NOT NULL DEFAULT '',
        body       TEXT NOT NULL,
        started_at TEXT NOT NULL,
        saved_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX note_revisions_note ON note_revisions(note_id, saved_at);

      -- The timeline: what happened, when. Detail is structured (JSON of ids and codes),
      -- never free text, so erasing a person leaves no trace of them here.
      CREATE TABLE case_events (
        id      TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at      TEXT NOT NULL,
        kind    TEXT NOT NULL,
        detail  TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX case_events_case ON case_events(case_id, at);

      CREATE TABLE erasure_log (
        id     TEXT PRIMARY KEY,
        at     TEXT NOT NULL,
        counts TEXT NOT NULL
      ) STRICT;

      -- Full-text search: one external-content FTS5 table per searchable table, keyed by the
      -- row's rowid so an update touches one index entry. (VACUUM may renumber implicit
      -- rowids; the app never runs it, and if it ever does it must 'rebuild' these tables.)
      CREATE VIRTUAL TABLE notes_fts USING fts5(
        title, body, content = 'notes', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER notes_fts_ai AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      CREATE TRIGGER notes_fts_ad AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
      END;
      CREATE TRIGGER notes_fts_au AFTER UPDATE OF title, body ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO notes_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      CREATE VIRTUAL TABLE cases_fts USING fts5(
        reference, title, referral_summary, content = 'cases', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER cases_fts_ai AFTER INSERT ON cases BEGIN
        INSERT INTO cases_fts (rowid, reference, title, referral_summary) VALUES (new.rowid, new.reference, new.title, new.referral_summary);
      END;
      CREATE TRIGGER cases_fts_ad AFTER DELETE ON cases BEGIN
        INSERT INTO cases_fts (cases_fts, rowid, reference, title, referral_summary) VALUES ('delete', old.rowid, old.reference, old.title, old.referral_summary);
      END;
      CREATE TRIGGER cases_fts_au AFTER UPDATE OF reference, title, referral_summary ON cases BEGIN
        INSERT INTO cases_fts (cases_fts, rowid, reference, title, referral_summary) VALUES ('delete', old.rowid, old.reference, old.title, old.referral_summary);
        INSERT INTO cases_fts (rowid, reference, title, referral_summary) VALUES (new.rowid, new.reference, new.title, new.referral_summary);
      END;
      CREATE VIRTUAL TABLE people_fts USING fts5(
        preferred_name, full_name, content = 'people', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER people_fts_ai AFTER INSERT ON people BEGIN
        INSERT INTO people_fts (rowid, preferred_name, full_name) VALUES (new.rowid, new.preferred_name, new.full_name);
      END;
      CREATE TRIGGER people_fts_ad AFTER DELETE ON people BEGIN
        INSERT INTO people_fts (people_fts, rowid, preferred_name, full_name) VALUES ('delete', old.rowid, old.preferred_name, old.full_name);
      END;
      CREATE TRIGGER people_fts_au AFTER UPDATE OF preferred_name, full_name ON people BEGIN
        INSERT INTO people_fts (people_fts, rowid, preferred_name, full_name) VALUES ('delete', old.rowid, old.preferred_name, old.full_name);
        INSERT INTO people_fts (rowid, preferred_name, full_name) VALUES (new.rowid, new.preferred_name, new.full_name);
      END;
      -- Notes written before cases existed (version 1) are indexed too.
      INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
    `);
  },
};
