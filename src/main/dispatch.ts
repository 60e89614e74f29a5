/**
 * The gate every request passes: known channel, validated input (unknown keys stripped,
 * sizes bounded by the contract), then the handler. Whatever happens, the caller gets an
 * Envelope; a raw exception or stack never crosses to the renderer, and nothing about the
 * input (which may be case text) is logged.
 */
import { z } from 'zod';
import {
  channels,
  isChannelName,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
} from '../shared/contract';
import { WorkbenchError, type Envelope, type WorkbenchErrorShape } from '../shared/errors';

export type Handlers = {
  [K in ChannelName]: (input: ChannelParsedInput<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>>;
};

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

/** Where unexpected failures are reported: only the channel and the error's class name. */
export type FailureLog = (entry: { channel: string; error: string }) => void;

function failure(error: WorkbenchErrorShape): Envelope<never> {
  return { ok: false, error };
}

function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  return fields;
}

export function createDispatcher(handlers: Handlers, logFailure: FailureLog = () => {}): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return failure({ code: 'unknown_channel', message: 'That request is not part of this app.' });
    }
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success) {
      const fields = fieldMessages(parsed.error);
      const first = Object.values(fields)[0] ?? 'Some details are not valid.';
      return failure({ code: 'invalid_input', message: first, fields });
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof WorkbenchError) return failure(error.toShape());
      logFailure({ channel, error: error instanceof Error ? error.name : typeof error });
      return failure({
        code: 'internal',
        message: 'Something went wrong inside the app. Nothing you typed was sent anywhere.',
      });
    }
  };
}
