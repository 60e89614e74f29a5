/** The case timeline: opening, status and process changes, people, consent, notes, meetings. */
import { useId } from 'react';
import { useQuery } from '../../lib/query';
import { formatDateTime } from './dates';

export function CaseTimeline({ caseId }: { caseId: string }) {
  const id = useId();
  const timeline = useQuery('case:timeline', { id: caseId });
  return (
    <section className="case-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Timeline
      </h2>
      {timeline.error ? (
        <p className="form-error">{timeline.error.message}</p>
      ) : !timeline.data ? (
        <p className="muted">Loading the timeline…</p>
      ) : timeline.data.length === 0 ? (
        <p className="muted">Nothing has happened on this case yet.</p>
      ) : (
        <ol className="timeline" aria-labelledby={`${id}-title`}>
          {timeline.data.map((entry) => (
            <li key={entry.id} className={`timeline-entry timeline-${entry.kind}`}>
              <time className="timeline-when" dateTime={entry.at}>
                {formatDateTime(entry.at)}
              </time>
              <span className="timeline-what">{entry.summary}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
