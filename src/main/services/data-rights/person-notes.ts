/**
 * Where one person appears in notes, read through indexes only (never a scan of every note):
 * the notes of the cases they are in (notes_case), the notes recorded as about them
 * (notes_person), the notes where they speak (note_speakers, kept in step by triggers), and
 * the earlier versions of those notes (note_revisions_note). A first name in a case they are
 * not in is never looked at.
 */
import type { Speaker } from '../../../shared/schemas/notes';
import type { ServiceContext } from '../core';
import { toNote, type NoteRow } from '../notes';

/** A note with what the reviews need beside it: its case's reference and whom it is about. */
export interface ScopedNote {
  id: string;
  caseId: string | null;
  caseReference: string | null;
  personId: string | null;
  aboutName: string | null;
  title: string;
  kind: 'text' | 'meeting';
  body: string;
  speakers: Speaker[];
  createdAt: string;
  updatedAt: string;
}

const SELECT_NOTE = `SELECT n.*, c.reference AS case_reference, p.preferred_name AS about_name
  FROM notes n LEFT JOIN cases c ON c.id = n.case_id LEFT JOIN people p ON p.id = n.person_id`;

/** The statements, by name, so a test can check each one's query plan uses an index. */
export const personNoteQueries = {
  notesOfTheirCases: `${SELECT_NOTE}
    WHERE n.case_id IN (SELECT case_id FROM participants WHERE person_id = @personId)
    ORDER BY c.reference, n.created_at, n.rowid`,
  notesAboutThem: `${SELECT_NOTE} WHERE n.person_id = @personId ORDER BY n.created_at, n.rowid`,
  notesWhereTheySpeak: `${SELECT_NOTE}
    WHERE n.id IN (SELECT note_id FROM note_speakers WHERE person_id = @personId)
    ORDER BY n.created_at, n.rowid`,
  revisionsOfTheirCases: `SELECT r.note_id AS noteId, r.title, r.body FROM note_revisions r
    WHERE r.note_id IN (SELECT id FROM notes WHERE case_id IN
      (SELECT case_id FROM participants WHERE person_id = @personId))`,
} as const;

function toScoped(row: NoteRow & { case_reference: string | null; about_name: string | null }): ScopedNote {
  const note = toNote(row);
  return {
    id: note.id,
    caseId: note.caseId,
    caseReference: row.case_reference,
    personId: note.personId,
    aboutName: row.about_name,
    title: note.title,
    kind: note.kind,
    body: note.body,
    speakers: note.speakers,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}

function scopedNotes(ctx: ServiceContext, query: keyof typeof personNoteQueries, personId: string) {
  const rows = ctx.db.prepare(personNoteQueries[query]).all({ personId }) as (NoteRow & {
    case_reference: string | null;
    about_name: string | null;
  })[];
  return rows.map(toScoped);
}

export function notesOfTheirCases(ctx: ServiceContext, personId: string): ScopedNote[] {
  return scopedNotes(ctx, 'notesOfTheirCases', personId);
}

export function notesAboutThem(ctx: ServiceContext, personId: string): ScopedNote[] {
  return scopedNotes(ctx, 'notesAboutThem', personId);
}

export function notesWhereTheySpeak(ctx: ServiceContext, personId: string): ScopedNote[] {
  return scopedNotes(ctx, 'notesWhereTheySpeak', personId);
}

export function revisionsOfTheirCases(
  ctx: ServiceContext,
  personId: string,
): { noteId: string; title: string; body: string }[] {
  return ctx.db.prepare(personNoteQueries.revisionsOfTheirCases).all({ personId }) as {
    noteId: string;
    title: string;
    body: string;
  }[];
}
