/**
 * The calm saved indicator: "Saving…", "Saved 14:02", or "Not saved — will retry" (the text
 * stays in the editor). Only a failure is announced to screen readers; the ordinary
 * saving/saved rhythm, once a second while typing, would otherwise talk over the facilitator.
 */
import type { AutosaveStatus } from '../../../../shared/domain/autosave';
import { noteTime } from './note-dates';

export function saveLabel(status: AutosaveStatus, lastSavedAt: string | number | null): string {
  switch (status.kind) {
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved ${noteTime(status.at)}`;
    case 'failed':
      return 'Not saved — will retry';
    case 'idle':
      return lastSavedAt === null ? '' : `Saved ${noteTime(lastSavedAt)}`;
  }
}

export function SaveIndicator({
  status,
  lastSavedAt,
  className = '',
}: {
  status: AutosaveStatus;
  lastSavedAt: string | null;
  className?: string;
}) {
  const failed = status.kind === 'failed';
  return (
    <>
      <p className={`save-indicator ${failed ? 'save-indicator-failed' : ''} ${className}`.trim()}>
        <span className="save-indicator-dot" aria-hidden="true" />
        {saveLabel(status, lastSavedAt)}
      </p>
      <p className="visually-hidden" role="status">
        {failed ? 'Your note is not saved yet. The text is still here and saving will be tried again.' : ''}
      </p>
    </>
  );
}
