import type { Migration } from './types';

/**
 * Conference planning: preparation records (checklist per participant per meeting), the
 * case's risk assessment decision, and the conference plan (logistics, who is invited,
 * speaking order, seating, the run sheet built from a template, the confirmation or its
 * override), draft agreement items captured in run mode, and shuttle messages.
 */
export const conferencePlanning: Migration = {
  version: 3,
  name: 'conference-planning',
  up(db) {
    db.exec(`
      -- The case list asks each case for its next meeting.
      CREATE INDEX meetings_case ON meetings(case_id, starts_at);

      CREATE TABLE preparation_records (
        id               TEXT PRIMARY KEY,
        case_id          TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        participant_id   TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        meeting_id       TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        present          TEXT NOT NULL DEFAULT '',
        checklist        TEXT NOT NULL DEFAULT '{}',
        said_not_willing INTEGER NOT NULL DEFAULT 0,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX preparation_participant ON preparation_records(participant_id);

      CREATE TABLE risk_assessments (
        case_id    TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        decision   TEXT NOT NULL,
        measures   TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE conference_plans (
        case_id          TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        starts_at        TEXT,
        expected_minutes INTEGER NOT NULL DEFAULT 90,
        venue            TEXT NOT NULL DEFAULT '',
        room             TEXT NOT NULL DEFAULT '',
        access           TEXT NOT NULL DEFAULT '',
        interpreter      TEXT NOT NULL DEFAULT '',
        refreshments     TEXT NOT NULL DEFAULT '',
        who_brings_what  TEXT NOT NULL DEFAULT '',
        invited          TEXT NOT NULL DEFAULT '[]',
        speaking_order   TEXT NOT NULL DEFAULT '[]',
        seating          TEXT NOT NULL DEFAULT '[]',
        appropriateness  TEXT NOT NULL DEFAULT '{}',
        fgc              TEXT NOT NULL DEFAULT '{}',
        template_id      TEXT,
        template_version INTEGER,
        run_sheet        TEXT NOT NULL DEFAULT '[]',
        run_state        TEXT NOT NULL DEFAULT '{}',
        status           TEXT NOT NULL DEFAULT 'planning',
        override_reason  TEXT,
        confirmed_at     TEXT,
        meeting_id       TEXT REFERENCES meetings(id) ON DELETE SET NULL,
        updated_at       TEXT NOT NULL
      ) STRICT;

      CREATE TABLE draft_agreement_items (
        id          TEXT PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        text        TEXT NOT NULL,
        phase_id    TEXT,
        captured_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX draft_items_case ON draft_agreement_items(case_id, captured_at);

      -- The organisation's own versions of the script templates (edited in Settings). A case
      -- keeps the run sheet it was planned with; editing a template never changes it.
      CREATE TABLE script_templates (
        id         TEXT PRIMARY KEY,
        version    INTEGER NOT NULL,
        body       TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE shuttle_messages (
        id                  TEXT PRIMARY KEY,
        case_id             TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        from_participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
        to_participant_id   TEXT REFERENCES participants(id) ON DELETE SET NULL,
        message             TEXT NOT NULL,
        consent_to_pass     INTEGER NOT NULL DEFAULT 0,
        carried_at          TEXT,
        created_at          TEXT NOT NULL
      ) STRICT;
    `);
  },
};
