/**
 * Notes: what a facilitator writes about a case, including meeting-mode notes with speaker
 * attribution. Saving is an upsert called again and again by autosave. Revisions: autosaves
 * within two minutes of a revision's start fold into it, so the history holds one entry per
 * spell of writing rather than one per keystroke; restoring a revision is itself a new save.
 */
import type { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors';
import type { Note, Revision, Speaker, noteSaveInput } from '../../../shared/schemas/notes';
import { touchCase, type ServiceContext } from '../core';

export const REVISION_WINDOW_MS = 2 * 60_000;

export interface NoteRow {
  id: string;
  case_id: string | null;
  person_id: string | null;
  meeting_id: string | null;
  title: string;
  kind: string;
  body: string;
  speakers: string;
  created_at: string;
  updated_at: string;
}

function parseSpeakers(json: string): Speaker[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as Speaker[]) : [];
  } catch {
    return [];
  }
}

export function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    meetingId: row.meeting_id,
    title: row.title,
    kind: row.kind === 'meeting' ? 'meeting' : 'text',
    body: row.body,
    speakers: parseSpeakers(row.speakers),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getNote(ctx: ServiceContext, id: string): Note {
  const row = ctx.db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That note no longer exists.' });
  return toNote(row);
}

export function listNotes(ctx: ServiceContext, caseId: string): Note[] {
  const rows = ctx.db
    .prepare('SELECT * FROM notes WHERE case_id = ? ORDER BY created_at DESC')
    .all(caseId) as NoteRow[];
  return rows.map(toNote);
}

function assertLinks(ctx: ServiceContext, input: z.output<typeof noteSaveInput>): void {
  if (!ctx.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(input.caseId)) {
    throw new WorkbenchError({
      code: 'not_found',
      message: 'That case no longer exists, so the note could not be saved.',
    });
  }
  if (
    input.personId &&
    !ctx.db
      .prepare('SELECT 1 FROM participants WHERE case_id = ? AND person_id = ?')
      .get(input.caseId, input.personId)
  ) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'That person is not part of this case.',
      fields: { personId: 'Choose someone in this case.' },
    });
  }
  if (
    input.meetingId &&
    !ctx.db.prepare('SELECT 1 FROM meetings WHERE id = ? AND case_id = ?').get(input.meetingId, input.caseId)
  ) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'That meeting is not part of this case.',
      fields: { meetingId: 'Choose a meeting of this case.' },
    });
  }
}

export function saveNote(
  ctx: ServiceContext,
  input: z.output<typeof noteSaveInput>,
  options: { newRevision?: boolean } = {},
): Note {
  assertLinks(ctx, input);
  const now = ctx.now();
  const at = now.toISOString();
  const id = input.id ?? ctx.newId();
  ctx.db.transaction(() => {
    const existing = ctx.db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined;
    if (existing && existing.case_id !== input.caseId) {
      throw new WorkbenchError({ code: 'invalid_input', message: 'That note belongs to another case.' });
    }
    const changed = !existing || existing.body !== input.body || existing.title !== input.title;
    ctx.db
      .prepare(
        `INSERT INTO notes (id, case_id, person_id, meeting_id, title, kind, body, speakers, created_at, updated_at)
         VALUES (@id, @caseId, @personId, @meetingId, @title, @kind, @body, @speakers, @at, @at)
         ON CONFLICT(id) DO UPDATE SET person_id = excluded.person_id, meeting_id = excluded.meeting_id,
           title = excluded.title, kind = excluded.kind, body = excluded.body, speakers = excluded.speakers,
           updated_at = excluded.updated_at`,
      )
      .run({ ...input, id, speakers: JSON.stringify(input.speakers), at });
    if (changed) keepRevision(ctx, id, input.title, input.body, now, options.newRevision ?? false);
    touchCase(ctx, input.caseId, at);
  })();
  return getNote(ctx, id);
}

function keepRevision(
  ctx: ServiceContext,
  noteId: string,
  title: string,
  body: string,
  now: Date,
  forceNew: boolean,
): void {
  const at = now.toISOString();
  const latest = ctx.db
    .prepare(
      'SELECT id, started_at FROM note_revisions WHERE note_id = ? ORDER BY started_at DESC, rowid DESC LIMIT 1',
    )
    .get(noteId) as { id: string; started_at: string } | undefined;
  if (!forceNew && latest && now.getTime() - new Date(latest.started_at).getTime() < REVISION_WINDOW_MS) {
    ctx.db
      .prepare('UPDATE note_revisions SET title = ?, body = ?, saved_at = ? WHERE id = ?')
      .run(title, body, at, latest.id);
    return;
  }
  ctx.db
    .prepare(
      'INSERT INTO note_revisions (id, note_id, title, body, started_at, saved_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(ctx.newId(), noteId, title, body, at, at);
}

export function listRevisions(ctx: ServiceContext, noteId: string): Revision[] {
  getNote(ctx, noteId);
  const rows = ctx.db
    .prepare(
      'SELECT id, note_id, title, body, saved_at FROM note_revisions WHERE note_id = ? ORDER BY started_at DESC, rowid DESC',
    )
    .all(noteId) as { id: string; note_id: string; title: string; body: string; saved_at: string }[];
  return rows.map((r) => ({
    id: r.id,
    noteId: r.note_id,
    title: r.title,
    body: r.body,
    savedAt: r.saved_at,
  }));
}

/** Puts an earlier version back as the current text; the version replaced stays in the history. */
export function restoreRevision(ctx: ServiceContext, noteId: string, revisionId: string): Note {
  const note = getNote(ctx, noteId);
  const revision = ctx.db
    .prepare('SELECT title, body FROM note_revisions WHERE id = ? AND note_id = ?')
    .get(revisionId, noteId) as { title: string; body: string } | undefined;
  if (!revision)
    throw new WorkbenchError({ code: 'not_found', message: 'That version of the note no longer exists.' });
  // A restore always starts a new revision, so "undo the restore" is one more restore away.
  return saveNote(
    ctx,
    {
      id: noteId,
      caseId: note.caseId!,
      personId: note.personId,
      meetingId: note.meetingId,
      title: revision.title,
      kind: note.kind,
      body: revision.body,
      speakers: note.speakers,
    },
    { newRevision: true },
  );
}

export function deleteNote(ctx: ServiceContext, id: string): void {
  const note = getNote(ctx, id);
  ctx.db.prepare('DELETE FROM notes WHERE id = ?').run(id);
  if (note.caseId) touchCase(ctx, note.caseId);
}
