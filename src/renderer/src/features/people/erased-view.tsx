/**
 * What an erasure did: how many cases, and the notes that still name the person (notes are
 * kept, since they hold what others said; the facilitator reviews them). Each opens the note.
 */
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useNavigation } from '../../lib/navigation';
import type { ErasureResult } from './data-rights';
import { erasedFromText, notesToReviewText } from './erasure-wording';

export function ErasedView({ name, result }: { name: string; result: ErasureResult }) {
  const { go } = useNavigation();
  return (
    <div className="person-page">
      <PageHeading>{name} has been erased</PageHeading>
      <Notice tone="success">
        <p>{erasedFromText(result.casesAffected)}</p>
      </Notice>
      <section className="settings-section" aria-labelledby="notes-to-review">
        <h2 id="notes-to-review" className="section-title">
          Notes to review
        </h2>
        <p className="field-hint">{notesToReviewText(result.notesToReview.length, name)}</p>
        {result.notesToReview.length ? (
          <ul className="case-links">
            {result.notesToReview.map((note) => (
              <li key={note.noteId}>
                {note.caseId ? (
                  <button
                    type="button"
                    className="button-link"
                    onClick={() =>
                      go({ area: 'case', caseId: note.caseId!, tab: 'notes', noteId: note.noteId })
                    }
                  >
                    {note.title}
                  </button>
                ) : (
                  <span>{note.title}</span>
                )}
                <span className="muted">
                  {' '}
                  · {note.why === 'about them' ? 'a note about them' : 'names them'}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => go({ area: 'cases' })}>
          Return to the cases list
        </button>
      </div>
    </div>
  );
}
