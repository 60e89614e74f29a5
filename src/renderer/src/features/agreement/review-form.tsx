/**
 * The review meeting: when, who came, notes and the outcome. Recording it closes the
 * agreement as completed, partly completed or not completed. Afterwards the review is shown
 * and a completion letter can be written for a person harmed.
 */
import { useId, useState } from 'react';
import { setQueryData, useMutation } from '../../lib/query';
import type { PersonOption } from './action-card';
import { reviewOutcomes, suggestedOutcome, type ReviewOutcome } from '../../../../shared/domain/agreement';
import { shortDate, todayIso, type Agreement } from './agreement-mapping';

interface Props {
  caseId: string;
  agreement: Agreement;
  harmed: PersonOption[];
}

export function ReviewForm({ caseId, agreement, harmed }: Props) {
  const ids = useId();
  const [date, setDate] = useState(todayIso());
  const [attendees, setAttendees] = useState('');
  const [notes, setNotes] = useState('');
  // Suggested from the statuses recorded; the people at the review decide.
  const [chosen, setOutcome] = useState<ReviewOutcome | null>(null);
  const outcome = chosen ?? suggestedOutcome(agreement.actions.map((a) => a.status));
  const record = useMutation('review:record', {
    invalidates: ['today:get', 'case:list', 'case:timeline', 'report:get'],
    onSuccess: (value) => setQueryData('agreement:get', { caseId }, value),
  });

  if (agreement.review) {
    return (
      <div className="agreement-review-done">
        <h3 className="agreement-subheading">Review</h3>
        <p>
          Held on {shortDate(agreement.review.heldOn)}. Outcome:{' '}
          <strong>{reviewOutcomes[agreement.review.outcome]}</strong>.
        </p>
        {agreement.review.notes ? <p className="print-statement">{agreement.review.notes}</p> : null}
        {agreement.review.attendees ? <p>Who came: {agreement.review.attendees}</p> : null}
        <CompletionLetters caseId={caseId} harmed={harmed} />
      </div>
    );
  }
  if (agreement.status !== 'agreed') return null;

  return (
    <form
      className="agreement-review"
      aria-labelledby={`${ids}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void record.mutate({ caseId, heldOn: date, attendees, notes, outcome });
      }}
    >
      <h3 id={`${ids}-h`} className="agreement-subheading">
        Review meeting
      </h3>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-d`}>
          Date of the review
        </label>
        <input
          id={`${ids}-d`}
          type="date"
          className="input agreement-date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-who`}>
          Who came
        </label>
        <input
          id={`${ids}-who`}
          className="input"
          value={attendees}
          maxLength={1_000}
          onChange={(e) => setAttendees(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${ids}-n`}>
          Review notes
        </label>
        <textarea
          id={`${ids}-n`}
          className="input textarea"
          value={notes}
          maxLength={10_000}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <fieldset className="agreement-bottom-lines">
        <legend>Outcome</legend>
        {(Object.keys(reviewOutcomes) as ReviewOutcome[]).map((o) => (
          <label key={o} className="checkbox-row">
            <input
              type="radio"
              name={`${ids}-outcome`}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />
            <span>{reviewOutcomes[o]}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={record.isPending}>
        Record the review and close the agreement
      </button>
      {record.error ? (
        <p className="form-error" role="alert">
          {record.error.message}
        </p>
      ) : null}
    </form>
  );
}

function CompletionLetters({ caseId, harmed }: { caseId: string; harmed: PersonOption[] }) {
  const letter = useMutation('letter:completion');
  const [result, setResult] = useState<string | null>(null);
  if (harmed.length === 0) return null;
  return (
    <div className="button-row">
      {harmed.map((p) => (
        <button
          key={p.participantId}
          type="button"
          className="button button-secondary"
          disabled={letter.isPending}
          onClick={async () => {
            setResult(null);
            const r = await letter.mutate({ caseId, participantId: p.participantId });
            if (r.ok)
              setResult(
                r.value.cancelled || !r.value.path
                  ? 'Nothing was saved.'
                  : `Saved the letter: ${r.value.path.split(/[\\/]/).pop()}`,
              );
          }}
        >
          Completion letter for {p.name}
        </button>
      ))}
      {result ? <p role="status">{result}</p> : null}
      {letter.error ? (
        <p className="form-error" role="alert">
          {letter.error.message}
        </p>
      ) : null}
    </div>
  );
}
