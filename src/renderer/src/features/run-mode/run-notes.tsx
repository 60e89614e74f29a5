/**
 * The notes beside the run sheet: one meeting-mode note per conference ("Conference notes"),
 * created on first use and reopened on resume. It reuses the notes feature's line rules and
 * autosave, so a lock (which flushes pending writes) or a crash loses nothing typed.
 */
import { useEffect, useId, useState } from 'react';
import type { Note } from '../../../../shared/schemas/notes';
import { call } from '../../lib/api';
import { isMac } from '../../lib/platform';
import { queryCache, setQueryData } from '../../lib/query';
import {
  LineInput,
  SaidSoFar,
  SpeakerKeys,
  SpeakingNow,
  useMeetingLines,
} from '../notes/meeting-lines-editor';
import { saveRequest } from '../notes/note-draft';
import { SaveIndicator } from '../notes/save-indicator';
import { useCaseContext } from '../notes/use-case-context';
import { useNoteDraft } from '../notes/use-note-draft';

export const CONFERENCE_NOTES_TITLE = 'Conference notes';

/**
 * Finds this conference's note, or makes it: the same note every time run mode opens, linked
 * to the conference's meeting (once it has a date), so the notes list says where it is from.
 */
async function openConferenceNote(caseId: string): Promise<Note> {
  const [notes, meetings] = await Promise.all([
    call('note:list', { caseId }),
    call('meeting:list', { caseId }),
  ]);
  const conference = meetings.find((m) => m.kind === 'conference')?.id ?? null;
  const found = notes.find((n) => n.kind === 'meeting' && n.title === CONFERENCE_NOTES_TITLE);
  if (found) {
    const note = await call('note:get', { id: found.id });
    if (note.meetingId || !conference) return note;
    // Made before the conference had a date: link it now.
    const linked = await call('note:save', { ...note, caseId, meetingId: conference });
    queryCache.invalidate('note:list');
    return linked;
  }
  const created = await call('note:save', {
    caseId,
    personId: null,
    meetingId: conference,
    title: CONFERENCE_NOTES_TITLE,
    kind: 'meeting',
    body: '',
    speakers: [],
  });
  queryCache.invalidate('note:list');
  return created;
}

export function RunNotes({ caseId }: { caseId: string }) {
  const [note, setNote] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    openConferenceNote(caseId).then(
      (n) => live && setNote(n),
      (e: unknown) => live && setError(e instanceof Error ? e.message : 'The notes could not be opened.'),
    );
    return () => {
      live = false;
    };
  }, [caseId]);
  if (error)
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  if (!note) return <p className="muted">Opening the conference notes…</p>;
  return <NotesPane caseId={caseId} note={note} />;
}

function NotesPane({ caseId, note }: { caseId: string; note: Note }) {
  const ids = useId();
  const context = useCaseContext(caseId);
  const identity = { id: note.id, caseId };
  const { draft, update, autosave } = useNoteDraft(note, async (next) => {
    const saved = await call('note:save', saveRequest(identity, next));
    setQueryData('note:get', { id: note.id }, saved);
    queryCache.invalidate('note:revisions');
    queryCache.invalidate('search:query');
  });
  const lines = useMeetingLines({ draft, candidates: context.speakerCandidates, onChange: update });
  const alt = isMac() ? '⌥' : 'Alt+';

  return (
    <section
      className="run-notes"
      aria-labelledby={`${ids}-title`}
      onKeyDown={(event) => {
        // Run mode's own keys must not act on a speaker's letter as well.
        if (lines.speakerKey(event)) event.stopPropagation();
      }}
    >
      <header className="run-notes-bar">
        <h2 id={`${ids}-title`} className="run-section-title">
          Notes
        </h2>
        <SaveIndicator status={autosave.status} lastSavedAt={note.updatedAt} />
      </header>
      <SpeakerKeys lines={lines} className="run-speakers">
        {(speaker) => (
          <>
            <span className="run-speaker-name">{speaker.name}</span>
            {/* The chip shows the letter; the help line below says Alt+letter. */}
            <span className="visually-hidden">
              , {alt}
              {speaker.key.toUpperCase()}
            </span>
          </>
        )}
      </SpeakerKeys>
      <SaidSoFar
        lines={lines}
        className="run-transcript"
        empty={<p className="muted">Lines already written appear here.</p>}
      />
      <SpeakingNow lines={lines} className="run-now" id={`${ids}-now`} />
      <LineInput
        lines={lines}
        id={`${ids}-text`}
        label="Conference notes"
        className="run-textarea"
        describedBy={`${ids}-now`}
      />
      <p className="run-help">{alt}letter (the letter on each name) starts a line for that speaker.</p>
    </section>
  );
}
