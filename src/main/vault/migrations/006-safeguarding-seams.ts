import type { Migration } from './types';

/**
 * Where features meet (issue "safeguarding seams"):
 * - risk decisions and appropriateness checks append instead of overwriting, so earlier ones
 *   stay readable and each is on the timeline; the referral's "acknowledges it?" becomes the
 *   one value the appropriateness check also writes (cases.acknowledged);
 * - the conference plan's shared "access arrangements" text is split: arrangements each
 *   participant is told (per participant) and safety measures for the facilitator only. What
 *   was typed before may hold safety measures, so it moves to the facilitator-only field;
 * - confirmations are kept (when, with what reason), as are acknowledgements of a withdrawn
 *   consent to share information, the participant documents made, and each time a shuttle
 *   message was carried;
 * - kept drafts of unfinished forms, inside the encrypted file.
 */
export const safeguardingSeams: Migration = {
  version: 6,
  name: 'safeguarding-seams',
  up(db) {
    db.exec(`
      CREATE TABLE risk_decisions (
        id         TEXT PRIMARY KEY,
        case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        decision   TEXT NOT NULL,
        measures   TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL,
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX risk_decisions_case ON risk_decisions(case_id, decided_at);
      INSERT INTO risk_decisions (id, case_id, decision, measures, decided_by, decided_at)
        SELECT lower(hex(randomblob(16))), case_id, decision, measures, decided_by, decided_at
        FROM risk_assessments;
      DROP TABLE risk_assessments;

      CREATE TABLE appropriateness_checks (
        id           TEXT PRIMARY KEY,
        case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        acknowledged TEXT NOT NULL,
        willingness  TEXT NOT NULL DEFAULT '',
        recorded_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX appropriateness_case ON appropriateness_checks(case_id, recorded_at);
      INSERT INTO appropriateness_checks (id, case_id, acknowledged, willingness, recorded_at)
        SELECT lower(hex(randomblob(16))), case_id, json_extract(appropriateness, '$.acknowledged'),
               coalesce(json_extract(appropriateness, '$.willingness'), ''), updated_at
        FROM conference_plans
        WHERE json_valid(appropriateness) AND coalesce(json_extract(appropriateness, '$.acknowledged'), '') <> '';
      -- The check was made after the referral, so its answer is the one value from now on.
      UPDATE cases SET acknowledged = (
          SELECT a.acknowledged FROM appropriateness_checks a WHERE a.case_id = cases.id
          ORDER BY a.recorded_at DESC LIMIT 1)
        WHERE EXISTS (SELECT 1 FROM appropriateness_checks a WHERE a.case_id = cases.id);
      ALTER TABLE conference_plans DROP COLUMN appropriateness;

      ALTER TABLE conference_plans ADD COLUMN safety_measures TEXT NOT NULL DEFAULT '';
      ALTER TABLE conference_plans ADD COLUMN arrangements TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE conference_plans ADD COLUMN roles_in_letters INTEGER NOT NULL DEFAULT 0;
      UPDATE conference_plans SET safety_measures = access WHERE access <> '';
      ALTER TABLE conference_plans DROP COLUMN access;

      CREATE TABLE conference_confirmations (
        id              TEXT PRIMARY KEY,
        case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        confirmed_at    TEXT NOT NULL,
        override_reason TEXT,
        missing         INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      INSERT INTO conference_confirmations (id, case_id, confirmed_at, override_reason, missing)
        SELECT lower(hex(randomblob(16))), case_id, confirmed_at, override_reason,
               CASE WHEN override_reason IS NULL THEN 0 ELSE 1 END
        FROM conference_plans WHERE status = 'confirmed' AND confirmed_at IS NOT NULL;

      CREATE TABLE gate_acknowledgements (
        consent_id      TEXT PRIMARY KEY REFERENCES consents(id) ON DELETE CASCADE,
        case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        acknowledged_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE documents_made (
        id             TEXT PRIMARY KEY,
        case_id        TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
        kind           TEXT NOT NULL,
        made_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_made_case ON documents_made(case_id, made_at);

      CREATE TABLE shuttle_carries (
        id          TEXT PRIMARY KEY,
        message_id  TEXT NOT NULL REFERENCES shuttle_messages(id) ON DELETE CASCADE,
        carried_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX shuttle_carries_message ON shuttle_carries(message_id, carried_at);
      INSERT INTO shuttle_carries (id, message_id, carried_at)
        SELECT lower(hex(randomblob(16))), id, carried_at FROM shuttle_messages WHERE carried_at IS NOT NULL;

      -- What is typed into an unfinished form, keyed by the form's identity (which form, about
      -- which record, e.g. 'conference-logistics:<case id>'), so a tab switch, a lock or a crash
      -- loses nothing. Removed once the form is sent or cancelled.
      -- A draft about one person (their subject access review) names them, so erasing them
      -- removes it with them.
      CREATE TABLE form_drafts (
        key       TEXT PRIMARY KEY,
        person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
        body      TEXT NOT NULL,
        saved_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
