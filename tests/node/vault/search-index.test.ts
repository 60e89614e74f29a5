/**
 * The folded search index across connections and versions: the file never depends on the
 * app's functions (another connection, a backup copy, an older vault all work), and what the
 * app finds is always what was written, folded.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listCases } from '../../../src/main/services/cases';
import { serviceContext } from '../../../src/main/services/core';
import { search } from '../../../src/main/services/notes';
import { searchPeople } from '../../../src/main/services/people';
import { migrate, migrations } from '../../../src/main/vault/migrations';
import { prepareSearchIndex } from '../../../src/main/vault/search-index';
import { Database, type Db } from '../../../src/main/vault/sqlite';
import { caseListInput } from '../../../src/shared/schemas/cases';
import { tempDir } from '../support/temp-workbench';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function file(): string {
  const dir = tempDir('rw-search-index-');
  dirs.push(dir);
  return join(dir, 'vault.db');
}

/** A connection as a backup or repair tool would have it: the schema, none of the app's functions. */
function foreign(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return db;
}

function app(path: string): Db {
  const db = foreign(path);
  migrate(db);
  prepareSearchIndex(db);
  return db;
}

const at = '2026-03-02T10:00:00.000Z';

function writeCaseWithPerson(db: Db, name: string, note: string): void {
  db.prepare(
    `INSERT INTO cases (id, reference, title, process_type, setting, created_at, updated_at, last_activity_at)
     VALUES ('case-1', 'RW-2026-0001', 'Falling out at the allotment', 'circle', 'community', ?, ?, ?)`,
  ).run(at, at, at);
  db.prepare(
    `INSERT INTO people (id, preferred_name, created_at, updated_at) VALUES ('person-1', ?, ?, ?)`,
  ).run(name, at, at);
  db.prepare(
    `INSERT INTO participants (id, case_id, person_id, role, added_at) VALUES ('part-1', 'case-1', 'person-1', 'harmed', ?)`,
  ).run(at);
  db.prepare(
    `INSERT INTO notes (id, case_id, title, body, created_at, updated_at) VALUES ('note-1', 'case-1', 'Visit', ?, ?, ?)`,
  ).run(note, at, at);
}

function finds(db: Db, typed: string) {
  const ctx = serviceContext(db);
  return {
    kinds: search(ctx, typed).hits.map((h) => h.kind),
    cases: listCases(ctx, caseListInput.parse({ query: typed, archived: 'all' })).total,
    people: searchPeople(ctx, typed).length,
  };
}

describe('the search index and other connections', () => {
  it('stores no call to an app function: the schema names none of them', () => {
    const db = app(file());
    const schema = db.prepare(`SELECT group_concat(sql, ' ') FROM sqlite_master`).pluck().get() as string;
    for (const name of ['search_words', 'search_note_words', 'search_key'])
      expect(schema).not.toContain(name);
    db.close();
  });

  it('lets a connection without the app write, change and delete; the app folds what it left at the next open', () => {
    const path = file();
    app(path).close();
    const other = foreign(path);
    writeCaseWithPerson(other, 'Łukasz Żółć', 'Łukasz Żółć brought the allotment key back.');
    other.prepare(`UPDATE notes SET body = 'Łukasz Żółć planted beans.' WHERE id = 'note-1'`).run();
    other
      .prepare(
        `INSERT INTO notes (id, case_id, body, created_at, updated_at) VALUES ('note-2', 'case-1', 'Gone soon', ?, ?)`,
      )
      .run(at, at);
    other.prepare(`DELETE FROM notes WHERE id = 'note-2'`).run();
    other.close();

    const db = app(path);
    expect(finds(db, 'lukasz zolc')).toEqual({ kinds: ['person', 'note'], cases: 1, people: 1 });
    expect(search(serviceContext(db), 'beans').hits.map((h) => h.id)).toEqual(['note-1']);
    expect(search(serviceContext(db), 'allotment key').hits.filter((h) => h.kind === 'note')).toEqual([]);
    expect(search(serviceContext(db), 'gone').hits).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM note_search WHERE stale = 1').pluck().get()).toBe(0);
    db.close();
  });

  it('keeps finding everything in a copy made by VACUUM INTO from another connection', () => {
    const path = file();
    const db = app(path);
    writeCaseWithPerson(db, 'Aoife Ní Bhriain', 'Aoife Ní Bhriain spoke first.');
    db.close();
    const copy = join(path, '..', 'copy.db');
    const other = foreign(path);
    other.prepare('VACUUM INTO ?').run(copy);
    other.close();
    const restored = app(copy);
    expect(finds(restored, 'aoife ni')).toEqual({ kinds: ['person', 'note'], cases: 1, people: 1 });
    restored.close();
  });

  it('gives a vault from before this index (schema 6) the folded index when it updates', () => {
    const path = file();
    const old = foreign(path);
    migrate(old, migrations.slice(0, 6));
    writeCaseWithPerson(old, 'İrem Yıldız', 'İrem Yıldız wrote a letter.');
    old.close();
    const db = app(path);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(finds(db, 'irem yildiz')).toEqual({ kinds: ['person', 'note'], cases: 1, people: 1 });
    db.close();
  });

  it('rebuilds the index when it was built by another version of the folding, and only then', () => {
    const path = file();
    const db = app(path);
    writeCaseWithPerson(db, 'Nguyễn Thị Đào', 'Đào came with her aunt.');
    db.exec(`INSERT INTO notes_fts (notes_fts) VALUES ('delete-all')`);
    db.close();
    const same = app(path);
    expect(search(serviceContext(same), 'dao aunt').hits).toEqual([]);
    same.prepare('UPDATE search_state SET fold_version = 0').run();
    same.close();
    const rebuilt = app(path);
    expect(search(serviceContext(rebuilt), 'dao aunt').hits.map((h) => h.id)).toEqual(['note-1']);
    rebuilt.close();
  });
});
