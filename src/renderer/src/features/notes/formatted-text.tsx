/**
 * The read view of a note, built as React elements from parsed data (never innerHTML), so
 * whatever was typed, pasted or restored shows as text and cannot become markup.
 */
import { Fragment } from 'react';
import type { Speaker } from '../../../../shared/schemas/notes';
import { parseBlocks, type Inline } from './formatting';
import { segmentBody, speakerColourIndex } from './meeting-lines';

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.bold ? <strong key={i}>{part.text}</strong> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}

export function FormattedText({ text }: { text: string }) {
  return (
    <>
      {parseBlocks(text).map((block, i) =>
        block.kind === 'list' ? (
          <ul key={i} className="note-list">
            {block.items.map((item, j) => (
              <li key={j}>
                <InlineText parts={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i} className="note-paragraph">
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 ? <br /> : null}
                <InlineText parts={line} />
              </Fragment>
            ))}
          </p>
        ),
      )}
    </>
  );
}

export function SpeakerChip({ speaker }: { speaker: Pick<Speaker, 'key' | 'colour'> }) {
  return (
    <span className={`speaker-chip speaker-colour-${speakerColourIndex(speaker)}`} aria-hidden="true">
      {speaker.key.toUpperCase()}
    </span>
  );
}

/** A whole note body: attributed meeting lines with their speaker, and formatted text. */
export function NoteBody({ body, speakers }: { body: string; speakers: Speaker[] }) {
  const segments = segmentBody(body, speakers);
  if (segments.length === 0) return <p className="muted">Nothing written yet.</p>;
  return (
    <>
      {segments.map((segment, i) =>
        segment.kind === 'text' ? (
          <FormattedText key={i} text={segment.text} />
        ) : (
          <div
            key={i}
            className={`said speaker-colour-${speakerColourIndex(segment.speaker ?? { key: segment.key, colour: '' })}`}
          >
            <p className="said-who">
              <SpeakerChip speaker={segment.speaker ?? { key: segment.key, colour: '' }} />
              <span className="said-name">
                {segment.speaker?.name ?? `Speaker ${segment.key.toUpperCase()}`}
              </span>
              <span className="said-time">{segment.time}</span>
            </p>
            <div className="said-text">
              <FormattedText text={segment.text} />
            </div>
          </div>
        ),
      )}
    </>
  );
}
