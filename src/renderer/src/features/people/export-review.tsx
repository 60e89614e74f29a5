/**
 * Export for subject access, with its review. The export holds what is about the person;
 * passages of other people's notes that mention them are listed here, and none is included
 * unless the facilitator chooses (include, or include with words redacted). The choices are
 * a draft kept in the vault as they are made, so leaving the page (to open a note, another
 * case, the lock) loses none of them.
 */
import { useId, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { mentionsSentence, withheldSentence } from '../../../../shared/domain/subject-access-passages';
import type { ExportDraft, ExportReview as Review } from '../../../../shared/schemas/data-rights';
import type { Person } from '../../../../shared/schemas/people';
import { Notice } from '../../components/notice';
import { call } from '../../lib/api';
import { setQueryData, useMutation, useQuery } from '../../lib/query';
import { useAutosave } from '../notes/use-autosave';
import {
  addRedactions,
  choose,
  clearRedactions,
  decisionFor,
  decisionsToKeep,
  decisionsToSend,
  tally,
  type ReviewState,
} from './export-review-model';
import { NamesToLookFor } from './names-to-look-for';
import { PassageReview } from './passage-review';
import '../../styles/export-review.css';

export function ExportReview({ person }: { person: Person }) {
  const draft = useQuery('person:exportDraft', { personId: person.id });
  if (!draft.data) {
    return draft.error ? (
      <p className="form-error" role="alert">
        {draft.error.message}
      </p>
    ) : (
      <p className="muted">Loading…</p>
    );
  }
  return <ExportReviewLoaded key={person.id} person={person} initial={draft.data} />;
}

function ExportReviewLoaded({ person, initial }: { person: Person; initial: ExportDraft }) {
  const id = useId();
  const [state, setState] = useState<ReviewState>({
    otherNames: initial.otherNames,
    decisions: initial.decisions,
  });
  const reviewQuery = useQuery('person:exportReview', { personId: person.id, otherNames: state.otherNames });
  // While another set of names is being looked up, the last list stays on screen.
  const [lastReview, setLastReview] = useState<Review | undefined>(undefined);
  if (reviewQuery.data && reviewQuery.data !== lastReview) setLastReview(reviewQuery.data);
  const review = reviewQuery.data ?? lastReview;
  const passages = review?.passages ?? [];

  const autosave = useAutosave<ReviewState & { passageIds: string[] }>(async (value) => {
    const saved = await call('person:saveExportDraft', {
      personId: person.id,
      otherNames: value.otherNames,
      decisions: decisionsToKeep(value, value.passageIds),
    });
    setQueryData('person:exportDraft', { personId: person.id }, { ...value, savedAt: saved.savedAt });
  });
  const change = (next: ReviewState) => {
    setState(next);
    // The cache holds the newest choices at once, so coming back to the page shows them.
    setQueryData('person:exportDraft', { personId: person.id }, { ...next, savedAt: initial.savedAt });
    autosave.change({ ...next, passageIds: passages.map((p) => p.id) });
  };

  const exporter = useMutation('person:export');
  const [written, setWritten] = useState<ChannelOutput<'person:export'> | null>(null);
  const counts = tally(state, passages);
  const name = person.preferredName;

  return (
    <div className="export-review">
      <p>
        The export holds what is about {name}: their details, their part in each case (roles, consents, their
        own risk flags, preparation, agreement actions, ties on maps), the notes about them and their own
        words in meetings. It never holds other people&rsquo;s risk flags, the case&rsquo;s risk decisions,
        closure detail or referral summary. A readable document (.docx) and a JSON file go into a folder you
        choose.
      </p>
      <NamesToLookFor
        person={person}
        value={state.otherNames}
        onChange={(otherNames) => change({ ...state, otherNames })}
      />
      <section className="passages" aria-labelledby={`${id}-passages`} aria-busy={reviewQuery.isLoading}>
        <h4 id={`${id}-passages`} className="passages-title">
          {review ? mentionsSentence(passages.length, name) : 'Looking for passages that mention them…'}
        </h4>
        {reviewQuery.error ? (
          <p className="form-error" role="alert">
            {reviewQuery.error.message}
          </p>
        ) : null}
        {passages.length ? (
          <>
            <p className="field-hint">
              These are other people&rsquo;s notes. Nothing here goes into the export unless you choose
              Include, or Include with words redacted (&ldquo;[redacted]&rdquo; replaces the words you mark).
            </p>
            <ol className="passage-list">
              {passages.map((passage, index) => (
                <PassageReview
                  key={passage.id}
                  passage={passage}
                  index={index}
                  decision={decisionFor(state, passage.id)}
                  onChoose={(choice) => change(choose(state, passage.id, choice))}
                  onRedact={(ranges) => change(addRedactions(state, passage, ranges))}
                  onClearRedactions={() => change(clearRedactions(state, passage.id))}
                />
              ))}
            </ol>
          </>
        ) : null}
      </section>
      <div className="export-summary" aria-live="polite">
        {passages.length ? (
          <p>
            {counts.included === 0
              ? 'No passages of other notes are included'
              : `${counts.included} ${counts.included === 1 ? 'passage' : 'passages'} included${counts.redacted ? ` (${counts.redacted} with words redacted)` : ''}`}
            {'; '}
            {withheldSentence(counts.withheld)}.
          </p>
        ) : null}
        <p className="save-status">
          {autosave.status.kind === 'failed'
            ? 'Your choices are not saved yet; saving will be tried again.'
            : state.decisions.length || state.otherNames.length
              ? 'Your choices are kept until you change them.'
              : ''}
        </p>
      </div>
      <div className="actions actions-start">
        <button
          type="button"
          className="button button-primary"
          disabled={exporter.isPending || !review}
          aria-busy={exporter.isPending}
          onClick={async () => {
            setWritten(null);
            const result = await exporter.mutate({
              personId: person.id,
              otherNames: state.otherNames,
              decisions: decisionsToSend(
                state,
                passages.map((p) => p.id),
              ),
            });
            // Cancelling the folder dialog is a choice, not a problem: nothing is shown.
            if (result.ok && !result.value.cancelled) setWritten(result.value);
          }}
        >
          {exporter.isPending ? 'Exporting…' : 'Export everything held about this person'}
        </button>
      </div>
      <div aria-live="polite">
        {written ? (
          <Notice tone="success" title="Export saved">
            <p>
              Written to <span className="file-path">{written.folder}</span>:
            </p>
            <ul className="file-list">
              {written.files.map((f) => (
                <li key={f} className="file-path">
                  {f}
                </li>
              ))}
            </ul>
            <p>
              {written.included} reviewed {written.included === 1 ? 'passage' : 'passages'} included;{' '}
              {withheldSentence(written.withheld)}.
            </p>
          </Notice>
        ) : null}
        {exporter.error ? (
          <p className="form-error" role="alert">
            {exporter.error.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
