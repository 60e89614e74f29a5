/**
 * Typing speaker-attributed lines, the one editor meeting mode and run mode's conference
 * notes share (its rules are meeting-lines.ts). useMeetingLines holds the body split into
 * "said so far" and the line being typed, gives everyone in the case a letter, and starts a
 * line for a speaker by button or Alt+letter; the parts below draw it, each screen in its
 * own layout and class names.
 */
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { NOTE_BODY_MAX, type Speaker } from '../../../../shared/schemas/notes';
import { NoteBody, SpeakerChip } from './formatted-text';
import {
  assignSpeakers,
  joinMeeting,
  speakerColourIndex,
  speakerKeyFromEvent,
  splitForMeeting,
  startLine,
  type MeetingText,
  type SpeakerCandidate,
} from './meeting-lines';
import type { NoteDraft } from './note-draft';

export interface MeetingLines {
  text: MeetingText;
  speakers: Speaker[];
  /** Whose line is being typed, if anyone's. */
  speaking: Speaker | undefined;
  /** What was said so far, drawn once per new line rather than with every keystroke. */
  transcript: ReactNode;
  begin(key: string): void;
  /** Alt+letter for one of the speakers starts their line; true when the key was used. */
  speakerKey(event: KeyboardEvent): boolean;
  type(value: string): void;
  textRef: RefObject<HTMLTextAreaElement | null>;
  transcriptRef: RefObject<HTMLDivElement | null>;
}

export function useMeetingLines({
  draft,
  candidates,
  onChange,
}: {
  draft: NoteDraft;
  candidates: SpeakerCandidate[];
  onChange(patch: Partial<NoteDraft>): void;
}): MeetingLines {
  const [text, setText] = useState<MeetingText>(() => splitForMeeting(draft.body));
  const latestText = useRef(text);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const transcriptRef = useRef<HTMLDivElement>(null);

  // Everyone in the case gets a letter (the facilitator too); letters already used keep their meaning.
  useEffect(() => {
    const assigned = assignSpeakers(candidates, draft.speakers);
    if (assigned.length !== draft.speakers.length || draft.kind !== 'meeting') {
      onChange({ speakers: assigned, kind: 'meeting' });
    }
  }, [candidates, draft.speakers, draft.kind, onChange]);

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
  const transcript = useMemo(
    () => (text.before ? <NoteBody body={text.before} speakers={speakers} /> : null),
    [text.before, speakers],
  );
  return {
    text,
    speakers,
    speaking: text.current.key ? speakers.find((s) => s.key === text.current.key) : undefined,
    transcript,
    begin,
    speakerKey(event) {
      const key = speakerKeyFromEvent(event.nativeEvent);
      if (!key || !speakers.some((s) => s.key === key)) return false;
      event.preventDefault();
      begin(key);
      return true;
    },
    type: (value) =>
      apply({ ...latestText.current, current: { ...latestText.current.current, text: value } }),
    textRef,
    transcriptRef,
  };
}

/** A button per speaker: its chip, then whatever the screen says about them. */
export function SpeakerKeys({
  lines,
  className,
  children,
}: {
  lines: MeetingLines;
  className: string;
  children(speaker: Speaker): ReactNode;
}) {
  return (
    <ul className={className} aria-label="Speakers">
      {lines.speakers.map((speaker) => (
        <li key={speaker.key}>
          <button
            type="button"
            className={`speaker-key speaker-colour-${speakerColourIndex(speaker)}`}
            aria-pressed={lines.speaking?.key === speaker.key}
            aria-keyshortcuts={`Alt+${speaker.key.toUpperCase()}`}
            onClick={() => lines.begin(speaker.key)}
          >
            <SpeakerChip speaker={speaker} />
            {children(speaker)}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function SaidSoFar({
  lines,
  className,
  empty,
}: {
  lines: MeetingLines;
  className: string;
  empty: ReactNode;
}) {
  const { transcriptRef, transcript } = lines;
  return (
    <div ref={transcriptRef} className={className} role="region" aria-label="Said so far" tabIndex={0}>
      {transcript ?? empty}
    </div>
  );
}

/** Who is speaking and since when, above the line being typed. */
export function SpeakingNow({
  lines,
  className,
  id,
}: {
  lines: MeetingLines;
  className: string;
  id: string;
}) {
  const { speaking } = lines;
  return (
    <p className={className} id={id}>
      {speaking ? (
        <>
          <SpeakerChip speaker={speaking} />
          <span>
            {speaking.name}, {lines.text.current.time}
          </span>
        </>
      ) : (
        <span>Notes (no speaker)</span>
      )}
    </p>
  );
}

/** The line being typed. */
export function LineInput({
  lines,
  id,
  label,
  className,
  describedBy,
}: {
  lines: MeetingLines;
  id: string;
  label: string;
  className: string;
  describedBy: string;
}) {
  const { textRef, text, type } = lines;
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <textarea
        autoComplete="off"
        id={id}
        ref={textRef}
        className={className}
        value={text.current.text}
        maxLength={NOTE_BODY_MAX}
        aria-describedby={describedBy}
        onChange={(event) => type(event.target.value)}
      />
    </>
  );
}
