/** Invitation letters and the confidential preparation summary, written via conference:exportDocuments. */
import { useState } from 'react';
import { TextField } from '../../components/text-field';
import { useMutation } from '../../lib/query';
import { useFormValues } from '../../lib/form-values';
import { printedIn } from '../../lib/printed-in';

export function DocumentsPanel({ caseId, blocked }: { caseId: string; blocked: string | null }) {
  const form = useFormValues(`conference-documents:${caseId}`, {
    contactName: 'your facilitator',
    contactDetails: '',
  });
  const { contactName, contactDetails } = form.values;
  const [result, setResult] = useState<string | null>(null);
  const exportDocs = useMutation('conference:exportDocuments', { invalidates: ['conference:get'] });
  const run = async (which: 'invitations' | 'preparation-summary') => {
    const r = await exportDocs.mutate({ caseId, which, ...form.latest() });
    if (r.ok) setResult(r.value.cancelled ? 'Nothing was saved.' : `Saved: ${r.value.files.join(', ')}`);
  };
  return (
    <section aria-labelledby="prep-docs-h" className="prep-docs prep-box">
      <h2 id="prep-docs-h">Documents</h2>
      <TextField
        label="Contact name"
        hint={printedIn.contact}
        autoComplete="off"
        value={contactName}
        onChange={(e) => form.set({ contactName: e.target.value })}
      />
      <TextField
        label="Contact details"
        hint={printedIn.contact}
        autoComplete="off"
        value={contactDetails}
        onChange={(e) => form.set({ contactDetails: e.target.value })}
      />
      <button
        type="button"
        className="button button-secondary"
        disabled={blocked !== null}
        aria-describedby={blocked ? 'prep-docs-blocked' : undefined}
        onClick={() => void run('invitations')}
      >
        Invitation letters
      </button>{' '}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void run('preparation-summary')}
      >
        Preparation summary (confidential)
      </button>
      {blocked ? (
        <p id="prep-docs-blocked" className="field-hint">
          {blocked}
        </p>
      ) : null}
      {result ? <p role="status">{result}</p> : null}
      {exportDocs.error ? <p role="alert">{exportDocs.error.message}</p> : null}
    </section>
  );
}
