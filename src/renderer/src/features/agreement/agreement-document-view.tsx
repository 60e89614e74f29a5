/**
 * The agreement as people will read and sign it: the same participant-safe data the Word
 * document is built from (agreement:document), laid out for screen and for A4 paper. Printing
 * and "Save as PDF" show this view alone (agreement.css @media print), with signature blocks
 * that never break across pages and the actions table's header repeated on each page.
 */
import { wordsFor, type DocumentVariant } from '../../../../shared/domain/agreement';
import type { AgreementDocument } from '../../../../shared/schemas/agreements';

export function AgreementDocumentView({
  doc,
  variant,
}: {
  doc: AgreementDocument;
  variant: DocumentVariant;
}) {
  const logo = doc.organisation.logo;
  const w = wordsFor(variant);
  return (
    <article
      className={variant === 'large_print' ? 'agreement-doc agreement-doc-large' : 'agreement-doc'}
      aria-label={`${doc.title}, as printed`}
    >
      <header className="agreement-doc-header">
        {logo ? (
          <img
            className="agreement-doc-logo"
            alt=""
            src={`data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${logo.base64}`}
          />
        ) : null}
        <span className="agreement-doc-org">{doc.organisation.name}</span>
      </header>
      <h1>{doc.title}</h1>
      <dl className="agreement-doc-facts">
        <dt>Reference</dt>
        <dd>{doc.caseReference}</dd>
        <dt>Date</dt>
        <dd>{doc.date}</dd>
        <dt>Place</dt>
        <dd>{doc.place || '—'}</dd>
      </dl>
      <h2>{w.participants}</h2>
      <ul>
        {doc.participants.map((p, i) => (
          <li key={i}>
            <bdi>{p.name}</bdi> ({p.role})
          </li>
        ))}
      </ul>
      {doc.familyLead ? (
        <p>
          Family lead: <bdi>{doc.familyLead}</bdi>
        </p>
      ) : null}
      {doc.statement.trim() ? (
        <>
          <h2>{w.about}</h2>
          <p className="agreement-doc-text">{doc.statement}</p>
        </>
      ) : null}
      <h2>{w.actions}</h2>
      {doc.actions.length === 0 ? (
        <p>No actions were written down.</p>
      ) : variant === 'large_print' ? (
        <ActionBlocks doc={doc} />
      ) : (
        <ActionsTable doc={doc} variant={variant} />
      )}
      {doc.bottomLines.length > 0 ? (
        <>
          <h2>{w.bottomLines}</h2>
          <ul>
            {doc.bottomLines.map((b, i) => (
              <li key={i}>
                {b.text} — {b.met ? `met by action ${b.metBy.join(', ')}` : <strong>not met yet</strong>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{w.review}</h2>
      <p>{doc.reviewDate}</p>
      {doc.copiesTo.trim() ? (
        <>
          <h2>{w.copies}</h2>
          <p className="agreement-doc-text">{doc.copiesTo}</p>
        </>
      ) : null}
      <h2>{w.confidentiality}</h2>
      <p className="agreement-doc-text">{doc.statements.confidentiality}</p>
      <h2>{w.binding}</h2>
      <p className="agreement-doc-text">{doc.statements.notLegallyBinding}</p>
      <h2>{w.signatures}</h2>
      {[...doc.signing, 'Facilitator'].map((name, i) => (
        <div key={i} className="signature-block">
          <p className="signature-name">
            <bdi>{name}</bdi>
          </p>
          <p className="signature-line">
            Signature <span className="signature-rule" /> Date{' '}
            <span className="signature-rule signature-rule-short" />
          </p>
        </div>
      ))}
      {doc.declined.length > 0 ? (
        <p className="agreement-doc-declined">
          <bdi>{doc.declined.join(', ')}</bdi> chose not to have a written agreement.
        </p>
      ) : null}
    </article>
  );
}

function ActionsTable({ doc, variant }: { doc: AgreementDocument; variant: DocumentVariant }) {
  const w = wordsFor(variant);
  return (
    <table className="agreement-doc-actions">
      <thead>
        <tr>
          <th scope="col">{w.what}</th>
          <th scope="col">{w.who}</th>
          <th scope="col">{w.when}</th>
          <th scope="col">{w.check}</th>
          <th scope="col">{w.ifNot}</th>
        </tr>
      </thead>
      <tbody>
        {doc.actions.map((a, i) => (
          <tr key={i}>
            <td className="agreement-doc-text">
              {i + 1}. {a.what}
              {a.forWhom ? (
                <>
                  <br />
                  (for <bdi>{a.forWhom}</bdi>)
                </>
              ) : null}
            </td>
            <td>
              <bdi>{a.who}</bdi>
            </td>
            <td>{a.byWhen}</td>
            <td className="agreement-doc-text">
              {a.howChecked}
              {a.checkedBy ? (
                <>
                  <br />
                  Checked by <bdi>{a.checkedBy}</bdi>
                </>
              ) : null}
            </td>
            <td className="agreement-doc-text">{a.ifNotDone}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Large print: one block per action, label beside value, as in the large-print Word document. */
function ActionBlocks({ doc }: { doc: AgreementDocument }) {
  const w = wordsFor('large_print');
  return (
    <>
      {doc.actions.map((a, i) => (
        <section key={i} className="agreement-doc-action" aria-label={`Action ${i + 1}`}>
          <h3>Action {i + 1}</h3>
          <dl className="agreement-doc-facts">
            <dt>{w.what}</dt>
            <dd className="agreement-doc-text">{a.what}</dd>
            {a.forWhom ? (
              <>
                <dt>For</dt>
                <dd>
                  <bdi>{a.forWhom}</bdi>
                </dd>
              </>
            ) : null}
            <dt>{w.who}</dt>
            <dd>
              <bdi>{a.who}</bdi>
            </dd>
            <dt>{w.when}</dt>
            <dd>{a.byWhen}</dd>
            <dt>{w.check}</dt>
            <dd className="agreement-doc-text">
              {[a.howChecked, a.checkedBy ? `Checked by ${a.checkedBy}` : ''].filter(Boolean).join('\n')}
            </dd>
            <dt>{w.ifNot}</dt>
            <dd className="agreement-doc-text">{a.ifNotDone}</dd>
          </dl>
        </section>
      ))}
    </>
  );
}
