/**
 * Saving part of the conference plan: validated with planUpdateInput first (errors beside
 * the fields), then the answer from main replaces the cached plan so every section agrees.
 */
import { useCallback, useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract';
import { planUpdateInput } from '../../../../shared/schemas/conference';
import { setQueryData, useMutation } from '../../lib/query';

export type PlanChange = ChannelInput<'conference:update'>;
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function usePlanUpdate(caseId: string) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const { mutate } = useMutation('conference:update', {
    invalidates: ['today:get', 'case:timeline'],
    onSuccess: (value) => setQueryData('conference:get', { caseId }, value),
  });
  const save = useCallback(
    async (change: Omit<PlanChange, 'caseId'>) => {
      const parsed = planUpdateInput.safeParse({ ...change, caseId });
      if (!parsed.success) {
        const errors: Record<string, string> = {};
        for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
        setFieldErrors(errors);
        setState({ kind: 'error', message: 'Please check the fields marked.' });
        return false;
      }
      setFieldErrors({});
      setState({ kind: 'saving' });
      const result = await mutate(parsed.data);
      setState(result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error.message });
      return result.ok;
    },
    [caseId, mutate],
  );
  return { save, state, fieldErrors };
}

export function SaveNote({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? 'Saved.'
        : state.kind === 'error'
          ? state.message
          : '';
  return (
    <p className={state.kind === 'error' ? 'form-error' : 'muted'} role="status" aria-live="polite">
      {text}
    </p>
  );
}
