/**
 * A note as the editor holds it, and the one way it becomes a `note:save` request (shaped in
 * src/shared/domain/autosave.ts, where the kill -9 test's child process uses it too, so that
 * test covers the renderer's request, not a copy of it).
 */
import { noteSaveRequest, type NoteDraft } from '../../../../shared/domain/autosave';
import { noteSaveInput, type Note } from '../../../../shared/schemas/notes';

export type { NoteDraft };

export interface NoteIdentity {
  id: string;
  caseId: string;
}

export function draftFromNote(note: Note): NoteDraft {
  return {
    title: note.title,
    body: note.body,
    kind: note.kind,
    personId: note.personId,
    meetingId: note.meetingId,
    speakers: note.speakers,
  };
}

export const saveRequest = noteSaveRequest;

/** The first problem the contract would refuse, by field, before anything is sent. */
export function draftProblems(note: NoteIdentity, draft: NoteDraft): Record<string, string> | null {
  const result = noteSaveInput.safeParse(saveRequest(note, draft));
  if (result.success) return null;
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) problems[String(issue.path[0] ?? '_')] ??= issue.message;
  return problems;
}

/** True when what the notes list shows (title, kind, links) differs between two drafts. */
export function listFieldsChanged(a: NoteDraft, b: NoteDraft): boolean {
  return (
    a.title.trim() !== b.title.trim() ||
    a.kind !== b.kind ||
    a.personId !== b.personId ||
    a.meetingId !== b.meetingId
  );
}

export function noteTitle(title: string): string {
  return title.trim() || 'Untitled note';
}
