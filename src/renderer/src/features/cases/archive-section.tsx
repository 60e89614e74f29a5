/**
 * Archive and restore. Archiving only takes a case out of the active list; nothing is
 * deleted, and the question before it says so plainly.
 */
import { useId, useRef, useState } from 'react';
import type { CaseRecord } from '../../../../shared/schemas/cases';
import { useMutation } from '../../lib/query';
import { afterCaseChange } from './case-queries';

export function ArchiveSection({ record }: { record: CaseRecord }) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const archive = useMutation('case:archive', { invalidates: afterCaseChange });
  const restore = useMutation('case:restore', { invalidates: afterCaseChange });
  const startRef = useRef<HTMLButtonElement>(null);
  const error = archive.error ?? restore.error;

  async function doArchive() {
    const result = await archive.mutate({ id: record.id });
    setConfirming(false);
    if (result.ok) {
      setMessage('Archived. It is kept in full; restore it whenever you need it.');
      requestAnimationFrame(() => startRef.current?.focus());
    }
  }

  async function doRestore() {
    const result = await restore.mutate({ id: record.id });
    if (result.ok) {
      setMessage('Restored. The case is back in the active list.');
      requestAnimationFrame(() => startRef.current?.focus());
    }
  }

  return (
    <section className="case-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Archive
      </h2>
      {record.archived ? (
        <>
          <p className="section-lead">
            This case is archived. Restoring it brings it back to the active list.
          </p>
          <div className="actions actions-start">
            <button
              ref={startRef}
              type="button"
              className="button button-secondary"
              onClick={doRestore}
              disabled={restore.isPending}
            >
              Restore case
            </button>
          </div>
        </>
      ) : confirming ? (
        <div className="confirm-box" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>
            Archive {record.reference}? It leaves the active list. Nothing is deleted, and you can restore it
            at any time.
          </p>
          <div className="actions actions-start">
            <button type="button" className="button button-primary" onClick={doArchive} autoFocus>
              Archive case
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => startRef.current?.focus());
              }}
            >
              Keep it active
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="section-lead">When the work is finished, archive the case to keep the list short.</p>
          <div className="actions actions-start">
            <button
              ref={startRef}
              type="button"
              className="button button-secondary"
              onClick={() => {
                setConfirming(true);
                setMessage('');
              }}
            >
              Archive case…
            </button>
          </div>
        </>
      )}
      <p className="inline-status" role="status">
        {message}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </section>
  );
}
