import type { Migration } from './types';

/**
 * Subject access and erasure read one person's rows by index, never by a scan of every note:
 * - notes about a person, their consents, flags and kept drafts, and supporters pointing at
 *   a participant (so erasing someone's rows cascades through indexes too);
 * - timeline rows that name a person (the erasure removes them);
 * - note_speakers: who speaks in which note, kept in step with notes.speakers by triggers, so
 *   "where did they speak" is one index lookup whatever saves the note.
 * (The export review's draft is kept in form_drafts, migration 006, by person.)
 */
export const subjectAccessIndexes: Migration = {
  version: 7,
  name: 'subject-access-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX notes_person ON notes(person_id);
      CREATE INDEX consents_person ON consents(person_id);
      CREATE INDEX risk_flags_person ON risk_flags(person_id);
      CREATE INDEX participants_supports ON participants(supports_id);
      CREATE INDEX case_events_person ON case_events(json_extract(detail, '$.personId'));
      CREATE INDEX form_drafts_person ON form_drafts(person_id);

      CREATE TABLE note_speakers (
        person_id TEXT NOT NULL,
        note_id   TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        PRIMARY KEY (person_id, note_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX note_speakers_note ON note_speakers(note_id);

      -- Speakers JSON that cannot be read counts as no speakers: a save must never fail here.
      CREATE TRIGGER note_speakers_ai AFTER INSERT ON notes BEGIN
        INSERT OR IGNORE INTO note_speakers (person_id, note_id)
          SELECT json_extract(s.value, '$.personId'), new.id
          FROM json_each(CASE WHEN json_valid(new.speakers) THEN new.speakers ELSE '[]' END) s
          WHERE CASE WHEN s.type = 'object' THEN json_type(s.value, '$.personId') = 'text' ELSE 0 END;
      END;
      CREATE TRIGGER note_speakers_au AFTER UPDATE OF speakers ON notes BEGIN
        DELETE FROM note_speakers WHERE note_id = old.id;
        INSERT OR IGNORE INTO note_speakers (person_id, note_id)
          SELECT json_extract(s.value, '$.personId'), new.id
          FROM json_each(CASE WHEN json_valid(new.speakers) THEN new.speakers ELSE '[]' END) s
          WHERE CASE WHEN s.type = 'object' THEN json_type(s.value, '$.personId') = 'text' ELSE 0 END;
      END;
      INSERT OR IGNORE INTO note_speakers (person_id, note_id)
        SELECT json_extract(s.value, '$.personId'), n.id
        FROM notes n, json_each(CASE WHEN json_valid(n.speakers) THEN n.speakers ELSE '[]' END) s
        WHERE CASE WHEN s.type = 'object' THEN json_type(s.value, '$.personId') = 'text' ELSE 0 END;

    `);
  },
};
