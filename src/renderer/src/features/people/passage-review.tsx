/**
 * One passage to review: where it is from (case, note, whom the note is about, who said it),
 * its text with the person's name marked, and the choice: exclude it (the default: withheld),
 * include it, or include it with words redacted. Words are redacted by selecting them and
 * "Mark as redacted", or, from the keyboard, by typing them; the line below shows exactly
 * what the export will say.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  applyRedactions,
  occurrencesOf,
  type TextRange,
} from '../../../../shared/domain/subject-access-passages';
import type { Passage, PassageChoice, PassageDecision } from '../../../../shared/schemas/data-rights';
import { useNavigation } from '../../lib/navigation';
import { segments } from './export-review-model';
import { formatDate } from './people-dates';

const choices: { value: PassageChoice; label: string }[] = [
  { value: 'exclude', label: 'Exclude' },
  { value: 'include', label: 'Include' },
  { value: 'redact', label: 'Include with words redacted' },
];

/** Offset of a selection boundary within the passage, from the segment it falls in. */
function offsetIn(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  const segment = element?.closest<HTMLElement>('[data-start]');
  if (node.nodeType === Node.TEXT_NODE && segment) return Number(segment.dataset['start']) + offset;
  // A boundary between elements: the start of the child at that index, or the end.
  const child = node.childNodes[offset] as HTMLElement | undefined;
  const start = child?.closest?.('[data-start]')?.getAttribute('data-start');
  return start !== undefined && start !== null ? Number(start) : (container.textContent ?? '').length;
}

function selectedRange(container: HTMLElement): TextRange | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = offsetIn(container, range.startContainer, range.startOffset);
  const end = offsetIn(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

export function PassageReview({
  passage,
  index,
  decision,
  onChoose,
  onRedact,
  onClearRedactions,
}: {
  passage: Passage;
  index: number;
  decision: PassageDecision | undefined;
  onChoose(choice: PassageChoice): void;
  onRedact(ranges: TextRange[]): void;
  onClearRedactions(): void;
}) {
  const id = useId();
  const { go } = useNavigation();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [hasSelection, setHasSelection] = useState(false);
  const [words, setWords] = useState('');
  const [message, setMessage] = useState('');
  const choice = decision?.choice ?? 'exclude';
  const redactions = choice === 'redact' ? (decision?.redactions ?? []) : [];

  useEffect(() => {
    if (choice !== 'redact') return;
    const onSelection = () =>
      setHasSelection(textRef.current ? selectedRange(textRef.current) !== null : false);
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [choice]);

  function markSelection() {
    const range = textRef.current ? selectedRange(textRef.current) : null;
    if (!range) return setMessage('Select words in the passage first, or type them below.');
    onRedact([range]);
    window.getSelection()?.removeAllRanges();
    setMessage('');
  }

  function redactTyped() {
    const found = words.trim() ? occurrencesOf(passage.text, words) : [];
    if (found.length === 0) return setMessage('Those words are not in this passage.');
    onRedact(found);
    setWords('');
    setMessage('');
  }

  const from = [
    passage.caseReference,
    passage.noteTitle || 'Untitled note',
    formatDate(passage.noteDate),
    passage.aboutName ? `about ${passage.aboutName}` : null,
  ].filter(Boolean);
  const withheld = choice === 'exclude' || (choice === 'redact' && redactions.length === 0);

  return (
    <li className={`passage ${withheld ? 'passage-withheld' : 'passage-included'}`}>
      <div className="passage-head">
        <p className="passage-from" id={`${id}-from`}>
          <span className="visually-hidden">Passage {index + 1}: </span>
          {from.join(' · ')}
          {passage.speaker ? (
            <span className="passage-speaker">
              {' '}
              · said by {passage.speaker.name}
              {passage.speaker.time ? ` at ${passage.speaker.time}` : ''}
            </span>
          ) : null}
        </p>
        <span className="passage-state">{withheld ? 'Withheld' : 'In the export'}</span>
      </div>
      <p className="passage-text" ref={textRef}>
        {segments(passage.text, passage.marks, redactions).map((s) =>
          s.redacted ? (
            <del key={s.start} data-start={s.start} className="passage-redacted">
              {s.text}
            </del>
          ) : s.marked ? (
            <mark key={s.start} data-start={s.start}>
              {s.text}
            </mark>
          ) : (
            <span key={s.start} data-start={s.start}>
              {s.text}
            </span>
          ),
        )}
      </p>
      <fieldset className="passage-choice">
        <legend className="visually-hidden">In the export, passage {index + 1}</legend>
        {choices.map((c) => (
          <label key={c.value} className="choice choice-compact passage-option">
            <input
              type="radio"
              name={`${id}-choice`}
              value={c.value}
              checked={choice === c.value}
              onChange={() => onChoose(c.value)}
            />
            <span className="choice-label">{c.label}</span>
          </label>
        ))}
      </fieldset>
      {choice === 'redact' ? (
        <div className="passage-redaction">
          <div className="passage-redaction-row">
            <button
              type="button"
              className="button button-secondary button-small"
              // Keeps the selection in the passage while the button is pressed.
              onMouseDown={(e) => e.preventDefault()}
              onClick={markSelection}
              aria-describedby={`${id}-selection-hint`}
            >
              Mark as redacted
            </button>
            <span className="field-hint" id={`${id}-selection-hint`}>
              {hasSelection ? 'The selected words will be redacted.' : 'Select words in the passage above.'}
            </span>
          </div>
          <div className="passage-redaction-row">
            <label className="visually-hidden" htmlFor={`${id}-words`}>
              Words to redact in passage {index + 1}
            </label>
            <input
              id={`${id}-words`}
              className="input input-small"
              placeholder="Or type words to redact"
              value={words}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setWords(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  redactTyped();
                }
              }}
            />
            <button type="button" className="button button-secondary button-small" onClick={redactTyped}>
              Redact these words
            </button>
            {redactions.length ? (
              <button type="button" className="button-link" onClick={onClearRedactions}>
                Clear redactions
              </button>
            ) : null}
          </div>
          <p className="field-error" aria-live="polite">
            {message}
          </p>
          <p className="passage-preview">
            <span className="passage-preview-label">The export will say: </span>
            {redactions.length
              ? applyRedactions(passage.text, redactions)
              : 'nothing yet (mark the words to redact)'}
          </p>
        </div>
      ) : null}
      {passage.caseId ? (
        <button
          type="button"
          className="button-link passage-open"
          onClick={() => go({ area: 'case', caseId: passage.caseId!, tab: 'notes', noteId: passage.noteId })}
        >
          Open the note
        </button>
      ) : null}
    </li>
  );
}
