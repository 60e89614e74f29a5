/** Invitation letters and the confidential preparation summary, written via conference:exportDocuments. */
import { useState } from 'react';
import { useMutation } from '../../lib/query';

export function DocumentsPanel({ caseId }: { caseId: string }) {
  const [contactName, setContactName] = useState('your facilitator');
  const [contactDetails, setContactDetails] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const exportDocs = useMutation('conference:exportDocuments');
  const run = async (which: 'invitations' | 'preparation-summary') => {
    const r = await exportDocs.mutate({ caseId, which, contactName, contactDetails });
    if (r.ok) setResult(r.value.cancelled ? 'Nothing was saved.' : `Saved: ${r.value.files.join(', ')}`);
  };
  return (
    <section aria-labelledby="prep-docs-h" className="prep-docs prep-box">
      <h2 id="prep-docs-h">Documents</h2>
      <label>
        Contact name
        <input className="input" value={contactName} onChange={(e) => setContactName(e.target.value)} />
      </label>
      <label>
        Contact details
        <input className="input" value={contactDetails} onChange={(e) => setContactDetails(e.target.value)} />
      </label>
      <button type="button" className="button button-secondary" onClick={() => void run('invitations')}>
        Invitation letters
      </button>{' '}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void run('preparation-summary')}
      >
        Preparation summary (confidential)
      </button>
      {result ? <p role="status">{result}</p> : null}
      {exportDocs.error ? <p role="alert">{exportDocs.error.message}</p> : null}
    </section>
  );
}
