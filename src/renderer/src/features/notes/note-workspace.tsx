/**
 * One open note: loads it, holds the draft the facilitator is typing, autosaves it, and
 * switches between the editor, meeting mode and earlier versions, which all edit the same
 * draft through the same autosave. A restore reloads the editor from the restored note.
 */
import { useEffect, useRef, useState } from 'react';
import type { Note } from '../../../../shared/schemas/notes';
import { call } from '../../lib/api';
import { toWorkbenchError } from '../../lib/form-errors';
import { queryCache, setQueryData, useQuery } from '../../lib/query';
import { MeetingMode } from './meeting-mode';
import { noteDateTime } from './note-dates';
import { draftFromNote, draftProblems, listFieldsChanged, saveRequest, type NoteDraft } from './note-draft';
import { NoteEditor, type EditorFocus } from './note-editor';
import { RevisionsPanel } from './revisions-panel';
import type { CaseContext } from './use-case-context';
import { useNoteDraft } from './use-note-draft';

/** Notes just created by "Start meeting notes": they open straight into meeting mode. */
export const openInMeetingMode = new Set<string>();

interface WorkspaceProps {
  caseId: string;
  noteId: string;
  context: CaseContext;
  onBack(): void;
}

export function NoteWorkspace({ caseId, noteId, context, onBack }: WorkspaceProps) {
  const note = useQuery('note:get', { id: noteId });
  const [generation, setGeneration] = useState(0);
  const [restoredFrom, setRestoredFrom] = useState<string | null>(null);
  if (!note.data) {
    return (
      <section className="notes" aria-label="Note">
        <button type="button" className="button-link" onClick={onBack}>
          All notes
        </button>
        {note.error ? (
          <p className="form-error" role="alert">
            {note.error.message}
          </p>
        ) : (
          <p className="muted">Opening the note…</p>
        )}
      </section>
    );
  }
  return (
    <NoteSession
      key={generation}
      caseId={caseId}
      note={note.data}
      context={context}
      onBack={onBack}
      restoredFrom={restoredFrom}
      onRestored={(restored, savedAt) => {
        setQueryData('note:get', { id: noteId }, restored);
        setRestoredFrom(savedAt);
        setGeneration((g) => g + 1);
      }}
    />
  );
}

type View = 'write' | 'read' | 'meeting' | 'revisions';

interface SessionProps {
  caseId: string;
  note: Note;
  context: CaseContext;
  onBack(): void;
  restoredFrom: string | null;
  onRestored(note: Note, savedAt: string): void;
}

function NoteSession({ caseId, note, context, onBack, restoredFrom, onRestored }: SessionProps) {
  const identity = { id: note.id, caseId };
  const lastSaved = useRef(draftFromNote(note));
  const [problems, setProblems] = useState<Record<string, string> | null>(null);
  const [view, setView] = useState<View>(() =>
    openInMeetingMode.has(note.id) ? 'meeting' : restoredFrom ? 'read' : 'write',
  );
  /** Where focus goes when the editor shows again: back to the button that left it. */
  const [focusOnShow, setFocusOnShow] = useState<EditorFocus>(restoredFrom ? 'none' : 'text');
  useEffect(() => {
    openInMeetingMode.delete(note.id);
  }, [note.id]);

  const save = async (next: NoteDraft) => {
    const found = draftProblems(identity, next);
    setProblems(found);
    if (found) throw new Error(Object.values(found)[0]);
    const saved = await call('note:save', saveRequest(identity, next));
    setQueryData('note:get', { id: note.id }, saved);
    if (listFieldsChanged(lastSaved.current, next)) {
      queryCache.invalidate('note:list');
      queryCache.invalidate('case:timeline');
    }
    lastSaved.current = next;
    queryCache.invalidate('note:revisions');
    queryCache.invalidate('search:query');
  };
  const { draft, latest, update, autosave } = useNoteDraft(note, save);

  const show = (next: View, focus: EditorFocus) => {
    setFocusOnShow(focus);
    setView(next);
  };

  /** "All notes": a note left completely empty is tidied away rather than kept as "Untitled note". */
  const back = async () => {
    const d = latest();
    const empty = d.kind === 'text' && !d.title.trim() && !d.body.trim() && !d.personId && !d.meetingId;
    if (empty) {
      try {
        await autosave.flush();
        await call('note:delete', { id: note.id });
        queryCache.invalidate('note:list');
        queryCache.invalidate('case:timeline');
      } catch {
        // Keeping an empty note is harmless; the list shows it as "Untitled note".
      }
    }
    onBack();
  };

  const restore = async (revisionId: string, savedAt: string) => {
    // Whatever is typed now goes into the history first, so the restore can be undone.
    await autosave.flush();
    try {
      const restored = await call('note:restoreRevision', { noteId: note.id, revisionId });
      queryCache.invalidate('note:list');
      queryCache.invalidate('note:revisions');
      onRestored(restored, savedAt);
      return null;
    } catch (error) {
      return toWorkbenchError(error).message;
    }
  };

  if (view === 'meeting') {
    return (
      <MeetingMode
        draft={draft}
        context={context}
        status={autosave.status}
        lastSavedAt={note.updatedAt}
        onChange={update}
        onLeave={() => show('write', 'meeting')}
      />
    );
  }
  if (view === 'revisions') {
    return (
      <RevisionsPanel
        noteId={note.id}
        current={draft}
        flush={autosave.flush}
        onRestore={restore}
        onClose={() => show('write', 'revisions')}
      />
    );
  }
  return (
    <NoteEditor
      draft={draft}
      context={context}
      problems={problems}
      status={autosave.status}
      lastSavedAt={note.updatedAt}
      reading={view === 'read'}
      restoredNotice={restoredFrom ? `Restored the version from ${noteDateTime(restoredFrom)}.` : null}
      focusOnShow={focusOnShow}
      onChange={update}
      onBack={() => void back()}
      onRead={(reading) => show(reading ? 'read' : 'write', 'none')}
      onMeetingMode={() => show('meeting', 'none')}
      onRevisions={() => show('revisions', 'none')}
    />
  );
}
