/** The case's notes, newest first: title, date, kind and what the note is linked to. */
import type { Note } from '../../../../shared/schemas/notes';
import { plainPreview } from './formatting';
import { noteDate } from './note-dates';
import { noteTitle } from './note-draft';

export interface NotesListProps {
  notes: Note[] | undefined;
  error: string | null;
  describeLink(note: Note): string | null;
  onOpen(noteId: string): void;
  onNew(): void;
  onStartMeeting(): void;
  creating: boolean;
  problem: string | null;
  /** When the list shows one meeting's notes: what it is, and the way back to all notes. */
  scope?: { label: string; onClear(): void } | undefined;
}

export function NotesList(props: NotesListProps) {
  const notes = [...(props.notes ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <div className="notes-toolbar">
        <h2 id="notes-heading" className="section-title">
          Notes
        </h2>
        <div className="notes-toolbar-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={props.onStartMeeting}
            disabled={props.creating}
          >
            Start meeting notes
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={props.onNew}
            disabled={props.creating}
          >
            New note
          </button>
        </div>
      </div>
      {props.scope ? (
        <p className="notes-scope">
          Notes from {props.scope.label}. New notes are linked to this meeting.{' '}
          <button type="button" className="button-link inline-link" onClick={props.scope.onClear}>
            Show all notes
          </button>
        </p>
      ) : null}
      {props.problem ? (
        <p className="form-error" role="alert">
          {props.problem}
        </p>
      ) : null}
      {props.error ? (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      ) : !props.notes ? (
        <p className="muted">Loading the notes…</p>
      ) : notes.length === 0 && props.scope ? (
        <p className="muted">No notes from this meeting yet. Start meeting notes or a new note above.</p>
      ) : notes.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">No notes yet</p>
          <p>
            Notes save themselves as you type. Use meeting notes during a preparation meeting or a conference:
            each person gets a letter, so one key says who is speaking.
          </p>
        </div>
      ) : (
        <ul className="note-index" aria-label="Notes, newest first">
          {notes.map((note) => {
            const link = props.describeLink(note);
            const preview = plainPreview(note.body);
            return (
              <li key={note.id}>
                <button type="button" className="note-card" onClick={() => props.onOpen(note.id)}>
                  <span className="note-card-title">{noteTitle(note.title)}</span>
                  <span className="note-card-meta">
                    <span>{noteDate(note.createdAt)}</span>
                    <span className={`note-kind note-kind-${note.kind}`}>
                      {note.kind === 'meeting' ? 'Meeting notes' : 'Note'}
                    </span>
                    {link ? <span>{link}</span> : null}
                  </span>
                  {preview ? <span className="note-card-preview">{preview}</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
