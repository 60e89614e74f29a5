/**
 * Builds the renderer's `workbench` api mechanically from the contract's channel list, given
 * a transport. The preload passes `ipcRenderer.invoke`; browser tests pass a loopback HTTP
 * transport to the same handlers. Calls resolve with the output or reject with WorkbenchError.
 */
import {
  channelNames,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type EventPayload,
} from './contract';
import { WorkbenchError, isErrorShape, type Envelope } from './errors';

type AreaOf<K> = K extends `${infer A}:${string}` ? A : never;
type VerbsOf<A extends string> = {
  [K in ChannelName as K extends `${A}:${infer V}` ? V : never]: (
    input?: ChannelInput<K>,
  ) => Promise<ChannelOutput<K>>;
};

export type WorkbenchApi = { [A in AreaOf<ChannelName>]: VerbsOf<A> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export type Invoke = (channel: ChannelName, input: unknown) => Promise<unknown>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

export function unwrapEnvelope(channel: string, envelope: unknown): unknown {
  const e = envelope as Envelope<unknown> | undefined;
  if (e && e.ok === true) return e.value;
  if (e && e.ok === false && isErrorShape(e.error)) throw new WorkbenchError(e.error);
  throw new WorkbenchError({ code: 'internal', message: `No answer for ${channel}.` });
}

export interface ClientOptions {
  /**
   * 'shape' rejects with the plain `{code, message, fields?, retryAfterMs?}` object instead of
   * a WorkbenchError. The preload needs it: Electron's context bridge copies only the message
   * of an Error across worlds, but clones a plain object whole. The renderer turns either
   * back into a WorkbenchError (lib/form-errors.ts).
   */
  reject?: 'error' | 'shape';
}

export function createClient(
  invoke: Invoke,
  subscribe: Subscribe,
  options: ClientOptions = {},
): WorkbenchApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channelNames) {
    const [area, verb] = channel.split(':') as [string, string];
    api[area] ??= {};
    api[area][verb] = async (input?: unknown) => {
      const envelope = await invoke(channel, input ?? {});
      try {
        return unwrapEnvelope(channel, envelope);
      } catch (error) {
        if (options.reject === 'shape' && error instanceof WorkbenchError) throw error.toShape();
        throw error;
      }
    };
  }
  return Object.assign(api, {
    on: (event: EventName, listener: (payload: unknown) => void) => subscribe(event, listener),
  }) as unknown as WorkbenchApi;
}
