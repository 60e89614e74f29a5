/**
 * The note editor: title, what the note is linked to (a person of the case, a meeting), the
 * text with its light formatting, and a read view that shows the formatting. Every change
 * goes straight to autosave through `onChange`.
 */
import { useEffect, useId, useRef } from 'react';
import { meetingKinds } from '../../../../shared/domain/case-model';
import { bodyFromNames, bodyWithNames } from '../../../../shared/domain/meeting-notes';
import type { AutosaveStatus } from '../../../../shared/domain/autosave';
import { NOTE_BODY_MAX } from '../../../../shared/schemas/notes';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { NoteBody } from './formatted-text';
import { noteDate, noteTime } from './note-dates';
import { noteTitle, type NoteDraft } from './note-draft';
import { SaveIndicator } from './save-indicator';
import { typeAhead } from './type-ahead';
import type { CaseContext } from './use-case-context';

export type EditorFocus = 'text' | 'meeting' | 'revisions' | 'none';

export interface NoteEditorProps {
  draft: NoteDraft;
  context: CaseContext;
  problems: Record<string, string> | null;
  status: AutosaveStatus;
  lastSavedAt: string;
  reading: boolean;
  restoredNotice: string | null;
  focusOnShow: EditorFocus;
  onChange(patch: Partial<NoteDraft>): void;
  onBack(): void;
  onRead(reading: boolean): void;
  onMeetingMode(): void;
  onRevisions(): void;
}

export function NoteEditor(props: NoteEditorProps) {
  const { draft, context, problems, onChange } = props;
  const ids = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const meetingRef = useRef<HTMLButtonElement>(null);
  const revisionsRef = useRef<HTMLButtonElement>(null);

  // Focus once, when the editor appears: into the text, or back to the button that left it.
  const focusOnShow = useRef(props.focusOnShow);
  const onChangeAtShow = useRef(onChange);
  useEffect(() => {
    const target = focusOnShow.current;
    if (target === 'meeting') meetingRef.current?.focus();
    else if (target === 'revisions') revisionsRef.current?.focus();
    else if (target === 'text') {
      const body = bodyRef.current;
      const early = typeAhead.take();
      if (early) {
        onChangeAtShow.current({ title: `${titleRef.current?.value ?? ''}${early}` });
        // Typing goes on after what was kept, once the title shows it.
        requestAnimationFrame(() => {
          const title = titleRef.current;
          title?.focus();
          title?.setSelectionRange(title.value.length, title.value.length);
        });
      } else if (!titleRef.current?.value) titleRef.current?.focus();
      else if (body) {
        body.focus();
        body.setSelectionRange(body.value.length, body.value.length);
      }
    }
  }, []);

  const personMissing =
    draft.personId !== null && !context.participants.some((p) => p.person.id === draft.personId);
  const meetingMissing = draft.meetingId !== null && !context.meetings.some((m) => m.id === draft.meetingId);

  return (
    <section className="notes note-editor" aria-labelledby={`${ids}-heading`}>
      <div className="note-editor-top">
        <button type="button" className="button-link" onClick={props.onBack}>
          ← All notes
        </button>
        <SaveIndicator status={props.status} lastSavedAt={props.lastSavedAt} />
      </div>
      <h2 id={`${ids}-heading`} className="note-heading">
        {noteTitle(draft.title)}
        <span className="note-heading-kind">{draft.kind === 'meeting' ? 'Meeting notes' : 'Note'}</span>
      </h2>
      {props.restoredNotice ? (
        <Notice tone="success" live>
          <p>{props.restoredNotice} The text it replaced is kept under Earlier versions.</p>
        </Notice>
      ) : null}
      <TextField
        label="Title"
        inputRef={titleRef}
        value={draft.title}
        maxLength={200}
        error={problems?.['title']}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <div className="note-links">
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-person`}>
            About a person
          </label>
          <select
            id={`${ids}-person`}
            className="select"
            value={draft.personId ?? ''}
            aria-describedby={problems?.['personId'] ? `${ids}-person-error` : undefined}
            onChange={(e) => onChange({ personId: e.target.value || null })}
          >
            <option value="">Not about one person</option>
            {context.participants.map((p) => (
              <option key={p.id} value={p.person.id}>
                {p.person.preferredName} ({context.roleLabel(p.role)})
              </option>
            ))}
            {personMissing ? <option value={draft.personId!}>Someone no longer in this case</option> : null}
          </select>
          <p className="field-error" id={`${ids}-person-error`}>
            {problems?.['personId'] ?? ''}
          </p>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-meeting`}>
            From a meeting
          </label>
          <select
            id={`${ids}-meeting`}
            className="select"
            value={draft.meetingId ?? ''}
            onChange={(e) => onChange({ meetingId: e.target.value || null })}
          >
            <option value="">Not from a meeting</option>
            {context.meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title || meetingKinds[m.kind]}, {noteDate(m.startsAt)} {noteTime(m.startsAt)}
              </option>
            ))}
            {meetingMissing ? <option value={draft.meetingId!}>A meeting no longer listed</option> : null}
          </select>
        </div>
      </div>

      <div className="note-actions" role="group" aria-label="Note tools">
        <div className="segmented" role="group" aria-label="Show">
          <button
            type="button"
            className="segmented-item"
            aria-pressed={!props.reading}
            onClick={() => props.onRead(false)}
          >
            Write
          </button>
          <button
            type="button"
            className="segmented-item"
            aria-pressed={props.reading}
            onClick={() => props.onRead(true)}
          >
            Read
          </button>
        </div>
        <div className="note-actions-end">
          <button
            type="button"
            ref={revisionsRef}
            className="button button-secondary button-small"
            onClick={props.onRevisions}
          >
            Earlier versions
          </button>
          <button
            type="button"
            ref={meetingRef}
            className="button button-secondary button-small"
            onClick={props.onMeetingMode}
          >
            Meeting mode
          </button>
        </div>
      </div>

      {props.reading ? (
        <div className="note-read" aria-label="The note as it reads">
          <NoteBody body={draft.body} speakers={draft.speakers} />
        </div>
      ) : (
        <div className="field note-body-field">
          <label className="field-label" htmlFor={`${ids}-body`}>
            Note
          </label>
          <p className="field-hint" id={`${ids}-hint`}>
            Saved as you type. A blank line starts a new paragraph, a line starting with “- ” is a list item,
            and **two stars** make text bold.
          </p>
          <textarea
            autoComplete="off"
            id={`${ids}-body`}
            ref={bodyRef}
            className="input note-textarea"
            // Meeting lines show the speaker's name, never the letter code they are kept with.
            value={bodyWithNames(draft.body, draft.speakers)}
            maxLength={NOTE_BODY_MAX}
            spellCheck
            aria-describedby={`${ids}-hint`}
            onChange={(e) => onChange({ body: bodyFromNames(e.target.value, draft.speakers) })}
          />
          <p className="field-error" aria-live="polite">
            {problems?.['body'] ?? ''}
          </p>
        </div>
      )}
    </section>
  );
}
