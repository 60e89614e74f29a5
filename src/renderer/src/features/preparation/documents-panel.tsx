/** Invitation letters and the confidential preparation summary, written via conference:exportDocuments. */
import { useState } from 'react';
import { useMutation } from '../../lib/query';
import { useFormValues } from '../../lib/form-values';
import { printedIn } from '../../lib/printed-in';
import {
  LetterContactFields,
  untypedContact,
  useLetterContact,
  type TypedContact,
} from '../settings/letter-contact';

export function DocumentsPanel({ caseId, blocked }: { caseId: string; blocked: string | null }) {
  // Only what is typed is kept; untouched, the letters give Settings → About you.
  const form = useFormValues<TypedContact>(`conference-documents:${caseId}`, untypedContact);
  const contact = useLetterContact(form.values);
  const [result, setResult] = useState<string | null>(null);
  const exportDocs = useMutation('conference:exportDocuments', { invalidates: ['conference:get'] });
  const run = async (which: 'invitations' | 'preparation-summary') => {
    const r = await exportDocs.mutate({ caseId, which, ...contact });
    if (r.ok) setResult(r.value.cancelled ? 'Nothing was saved.' : `Saved: ${r.value.files.join(', ')}`);
  };
  return (
    <section aria-labelledby="prep-docs-h" className="prep-docs prep-box">
      <h2 id="prep-docs-h">Documents</h2>
      <LetterContactFields typed={form.values} hint={printedIn.contact} onChange={form.set} />
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
