/**
 * Meeting mode: the note full-window in large text, for typing during a meeting. Each speaker
 * has a letter and a colour; Alt+letter (Option+letter on a Mac) starts a new line for them
 * with the time, a chord nobody types into a note. What was said so far reads above, coloured
 * by speaker; the line being typed sits below. A modal <dialog> keeps focus inside the page
 * while it is open; Escape or the button leaves. Autosave is the note's own, so a lock
 * (Ctrl+L still works here) saves every word first.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AutosaveStatus } from '../../../../shared/domain/autosave';
import { NOTE_BODY_MAX } from '../../../../shared/schemas/notes';
import { isMac, lockShortcutLabel } from '../../lib/platform';
import { NoteBody, SpeakerChip } from './formatted-text';
import {
  assignSpeakers,
  joinMeeting,
  speakerColourIndex,
  speakerKeyFromEvent,
  splitForMeeting,
  startLine,
  type MeetingText,
} from './meeting-lines';
import { noteTime } from './note-dates';
import { noteTitle, type NoteDraft } from './note-draft';
import { SaveIndicator } from './save-indicator';
import type { CaseContext } from './use-case-context';
import { useClock } from './use-clock';
import '../../styles/meeting-mode.css';

export interface MeetingModeProps {
  draft: NoteDraft;
  context: CaseContext;
  status: AutosaveStatus;
  lastSavedAt: string;
  onChange(patch: Partial<NoteDraft>): void;
  onLeave(): void;
}

export function MeetingMode({ draft, context, status, lastSavedAt, onChange, onLeave }: MeetingModeProps) {
  const ids = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const transcriptRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState<MeetingText>(() => splitForMeeting(draft.body));
  const latestText = useRef(text);
  const now = useClock();
  const alt = isMac() ? '⌥' : 'Alt+';

  // Everyone in the case gets a letter (the facilitator too); letters already used keep their meaning.
  const { speakerCandidates } = context;
  useEffect(() => {
    const assigned = assignSpeakers(speakerCandidates, draft.speakers);
    if (assigned.length !== draft.speakers.length || draft.kind !== 'meeting') {
      onChange({ speakers: assigned, kind: 'meeting' });
    }
  }, [speakerCandidates, draft.speakers, draft.kind, onChange]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    const area = textRef.current;
    if (area) {
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    }
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    const transcript = transcriptRef.current;
    if (transcript) transcript.scrollTop = transcript.scrollHeight;
  }, [text.before]);

  const apply = (next: MeetingText) => {
    latestText.current = next;
    setText(next);
    onChange({ body: joinMeeting(next) });
  };

  const begin = (key: string) => {
    apply(startLine(latestText.current, key, new Date()));
    textRef.current?.focus();
  };

  const speakers = draft.speakers;
  // What was said so far changes only when a new line starts, not with every keystroke.
  const transcript = useMemo(
    () => (text.before ? <NoteBody body={text.before} speakers={speakers} /> : null),
    [text.before, speakers],
  );
  const speaking = text.current.key ? speakers.find((s) => s.key === text.current.key) : undefined;
  const roleOf = (personId: string | null) => {
    const who = context.participants.find((p) => p.person.id === personId);
    return who ? context.roleLabel(who.role) : personId === null ? 'Leads the meeting' : '';
  };

  return (
    <dialog
      ref={dialogRef}
      className="meeting-mode"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onLeave();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onLeave();
          return;
        }
        const key = speakerKeyFromEvent(event.nativeEvent);
        if (key && speakers.some((s) => s.key === key)) {
          event.preventDefault();
          begin(key);
        }
      }}
    >
      <div className="meeting-frame">
        <header className="meeting-bar">
          <div className="meeting-heading">
            <p className="meeting-kicker">Meeting mode</p>
            <h2 id={`${ids}-title`} className="meeting-title">
              {noteTitle(draft.title)}
            </h2>
          </div>
          <p className="meeting-clock">
            <span className="visually-hidden">Time now: </span>
            <time dateTime={now.toISOString()}>{noteTime(now)}</time>
          </p>
          <div className="meeting-bar-end">
            <SaveIndicator status={status} lastSavedAt={lastSavedAt} />
            <button type="button" className="button button-secondary" onClick={onLeave}>
              Leave meeting mode
              <kbd className="meeting-kbd">Esc</kbd>
            </button>
          </div>
        </header>

        <ul className="speaker-keys" aria-label="Speakers">
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
                <span className="speaker-key-text">
                  <span className="speaker-key-name">{speaker.name}</span>
                  <span className="speaker-key-role">{roleOf(speaker.personId)}</span>
                </span>
                <kbd className="meeting-kbd">
                  {alt}
                  {speaker.key.toUpperCase()}
                </kbd>
              </button>
            </li>
          ))}
        </ul>

        <div
          ref={transcriptRef}
          className="meeting-transcript"
          role="region"
          aria-label="Said so far"
          tabIndex={0}
        >
          {transcript ?? (
            <p className="muted">
              Press {alt}
              <em>letter</em> to start a line for that speaker. Lines already written appear here.
            </p>
          )}
        </div>

        <div className={`meeting-current speaker-colour-${speaking ? speakerColourIndex(speaking) : 'none'}`}>
          <p className="meeting-now" id={`${ids}-now`}>
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
            Meeting notes
          </label>
          <textarea
            id={`${ids}-text`}
            ref={textRef}
            className="meeting-textarea"
            value={text.current.text}
            maxLength={NOTE_BODY_MAX}
            aria-describedby={`${ids}-now ${ids}-help`}
            onChange={(event) =>
              apply({
                ...latestText.current,
                current: { ...latestText.current.current, text: event.target.value },
              })
            }
          />
        </div>
        <p className="meeting-help" id={`${ids}-help`}>
          {alt}letter starts a line for that speaker · Esc leaves meeting mode · {lockShortcutLabel()} locks,
          after saving every word
        </p>
      </div>
    </dialog>
  );
}
