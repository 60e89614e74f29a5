/**
 * The notes beside the run sheet: one meeting-mode note per conference ("Conference notes"),
 * created on first use and reopened on resume. It reuses the notes feature's line rules and
 * autosave, so a lock (which flushes pending writes) or a crash loses nothing typed.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Note } from '../../../../shared/schemas/notes';
import { NOTE_BODY_MAX } from '../../../../shared/schemas/notes';
import { call } from '../../lib/api';
import { isMac } from '../../lib/platform';
import { queryCache, setQueryData } from '../../lib/query';
import { NoteBody, SpeakerChip } from '../notes/formatted-text';
import {
  assignSpeakers,
  joinMeeting,
  speakerColourIndex,
  speakerKeyFromEvent,
  splitForMeeting,
  startLine,
  type MeetingText,
} from '../notes/meeting-lines';
import { draftFromNote, saveRequest, type NoteDraft } from '../notes/note-draft';
import { SaveIndicator } from '../notes/save-indicator';
import { useAutosave } from '../notes/use-autosave';
import { useCaseContext } from '../notes/use-case-context';

export const CONFERENCE_NOTES_TITLE = 'Conference notes';

/** Finds this conference's note, or makes it: the same note every time run mode opens. */
async function openConferenceNote(caseId: string): Promise<Note> {
  const notes = await call('note:list', { caseId });
  const found = notes.find((n) => n.kind === 'meeting' && n.title === CONFERENCE_NOTES_TITLE);
  if (found) return call('note:get', { id: found.id });
  const created = await call('note:save', {
    caseId,
    personId: null,
    meetingId: null,
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
  const [draft, setDraft] = useState<NoteDraft>(() => draftFromNote(note));
  const latest = useRef<NoteDraft>(draft);
  const [text, setText] = useState<MeetingText>(() => splitForMeeting(note.body));
  const latestText = useRef(text);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const transcriptRef = useRef<HTMLDivElement>(null);
  const alt = isMac() ? '⌥' : 'Alt+';

  const autosave = useAutosave<NoteDraft>(async (next) => {
    const saved = await call('note:save', saveRequest(identity, next));
    setQueryData('note:get', { id: note.id }, saved);
    queryCache.invalidate('note:revisions');
    queryCache.invalidate('search:query');
  });
  const { change } = autosave;
  const update = useCallback(
    (patch: Partial<NoteDraft>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setDraft(next);
      change(next);
    },
    [change],
  );

  const { speakerCandidates } = context;
  useEffect(() => {
    const assigned = assignSpeakers(speakerCandidates, latest.current.speakers);
    if (assigned.length !== latest.current.speakers.length) update({ speakers: assigned });
  }, [speakerCandidates, update]);

  useEffect(() => {
    const el = transcriptRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [text.before]);

  const apply = (next: MeetingText) => {
    latestText.current = next;
    setText(next);
    update({ body: joinMeeting(next) });
  };
  const begin = (key: string) => {
    apply(startLine(latestText.current, key, new Date()));
    textRef.current?.focus();
  };

  const speakers = draft.speakers;
  const transcript = useMemo(
    () => (text.before ? <NoteBody body={text.before} speakers={speakers} /> : null),
    [text.before, speakers],
  );
  const speaking = text.current.key ? speakers.find((s) => s.key === text.current.key) : undefined;

  return (
    <section
      className="run-notes"
      aria-labelledby={`${ids}-title`}
      onKeyDown={(event) => {
        const key = speakerKeyFromEvent(event.nativeEvent);
        if (key && speakers.some((s) => s.key === key)) {
          event.preventDefault();
          event.stopPropagation();
          begin(key);
        }
      }}
    >
      <header className="run-notes-bar">
        <h2 id={`${ids}-title`} className="run-section-title">
          Notes
        </h2>
        <SaveIndicator status={autosave.status} lastSavedAt={note.updatedAt} />
      </header>
      <ul className="run-speakers" aria-label="Speakers">
        {speakers.map((speaker) => (
          <li key={speaker.key}>
            <button
              type="button"
              className={`speaker-key speaker-colour-${speakerColourIndex(speaker)}`}
              aria-pressed={speaking?.key === speaker.key}
              aria-keyshortcuts={`Alt+${speaker.key.toUpperCase()}`}
              onClick={() => begin(speaker.key)}
            >
              <SpeakerChip speaker={speaker} />
              <span className="run-speaker-name">{speaker.name}</span>
              {/* The chip shows the letter; the help line below says Alt+letter. */}
              <span className="visually-hidden">
                , {alt}
                {speaker.key.toUpperCase()}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div ref={transcriptRef} className="run-transcript" role="region" aria-label="Said so far" tabIndex={0}>
        {transcript ?? <p className="muted">Lines already written appear here.</p>}
      </div>
      <p className="run-now" id={`${ids}-now`}>
        {speaking ? (
          <>
            <SpeakerChip speaker={speaking} />
            <span>
              {speaking.name}, {text.current.time}
            </span>
          </>
        ) : (
          <span>Notes (no speaker)</span>
        )}
      </p>
      <label className="visually-hidden" htmlFor={`${ids}-text`}>
        Conference notes
      </label>
      <textarea
        id={`${ids}-text`}
        ref={textRef}
        className="run-textarea"
        value={text.current.text}
        maxLength={NOTE_BODY_MAX}
        aria-describedby={`${ids}-now`}
        onChange={(event) =>
          apply({
            ...latestText.current,
            current: { ...latestText.current.current, text: event.target.value },
          })
        }
      />
      <p className="run-help">{alt}letter (the letter on each name) starts a line for that speaker.</p>
    </section>
  );
}
