import type { Migration } from './types';

/**
 * One normalisation for every search (issue "finding the same child twice"): the full-text
 * index is rebuilt over folded words (ł as l, ı as i, O’Brien as O'Brien...), the same words
 * the app makes of a query, and the case list and person search get folded keys.
 *
 * Folding is the app's own JavaScript (shared/domain/text-fold.ts), and SQLite's tokenizers
 * fold differently, so the index cannot be built by SQL alone. This file holds no call to an
 * app function: a backup, a repair tool or any other connection can open and write the
 * database. Its triggers only keep, per searchable row, a document number and a "stale" mark
 * (and drop the index entries of a row that changed or went). The app's own connection adds
 * temporary triggers that fold each stale row in the same transaction as the write, and at
 * open folds any row another connection left stale (vault/search-index.ts).
 *
 * - note_search / case_search / person_search: the row's document number in the index (its
 *   own integer, so the index never depends on implicit rowids, which VACUUM may renumber),
 *   the folded filter key (cases, people) and the stale mark;
 * - notes_fts / cases_fts / people_fts: contentless FTS5 tables (the index alone: no second
 *   copy of every note) of folded words; the `ascii` tokenizer splits only on the spaces the
 *   app writes, so the index holds exactly the app's words; detail=column (no word
 *   positions: the app makes its own snippets and asks for no phrases) halves the index;
 *   prefix indexes answer the shortest word starts without merging hundreds of words;
 * - search_state: the version of the folding the index was built with (0: not built yet).
 */
export const searchFoldedIndex: Migration = {
  version: 8,
  name: 'search-folded-index',
  up(db) {
    db.exec(`
      DROP TRIGGER notes_fts_ai;
      DROP TRIGGER notes_fts_ad;
      DROP TRIGGER notes_fts_au;
      DROP TRIGGER cases_fts_ai;
      DROP TRIGGER cases_fts_ad;
      DROP TRIGGER cases_fts_au;
      DROP TRIGGER people_fts_ai;
      DROP TRIGGER people_fts_ad;
      DROP TRIGGER people_fts_au;
      DROP TABLE notes_fts;
      DROP TABLE cases_fts;
      DROP TABLE people_fts;

      CREATE TABLE search_state (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        fold_version INTEGER NOT NULL
      ) STRICT;
      INSERT INTO search_state (id, fold_version) VALUES (1, 0);

      CREATE VIRTUAL TABLE notes_fts USING fts5(
        title, body, content = '', contentless_delete = 1, detail = column, tokenize = 'ascii',
        prefix = '3'
      );
      CREATE VIRTUAL TABLE cases_fts USING fts5(
        reference, title, referral_summary, content = '', contentless_delete = 1, detail = column,
        tokenize = 'ascii',
        prefix = '1 2 3'
      );
      CREATE VIRTUAL TABLE people_fts USING fts5(
        preferred_name, full_name, content = '', contentless_delete = 1, detail = column, tokenize = 'ascii',
        prefix = '1 2 3'
      );

      CREATE TABLE note_search (
        doc     INTEGER PRIMARY KEY,
        note_id TEXT NOT NULL UNIQUE,
        stale   INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE TABLE case_search (
        doc     INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL UNIQUE,
        key     TEXT NOT NULL DEFAULT '',
        stale   INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE TABLE person_search (
        doc       INTEGER PRIMARY KEY,
        person_id TEXT NOT NULL UNIQUE,
        key       TEXT NOT NULL DEFAULT '',
        stale     INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX note_search_stale ON note_search(doc) WHERE stale = 1;
      CREATE INDEX case_search_stale ON case_search(doc) WHERE stale = 1;
      CREATE INDEX person_search_stale ON person_search(doc) WHERE stale = 1;

      -- A row that goes takes its index entry with it.
      CREATE TRIGGER note_search_ad AFTER DELETE ON note_search BEGIN
        DELETE FROM notes_fts WHERE rowid = old.doc;
      END;
      CREATE TRIGGER case_search_ad AFTER DELETE ON case_search BEGIN
        DELETE FROM cases_fts WHERE rowid = old.doc;
      END;
      CREATE TRIGGER person_search_ad AFTER DELETE ON person_search BEGIN
        DELETE FROM people_fts WHERE rowid = old.doc;
      END;
    `);
    // The same four triggers per searchable table. No OR/ON CONFLICT clause anywhere: an
    // outer statement's conflict policy (saveNote's upsert) would override it inside a trigger.
    const searched = [
      { table: 'notes', map: 'note_search', column: 'note_id', fts: 'notes_fts', watched: 'title, body' },
      {
        table: 'cases',
        map: 'case_search',
        column: 'case_id',
        fts: 'cases_fts',
        watched: 'reference, title, referral_summary',
      },
      {
        table: 'people',
        map: 'person_search',
        column: 'person_id',
        fts: 'people_fts',
        watched: 'preferred_name, full_name',
      },
    ];
    for (const { table, map, column, fts, watched } of searched) {
      db.exec(`
        CREATE TRIGGER ${map}_row_ai AFTER INSERT ON ${table} BEGIN
          DELETE FROM ${map} WHERE ${column} = new.id;
          INSERT INTO ${map} (${column}) VALUES (new.id);
        END;
        CREATE TRIGGER ${map}_row_au AFTER UPDATE OF ${watched} ON ${table} BEGIN
          DELETE FROM ${fts} WHERE rowid = (SELECT doc FROM ${map} WHERE ${column} = old.id);
          UPDATE ${map} SET stale = 1 WHERE ${column} = old.id;
          INSERT INTO ${map} (${column}) SELECT new.id
            WHERE NOT EXISTS (SELECT 1 FROM ${map} WHERE ${column} = new.id);
        END;
        CREATE TRIGGER ${map}_row_ad AFTER DELETE ON ${table} BEGIN
          DELETE FROM ${map} WHERE ${column} = old.id;
        END;
        INSERT INTO ${map} (${column}) SELECT id FROM ${table} ORDER BY rowid;
      `);
    }
  },
};
