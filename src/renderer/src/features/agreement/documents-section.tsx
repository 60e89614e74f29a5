/**
 * Documents for the agreement: the Word document in the chosen variant (standard, large
 * print, plain English), optionally with the relationship map picture, and the print view:
 * the same content as HTML, printed with the system dialog or saved as PDF through main.
 * What was typed a moment ago is saved first, so the document matches the screen.
 */
import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { documentVariants, type DocumentVariant } from '../../../../shared/domain/agreement';
import { useMutation, useQuery } from '../../lib/query';
import type { PersonOption } from './action-card';
import type { AgreementDraft } from './agreement-draft';
import { printable, type Agreement } from './agreement-mapping';
import { PrintView } from './print-view';
import '../../styles/agreement-print.css';

interface Props {
  caseId: string;
  agreement: Agreement;
  draft: AgreementDraft;
  people: PersonOption[];
  flush(): Promise<void>;
}

function savedMessage(r: { cancelled: boolean; path: string | null }, what: string): string {
  if (r.cancelled || !r.path) return 'Nothing was saved.';
  return `Saved the ${what}: ${r.path.split(/[\\/]/).pop()}`;
}

export function DocumentsSection({ caseId, agreement, draft, people, flush }: Props) {
  const ids = useId();
  const settings = useQuery('settings:get');
  const kase = useQuery('case:get', { id: caseId });
  const plan = useQuery('conference:get', { caseId });
  const [variant, setVariant] = useState<DocumentVariant>('standard');
  const [includeMap, setIncludeMap] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const exportDocx = useMutation('agreement:exportDocx');
  const savePdf = useMutation('agreement:savePdf');

  const saveWord = async () => {
    setResult(null);
    await flush().catch(() => undefined);
    const r = await exportDocx.mutate({ caseId, variant, includeMap });
    if (r.ok) setResult(savedMessage(r.value, 'Word document'));
  };
  const saveAsPdf = async () => {
    setResult(null);
    await flush().catch(() => undefined);
    const r = await savePdf.mutate({ caseId });
    if (r.ok) setResult(savedMessage(r.value, 'PDF'));
  };

  const doc =
    printing && kase.data && settings.data
      ? printable({
          draft,
          agreement,
          people,
          caseReference: kase.data.reference,
          startsAt: plan.data?.startsAt ?? null,
          settings: settings.data,
        })
      : null;
  const error = exportDocx.error ?? savePdf.error;

  return (
    <section className="agreement-section" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Documents and printing</h2>
      <div className="agreement-grid">
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-variant`}>
            Word document style
          </label>
          <select
            id={`${ids}-variant`}
            className="select"
            value={variant}
            onChange={(e) => setVariant(e.target.value as DocumentVariant)}
          >
            {(Object.keys(documentVariants) as DocumentVariant[]).map((v) => (
              <option key={v} value={v}>
                {documentVariants[v]}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-row">
          <input type="checkbox" checked={includeMap} onChange={(e) => setIncludeMap(e.target.checked)} />
          <span>Include the relationship map picture</span>
        </label>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={exportDocx.isPending}
          onClick={() => void saveWord()}
        >
          Save as Word document
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={printing}
          onClick={() => setPrinting((p) => !p)}
        >
          {printing ? 'Hide print view' : 'Show print view'}
        </button>
      </div>
      {result ? <p role="status">{result}</p> : null}
      {error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
      {doc ? (
        <>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => window.print()}>
              Print
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={savePdf.isPending}
              onClick={() => void saveAsPdf()}
            >
              Save as PDF
            </button>
          </div>
          <div className="print-preview">
            <PrintView doc={doc} label="Print view" />
          </div>
          {/* The copy that goes on paper sits outside the app, so nothing else is printed. */}
          {createPortal(
            <div className="print-sheet">
              <PrintView doc={doc} label="Agreement for printing" />
            </div>,
            document.body,
          )}
        </>
      ) : null}
    </section>
  );
}
