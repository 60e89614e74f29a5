/**
 * Saving one setting the moment it changes (no Save button to forget), with the state the
 * page shows beside it. The answer from main becomes the cached settings, so every part of
 * the app sees the same values without another round trip.
 */
import { useCallback, useState } from 'react';
import type { Settings } from '../../../../shared/contract';
import { setQueryData, useMutation } from '../../lib/query';
import type { SaveState } from './save-status';

export function useSetting(): { save(change: Partial<Settings>): Promise<boolean>; state: SaveState } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const onSuccess = useCallback((value: Settings) => setQueryData('settings:get', undefined, value), []);
  const { mutate } = useMutation('settings:update', { onSuccess });
  const save = useCallback(
    async (change: Partial<Settings>) => {
      setState({ kind: 'saving' });
      const result = await mutate(change);
      setState(result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error.message });
      return result.ok;
    },
    [mutate],
  );
  return { save, state };
}
