/**
 * "Add to agreement": a quick line for an action heard while people speak, stored as a draft
 * agreement item with the phase it came from. The agreement work picks these up later.
 */
import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useMutation, useQuery } from '../../lib/query';
import { useFormValues } from '../../lib/form-values';

interface DraftActionsProps {
  caseId: string;
  phaseId: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function DraftActions({ caseId, phaseId, inputRef }: DraftActionsProps) {
  const ids = useId();
  const form = useFormValues(`run-draft-action:${caseId}`, { text: '' });
  const { text } = form.values;
  const [problem, setProblem] = useState<string | null>(null);
  const drafts = useQuery('run:draftActions', { caseId });
  const capture = useMutation('run:captureAction', { invalidates: ['run:draftActions'] });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const { text } = form.latest();
    if (!text.trim()) {
      setProblem('Write the action first.');
      return;
    }
    // Clear at once, so the next action can be typed while this one saves; put it back if refused.
    const sent = text.trim();
    form.reset({ text: '' });
    setProblem(null);
    const result = await capture.mutate({ caseId, text: sent, phaseId });
    if (!result.ok) {
      if (!form.latest().text.trim()) form.set({ text: sent });
      setProblem(result.error.fields?.text ?? result.error.message);
    }
  };

  const items = drafts.data ?? [];
  return (
    <section className="run-agreement" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="run-section-title">
        Add to agreement
      </h2>
      <form className="run-agreement-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${ids}-text`} className="visually-hidden">
          Action for the agreement
        </label>
        <input
          autoComplete="off"
          id={`${ids}-text`}
          ref={inputRef}
          aria-keyshortcuts="Alt+Enter"
          className="run-agreement-input"
          value={text}
          maxLength={1000}
          placeholder="An action someone offers…"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${ids}-problem` : undefined}
          onChange={(e) => form.set({ text: e.target.value })}
        />
        <button type="submit" className="button button-primary">
          Add to agreement
        </button>
      </form>
      {problem ? (
        <p className="form-error" id={`${ids}-problem`} role="alert">
          {problem}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ol className="run-agreement-list" aria-label="Draft actions">
          {items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">Actions added here become draft agreement items.</p>
      )}
    </section>
  );
}
