/**
 * The workload from the issue: insert notes of about 1 KB in transactions, read them all
 * back, then look some up by id. Plain SQL against the notes table (the columns every
 * schema version has), so the figure is the storage cost, not the service layer's. Since
 * schema 2 that cost includes the full-text index: the notes_fts trigger fires on every
 * insert, on both sides alike. Every phase checks what it read, so a broken side cannot
 * look fast.
 *
 * Two choices make the comparison measure encryption rather than hide it:
 * - SQLite's page cache (16 MB here) would otherwise still hold every page just inserted, so
 *   reads would never touch the cipher. It is emptied (PRAGMA shrink_memory, untimed) before
 *   each read phase, so reads go through the storage layer; the OS file cache stays warm.
 * - Closing runs the last WAL checkpoint, which for the vault decrypts and re-encrypts pages;
 *   it is timed and counted in the total so no write cost is left out.
 */
import type { Db } from '../../src/main/vault/sqlite';
import type { NoteFixture } from './fixtures';
import { timed } from './stats';

export const PHASES = ['insert', 'readAll', 'lookups', 'close', 'total'] as const;
export type Phase = (typeof PHASES)[number];
export type WorkloadTimes = Record<Phase, number>;

interface Row {
  id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export function insertNotes(db: Db, notes: readonly NoteFixture[], batchSize: number): void {
  const insert = db.prepare('INSERT INTO notes (id, body, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const insertBatch = db.transaction((batch: readonly NoteFixture[]) => {
    for (const note of batch) insert.run(note.id, note.body, note.createdAt, note.createdAt);
  });
  for (let start = 0; start < notes.length; start += batchSize)
    insertBatch(notes.slice(start, start + batchSize));
}

/** Runs the workload on an open, empty database and closes it. */
export function runNotesWorkload(
  db: Db,
  notes: readonly NoteFixture[],
  lookupIds: readonly string[],
  batchSize: number,
): WorkloadTimes {
  const expectedBytes = notes.reduce((sum, note) => sum + note.body.length, 0);
  const bodyLength = new Map(notes.map((note) => [note.id, note.body.length]));
  const readAllStatement = db.prepare('SELECT id, body, created_at, updated_at FROM notes');
  const getStatement = db.prepare('SELECT id, body, created_at, updated_at FROM notes WHERE id = ?');

  const insert = timed(() => insertNotes(db, notes, batchSize)).ms;

  db.pragma('shrink_memory');
  const readAll = timed(() => {
    const rows = readAllStatement.all() as Row[];
    const bytes = rows.reduce((sum, row) => sum + row.body.length, 0);
    if (rows.length !== notes.length || bytes !== expectedBytes) {
      throw new Error(
        `Read back ${rows.length} notes (${bytes} chars), expected ${notes.length} (${expectedBytes}).`,
      );
    }
  }).ms;

  db.pragma('shrink_memory');
  const lookups = timed(() => {
    for (const id of lookupIds) {
      const row = getStatement.get(id) as Row | undefined;
      if (!row || row.body.length !== bodyLength.get(id)) throw new Error(`Lookup of note ${id} failed.`);
    }
  }).ms;

  const close = timed(() => db.close()).ms;

  return { insert, readAll, lookups, close, total: insert + readAll + lookups + close };
}
