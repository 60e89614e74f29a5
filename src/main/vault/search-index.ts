/**
 * The app connection's part of the search index (the file's part is migration 007). Folding
 * is the app's JavaScript, so it runs only here: functions registered on this connection and
 * temporary triggers (they live in this connection alone, never in the file) that fold each
 * row the file's triggers mark stale, in the same transaction as the write. Every service
 * that writes a note, a case or a person keeps the index in step without knowing about it.
 *
 * The functions are "direct only": SQLite refuses them anywhere in the stored schema, so no
 * view or trigger in the file can ever depend on them and break another connection. Rows
 * another connection wrote are folded when the app next opens the vault, and the whole index
 * is rebuilt when the folding itself has changed (INDEX_WORDS_VERSION).
 */
import { spokenText } from '../../shared/domain/meeting-notes';
import { INDEX_WORDS_VERSION, filterKey, indexWords } from '../../shared/domain/search-words';
import type { Db } from './sqlite';

interface SearchedTable {
  table: string;
  /** The table of document numbers, keys and stale marks, and its column naming the row. */
  map: string;
  column: string;
  fts: string;
  columns: string;
  /** What goes into the index's columns, over the row `t`. */
  values: string;
  /** The folded filter key, over the row `t`. */
  key: string | null;
}

const SEARCHED: readonly SearchedTable[] = [
  {
    table: 'notes',
    map: 'note_search',
    column: 'note_id',
    fts: 'notes_fts',
    columns: 'title, body',
    values: 'search_words(t.title), search_note_words(t.body)',
    key: null,
  },
  {
    table: 'cases',
    map: 'case_search',
    column: 'case_id',
    fts: 'cases_fts',
    columns: 'reference, title, referral_summary',
    values: 'search_words(t.reference), search_words(t.title), search_words(t.referral_summary)',
    key: 'search_key(t.reference, t.title, t.referral_summary)',
  },
  {
    table: 'people',
    map: 'person_search',
    column: 'person_id',
    fts: 'people_fts',
    columns: 'preferred_name, full_name',
    values: 'search_words(t.preferred_name), search_words(t.full_name)',
    key: 'search_key(t.preferred_name, t.full_name)',
  },
];

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function registerFunctions(db: Db): void {
  const options = { deterministic: true, directOnly: true } as const;
  db.function('search_words', options, (value: unknown) => indexWords(text(value)));
  db.function('search_note_words', options, (value: unknown) => indexWords(spokenText(text(value))));
  db.function('search_key', { ...options, varargs: true }, (...fields: unknown[]) =>
    filterKey(...fields.map(text)),
  );
}

/** Index one mapped row (`doc` names it) and clear its stale mark; SQL over `alias`.doc/.column. */
function foldRowSql(s: SearchedTable, alias: string): string {
  const keySet = s.key
    ? `, key = (SELECT ${s.key} FROM main.${s.table} t WHERE t.id = ${alias}.${s.column})`
    : '';
  return `
    INSERT INTO main.${s.fts} (rowid, ${s.columns})
      SELECT ${alias}.doc, ${s.values} FROM main.${s.table} t WHERE t.id = ${alias}.${s.column};
    UPDATE main.${s.map} SET stale = 0${keySet} WHERE doc = ${alias}.doc;`;
}

function createTemporaryTriggers(db: Db): void {
  for (const s of SEARCHED) {
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${s.map}_fold_new AFTER INSERT ON main.${s.map}
      WHEN new.stale = 1 BEGIN ${foldRowSql(s, 'new')}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${s.map}_fold_changed AFTER UPDATE OF stale ON main.${s.map}
      WHEN new.stale = 1 BEGIN
        DELETE FROM main.${s.fts} WHERE rowid = new.doc; ${foldRowSql(s, 'new')}
      END;`);
  }
}

/** Folds the rows left stale (by another connection, or by the migration) in bulk. */
function foldStale(db: Db, s: SearchedTable, indexed = true): number {
  const docs = db.prepare(`SELECT doc FROM ${s.map} WHERE stale = 1`).pluck().all() as number[];
  if (docs.length === 0) return 0;
  if (indexed) {
    const forget = db.prepare(`DELETE FROM ${s.fts} WHERE rowid = ?`);
    for (const doc of docs) forget.run(doc);
  }
  db.exec(`
    INSERT INTO ${s.fts} (rowid, ${s.columns})
      SELECT m.doc, ${s.values} FROM ${s.map} m JOIN ${s.table} t ON t.id = m.${s.column} WHERE m.stale = 1;
    UPDATE ${s.map} SET stale = 0${s.key ? `, key = (SELECT ${s.key} FROM ${s.table} t WHERE t.id = ${s.map}.${s.column})` : ''}
      WHERE stale = 1;`);
  return docs.length;
}

/** Every row indexed afresh: the folding changed, or the index was never built. */
function rebuild(db: Db): void {
  for (const s of SEARCHED) {
    db.exec(`
      INSERT INTO ${s.fts} (${s.fts}) VALUES ('delete-all');
      INSERT INTO ${s.map} (${s.column})
        SELECT id FROM ${s.table} WHERE id NOT IN (SELECT ${s.column} FROM ${s.map}) ORDER BY rowid;
      UPDATE ${s.map} SET stale = 1;`);
    foldStale(db, s, false);
    db.exec(`INSERT INTO ${s.fts} (${s.fts}) VALUES ('optimize')`);
  }
  db.prepare('UPDATE search_state SET fold_version = ?').run(INDEX_WORDS_VERSION);
}

/**
 * Makes this connection keep the index in step, and brings the index up to date first. Call
 * once per connection, after the migrations.
 */
export function prepareSearchIndex(db: Db): void {
  registerFunctions(db);
  db.transaction(() => {
    const built = db.prepare('SELECT fold_version FROM search_state').pluck().get();
    if (built !== INDEX_WORDS_VERSION) rebuild(db);
    else for (const s of SEARCHED) foldStale(db, s);
  })();
  createTemporaryTriggers(db);
}
