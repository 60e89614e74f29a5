/**
 * Earlier versions of a note: one per spell of writing, newest first. Any version can be read
 * and put back; restoring keeps the text it replaces as a version too, so it can be undone.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '../../lib/query';
import { NoteBody } from './formatted-text';
import { plainPreview } from './formatting';
import { noteDateTime } from './note-dates';
import { noteTitle, type NoteDraft } from './note-draft';

export interface RevisionsPanelProps {
  noteId: string;
  current: NoteDraft;
  flush(): Promise<void>;
  /** Resolves to null when restored, or to a message saying why not. */
  onRestore(revisionId: string, savedAt: string): Promise<string | null>;
  onClose(): void;
}

export function RevisionsPanel({ noteId, current, flush, onRestore, onClose }: RevisionsPanelProps) {
  const ids = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Save what is typed first, so the newest version listed is the text on screen.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    headingRef.current?.focus();
    void flush()
      .catch(() => undefined)
      .finally(() => setReady(true));
  }, [flush]);
  const revisions = useQuery('note:revisions', { noteId });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const list = ready ? (revisions.data ?? []) : [];
  const isCurrent = (r: { title: string; body: string }) =>
    r.body === current.body && r.title.trim() === current.title.trim();
  const selected = list.find((r) => r.id === selectedId) ?? list.find((r) => !isCurrent(r)) ?? list[0];

  const restore = async () => {
    if (!selected) return;
    setRestoring(true);
    setProblem(null);
    const failed = await onRestore(selected.id, selected.savedAt);
    if (failed) {
      setRestoring(false);
      setProblem(failed);
    }
  };

  return (
    <section className="notes revisions" aria-labelledby={`${ids}-heading`}>
      <div className="note-editor-top">
        <button type="button" className="button-link" onClick={onClose}>
          ← Back to the note
        </button>
      </div>
      <h2 id={`${ids}-heading`} ref={headingRef} tabIndex={-1} className="note-heading">
        Earlier versions
        <span className="note-heading-kind">{noteTitle(current.title)}</span>
      </h2>
      <p className="field-hint">
        A version is kept for each spell of writing. Restoring one keeps the text you have now as a version
        too, so nothing is lost.
      </p>
      {revisions.error ? (
        <p className="form-error" role="alert">
          {revisions.error.message}
        </p>
      ) : !ready || !revisions.data ? (
        <p className="muted">Loading the versions…</p>
      ) : (
        <div className="revisions-layout">
          <ol className="revisions-list" aria-label="Versions, newest first">
            {list.map((revision) => (
              <li key={revision.id}>
                <button
                  type="button"
                  className="revision-item"
                  aria-current={selected?.id === revision.id ? 'true' : undefined}
                  onClick={() => setSelectedId(revision.id)}
                >
                  <span className="revision-time">{noteDateTime(revision.savedAt)}</span>
                  <span className="revision-preview">
                    {isCurrent(revision) ? 'Current version' : plainPreview(revision.body, 70) || 'Empty'}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {selected ? (
            <article className="revision-view" aria-labelledby={`${ids}-version`}>
              <h3 id={`${ids}-version`} className="revision-title">
                Version from {noteDateTime(selected.savedAt)}
              </h3>
              <p className="revision-note-title">{noteTitle(selected.title)}</p>
              <div className="note-read">
                <NoteBody body={selected.body} speakers={current.speakers} />
              </div>
              {problem ? (
                <p className="form-error" role="alert">
                  {problem}
                </p>
              ) : null}
              <div className="actions">
                {isCurrent(selected) ? (
                  <p className="muted">This is the text as it is now.</p>
                ) : (
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={() => void restore()}
                    disabled={restoring}
                  >
                    {restoring ? 'Restoring…' : 'Restore this version'}
                  </button>
                )}
              </div>
            </article>
          ) : null}
        </div>
      )}
    </section>
  );
}
