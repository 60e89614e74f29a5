/**
 * The agreement on paper: a Word document (standard, large print or plain English), printing
 * the print view, saving the print view as PDF, and, once reviewed, the completion letter to a
 * person harmed. Files go where the facilitator chooses in the save dialog.
 */
import { useState } from 'react';
import { documentVariants, type DocumentVariant } from '../../../../shared/domain/agreement';
import type { Agreement } from '../../../../shared/schemas/agreements';
import type { Participant } from '../../../../shared/schemas/people';
import { optionsOf, SelectField } from '../../components/form-fields';
import { useFormValues } from '../../lib/form-values';
import { printedIn } from '../../lib/printed-in';
import { useMutation } from '../../lib/query';
import {
  LetterContactFields,
  untypedContact,
  useLetterContact,
  type TypedContact,
} from '../settings/letter-contact';

/** Shows only the print view while printing (agreement.css), then puts the screen back. */
export async function withPrintView<T>(run: () => Promise<T> | T): Promise<T> {
  document.body.classList.add('print-agreement');
  try {
    return await run();
  } finally {
    document.body.classList.remove('print-agreement');
  }
}

function printAgreement() {
  document.body.classList.add('print-agreement');
  window.addEventListener('afterprint', () => document.body.classList.remove('print-agreement'), {
    once: true,
  });
  window.print();
}

const saved = (r: { cancelled: boolean; path: string | null }) =>
  r.cancelled ? 'Nothing was saved.' : `Saved to ${r.path ?? ''}`;

export function AgreementDocuments(props: {
  agreement: Agreement;
  participants: Participant[];
  variant: DocumentVariant;
  onVariant(variant: DocumentVariant): void;
  /** Why no copy or letter for participants can be made now, or null. */
  blocked: string | null;
}) {
  const { agreement } = props;
  const caseId = agreement.caseId;
  const [message, setMessage] = useState<string | null>(null);
  const docx = useMutation('agreement:exportDocx');
  const pdf = useMutation('agreement:savePdf');
  const problem = docx.error ?? pdf.error;
  return (
    <section aria-labelledby="agreement-docs-h" className="agreement-box no-print">
      <h2 id="agreement-docs-h" className="section-title">
        Print and save
      </h2>
      <SelectField
        label="Version of the document"
        hint="Large print for people who read with difficulty; plain English for children and anyone who prefers everyday words."
        value={props.variant}
        options={optionsOf(documentVariants)}
        onChange={(e) => props.onVariant(e.target.value as DocumentVariant)}
      />
      {props.blocked ? (
        <p id="agreement-docs-blocked" className="field-hint">
          {props.blocked}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={props.blocked !== null}
          aria-describedby={props.blocked ? 'agreement-docs-blocked' : undefined}
          onClick={async () => {
            const r = await docx.mutate({ caseId, variant: props.variant });
            if (r.ok) setMessage(saved(r.value));
          }}
        >
          Save as Word
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={props.blocked !== null}
          aria-describedby={props.blocked ? 'agreement-docs-blocked' : undefined}
          onClick={printAgreement}
        >
          Print
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={props.blocked !== null}
          aria-describedby={props.blocked ? 'agreement-docs-blocked' : undefined}
          onClick={async () => {
            const r = await withPrintView(() => pdf.mutate({ caseId }));
            if (r.ok) setMessage(saved(r.value));
          }}
        >
          Save as PDF
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      {problem ? <p role="alert">{problem.message}</p> : null}
      {agreement.review && !props.blocked ? (
        <CompletionLetter agreement={agreement} participants={props.participants} />
      ) : null}
    </section>
  );
}

function CompletionLetter({
  agreement,
  participants,
}: {
  agreement: Agreement;
  participants: Participant[];
}) {
  const harmed = participants.filter((p) => p.role === 'harmed');
  // The contact is kept only as typed; untouched, the letter gives Settings → About you.
  const form = useFormValues<{ personId: string } & TypedContact>(`completion-letter:${agreement.caseId}`, {
    personId: harmed[0]?.id ?? '',
    ...untypedContact,
  });
  const { personId } = form.values;
  const contact = useLetterContact(form.values);
  const [message, setMessage] = useState<string | null>(null);
  const letter = useMutation('letter:completion', { invalidates: ['conference:get'] });
  if (harmed.length === 0) return null;
  return (
    <div className="completion-letter">
      <h3>Completion letter</h3>
      <p className="muted">Tells a person harmed, in plain words, whether the agreement was kept.</p>
      <SelectField
        label="Letter to"
        value={personId}
        options={harmed.map((p) => ({ value: p.id, label: p.person.preferredName }))}
        onChange={(e) => form.set({ personId: e.target.value })}
      />
      <div className="action-card-row">
        <LetterContactFields typed={form.values} hint={printedIn.completionLetter} onChange={form.set} />
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={async () => {
          const r = await letter.mutate({
            caseId: agreement.caseId,
            participantId: personId,
            ...contact,
          });
          if (r.ok) setMessage(saved(r.value));
        }}
      >
        Write the completion letter
      </button>
      {message ? <p role="status">{message}</p> : null}
      {letter.error ? <p role="alert">{letter.error.message}</p> : null}
    </div>
  );
}
