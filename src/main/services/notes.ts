/**
 * Notes: the free text a facilitator writes. Saving is an upsert so the autosave path can
 * call it again and again with the same id.
 */
import { randomUUID } from 'node:crypto';
import type { Note } from '../../shared/contract';
import { WorkbenchError } from '../../shared/errors';
import type { Db } from '../vault/sqlite';

interface NoteRow {
  id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

function toNote(row: NoteRow): Note {
  return { id: row.id, body: row.body, createdAt: row.created_at, updatedAt: row.updated_at };
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function saveNote(
  db: Db,
  input: { id?: string | undefined; body: string },
  clock: Clock = systemClock,
): Note {
  const at = clock.now().toISOString();
  const id = input.id ?? randomUUID();
  // .all(), not .get(): .get() stops a RETURNING statement before SQLITE_DONE, the commit then
  // happens in sqlite3_reset, and SQLite skips its WAL hook, so the WAL is never checkpointed.
  const [row] = db
    .prepare(
      `INSERT INTO notes (id, body, created_at, updated_at) VALUES (@id, @body, @at, @at)
       ON CONFLICT(id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
       RETURNING *`,
    )
    .all({ id, body: input.body, at }) as NoteRow[];
  return toNote(row!);
}

export function getNote(db: Db, id: string): Note {
  const row = db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That note no longer exists.' });
  return toNote(row);
}
