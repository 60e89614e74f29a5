/**
 * The renderer's one way to reach data: `window.workbench`, built from the contract by the
 * preload (or, in browser tests, by the loopback bridge). `call` gives it a channel-name shape
 * so the query layer can be generic; every rejection becomes a WorkbenchError.
 */
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { WorkbenchApi } from '../../../shared/client';
import type { WorkbenchError } from '../../../shared/errors';
import { toWorkbenchError } from './form-errors';

export function workbench(): WorkbenchApi {
  return window.workbench;
}

type Loose = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

export async function call<K extends ChannelName>(
  channel: K,
  input?: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const [area, verb] = channel.split(':') as [string, string];
  const fn = (window.workbench as unknown as Loose)[area]?.[verb];
  if (!fn)
    throw toWorkbenchError({ code: 'unknown_channel', message: 'That request is not part of this app.' });
  try {
    return (await fn(input ?? {})) as ChannelOutput<K>;
  } catch (error) {
    throw toWorkbenchError(error);
  }
}

/** Either the answer or the error: forms branch on this instead of try/catch everywhere. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: WorkbenchError };

export async function attempt<K extends ChannelName>(
  channel: K,
  input?: ChannelInput<K>,
): Promise<Result<ChannelOutput<K>>> {
  try {
    return { ok: true, value: await call(channel, input) };
  } catch (error) {
    return { ok: false, error: toWorkbenchError(error) };
  }
}
