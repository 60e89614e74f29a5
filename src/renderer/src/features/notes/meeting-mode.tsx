/**
 * Meeting mode: the note full-window in large text, for typing during a meeting. Each speaker
 * has a letter and a colour; Alt+letter (Option+letter on a Mac) starts a new line for them
 * with the time, a chord nobody types into a note. What was said so far reads above, coloured
 * by speaker; the line being typed sits below. A modal <dialog> keeps focus inside the page
 * while it is open; Escape or the button leaves. Autosave is the note's own, so a lock
 * (Ctrl+L still works here) saves every word first.
 */
import { useId, useLayoutEffect, useRef } from 'react';
import type { AutosaveStatus } from '../../../../shared/domain/autosave';
import { isMac, lockShortcutLabel } from '../../lib/platform';
import { speakerColourIndex } from './meeting-lines';
import { LineInput, SaidSoFar, SpeakerKeys, SpeakingNow, useMeetingLines } from './meeting-lines-editor';
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
  const lines = useMeetingLines({ draft, candidates: context.speakerCandidates, onChange });
  const { textRef } = lines;
  const now = useClock();
  const alt = isMac() ? '⌥' : 'Alt+';

  // A layout effect: the dialog is open before the editor scrolls what was said to its end.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    const area = textRef.current;
    if (area) {
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    }
    return () => dialog?.close();
  }, [textRef]);

  const { speaking } = lines;
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
        lines.speakerKey(event);
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

        <SpeakerKeys lines={lines} className="speaker-keys">
          {(speaker) => (
            <>
              <span className="speaker-key-text">
                <span className="speaker-key-name">{speaker.name}</span>
                <span className="speaker-key-role">{roleOf(speaker.personId)}</span>
              </span>
              <kbd className="meeting-kbd">
                {alt}
                {speaker.key.toUpperCase()}
              </kbd>
            </>
          )}
        </SpeakerKeys>

        <SaidSoFar
          lines={lines}
          className="meeting-transcript"
          empty={
            <p className="muted">
              Press {alt}
              <em>letter</em> to start a line for that speaker. Lines already written appear here.
            </p>
          }
        />

        <div className={`meeting-current speaker-colour-${speaking ? speakerColourIndex(speaking) : 'none'}`}>
          <SpeakingNow lines={lines} className="meeting-now" id={`${ids}-now`} />
          <LineInput
            lines={lines}
            id={`${ids}-text`}
            label="Meeting notes"
            className="meeting-textarea"
            describedBy={`${ids}-now ${ids}-help`}
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
