/**
 * The agreement as paper: the same content as the Word document, laid out for A4. The table
 * header repeats on every page, a row may break only between rows, and each signature block
 * stays whole (break-inside: avoid in agreement-print.css). Only what the document shows is
 * here: no notes, risks or consent details ever reach this view.
 */
export interface PrintableAction {
  what: string;
  who: string;
  forWhom: string;
  byWhen: string;
  howChecked: string;
  checkedBy: string;
  ifNotDone: string;
}

export interface PrintableAgreement {
  title: string;
  organisationName: string;
  logoDataUrl: string | null;
  caseReference: string;
  date: string;
  place: string;
  version: number;
  participants: { name: string; role: string }[];
  statement: string;
  actions: PrintableAction[];
  familyLead: string | null;
  bottomLines: { text: string; metBy: number[] }[];
  reviewDate: string;
  copiesTo: string;
  confidentiality: string;
  notLegallyBinding: string;
  signers: string[];
  declined: string[];
  facilitator: string;
}

export function PrintView({ doc, label }: { doc: PrintableAgreement; label: string }) {
  return (
    <article className="print-agreement" aria-label={label}>
      <header className="print-head">
        {doc.logoDataUrl ? <img className="print-logo" src={doc.logoDataUrl} alt="" /> : null}
        <p className="print-org">{doc.organisationName}</p>
      </header>
      <h1 className="print-title">{doc.title}</h1>
      <dl className="print-facts">
        <dt>Case reference</dt>
        <dd>{doc.caseReference}</dd>
        <dt>Date</dt>
        <dd>{doc.date}</dd>
        {doc.place ? (
          <>
            <dt>Place</dt>
            <dd>{doc.place}</dd>
          </>
        ) : null}
        <dt>Version</dt>
        <dd>{doc.version}</dd>
        {doc.familyLead ? (
          <>
            <dt>Family lead</dt>
            <dd>{doc.familyLead}</dd>
          </>
        ) : null}
      </dl>
      <h2>Who took part</h2>
      <ul className="print-people">
        {doc.participants.map((p, i) => (
          <li key={i}>
            {p.name} <span className="print-role">({p.role})</span>
          </li>
        ))}
      </ul>
      {doc.statement ? (
        <>
          <h2>What this is about</h2>
          <p className="print-statement">{doc.statement}</p>
        </>
      ) : null}
      <h2>What we agreed</h2>
      <table className="print-actions">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">What will be done</th>
            <th scope="col">Who</th>
            <th scope="col">By when</th>
            <th scope="col">How it is checked</th>
            <th scope="col">If not done</th>
          </tr>
        </thead>
        <tbody>
          {doc.actions.map((a, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>
                {a.what}
                {a.forWhom ? <span className="print-for">For {a.forWhom}</span> : null}
              </td>
              <td>{a.who}</td>
              <td>{a.byWhen}</td>
              <td>
                {a.howChecked}
                {a.checkedBy ? <span className="print-for">Checked by {a.checkedBy}</span> : null}
              </td>
              <td>{a.ifNotDone}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {doc.bottomLines.length > 0 ? (
        <>
          <h2>Bottom lines</h2>
          <ul className="print-bottom-lines">
            {doc.bottomLines.map((b, i) => (
              <li key={i}>
                {b.text}: {b.metBy.length > 0 ? `met by action ${b.metBy.join(', ')}` : 'not met'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Review</h2>
      <p>
        {doc.reviewDate
          ? `We will meet again on ${doc.reviewDate} to see how it went.`
          : 'Review date to be set.'}
      </p>
      {doc.copiesTo ? <p>A copy goes to: {doc.copiesTo}</p> : null}
      <p className="print-statement-small">{doc.confidentiality}</p>
      <p className="print-statement-small">{doc.notLegallyBinding}</p>
      {doc.declined.length > 0 ? (
        <p className="print-statement-small">
          Chose not to sign a written agreement: {doc.declined.join(', ')}.
        </p>
      ) : null}
      <h2 className="print-signatures-heading">Signatures</h2>
      <section className="print-signatures" aria-label="Signatures">
        {[...doc.signers, doc.facilitator].map((name, i) => (
          <div key={i} className="print-signature">
            <p className="print-signature-name">{name}</p>
            <p className="print-signature-line">
              <span>Signature</span>
              <span>Date</span>
            </p>
          </div>
        ))}
      </section>
    </article>
  );
}
