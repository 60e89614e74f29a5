/**
 * An open note's draft and its autosave, for every place a note is typed (the editor, meeting
 * mode, run mode's conference notes): the values live where every form's do (useFormValues,
 * keyed by the note), and each change goes to autosave from the input event itself.
 */
import { useCallback } from 'react';
import type { Note } from '../../../../shared/schemas/notes';
import { useFormValues } from '../../lib/form-values';
import { draftFromNote, type NoteDraft } from './note-draft';
import { useAutosave, type AutosaveHandle } from './use-autosave';

export interface NoteDraftHandle {
  draft: NoteDraft;
  /** The newest draft, including a change made earlier in the same event. */
  latest(): NoteDraft;
  update(patch: Partial<NoteDraft>): void;
  autosave: AutosaveHandle<NoteDraft>;
}

/** `save` is taken once, when the component mounts (see useAutosave). */
export function useNoteDraft(note: Note, save: (draft: NoteDraft) => Promise<unknown>): NoteDraftHandle {
  // A note saves itself (and before a lock); a kept draft would only fight a restored version.
  const values = useFormValues(`note:${note.id}`, () => draftFromNote(note), { keep: false });
  const autosave = useAutosave<NoteDraft>(save);
  const { change } = autosave;
  const { set } = values;
  const update = useCallback((patch: Partial<NoteDraft>) => change(set(patch)), [change, set]);
  return { draft: values.values, latest: values.latest, update, autosave };
}
