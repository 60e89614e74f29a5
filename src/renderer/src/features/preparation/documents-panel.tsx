/** Invitation letters and the confidential preparation summary, written via conference:exportDocuments. */
import { useState } from 'react';
import { useMutation } from '../../lib/query';
import { useFormValues } from '../../lib/form-values';

export function DocumentsPanel({ caseId }: { caseId: string }) {
  const form = useFormValues(`conference-documents:${caseId}`, {
    contactName: 'your facilitator',
    contactDetails: '',
  });
  const { contactName, contactDetails } = form.values;
  const [result, setResult] = useState<string | null>(null);
  const exportDocs = useMutation('conference:exportDocuments');
  const run = async (which: 'invitations' | 'preparation-summary') => {
    const r = await exportDocs.mutate({ caseId, which, ...form.latest() });
    if (r.ok) setResult(r.value.cancelled ? 'Nothing was saved.' : `Saved: ${r.value.files.join(', ')}`);
  };
  return (
    <section aria-labelledby="prep-docs-h" className="prep-docs prep-box">
      <h2 id="prep-docs-h">Documents</h2>
      <label>
        Contact name
        <input
          className="input"
          value={contactName}
          onChange={(e) => form.set({ contactName: e.target.value })}
        />
      </label>
      <label>
        Contact details
        <input
          className="input"
          value={contactDetails}
          onChange={(e) => form.set({ contactDetails: e.target.value })}
        />
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
