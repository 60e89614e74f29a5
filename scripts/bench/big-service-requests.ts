/**
 * Requests through the workbench's dispatcher (what the window's IPC calls), each timed and
 * each watched for how long it held the main thread: the event loop's longest stall while it
 * ran, at 1 ms resolution. A synchronous handler holds the thread for all of its time; one
 * that waits on a worker (a Word document) holds it only for its own parts.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { serviceContext, type ServiceContext } from '../../src/main/services/core';
import type { Workbench } from '../../src/main/workbench';
import { median, timedAsync } from './stats';
import type { Figure } from './types';

export interface Series {
  first: number;
  times: number[];
}

export class Requests {
  longest = { ms: 0, channel: '' };
  /** The longest hold seen per channel. */
  readonly holds = new Map<string, number>();

  constructor(private readonly wb: Workbench) {}

  context(): ServiceContext {
    return serviceContext(this.wb.vault.db);
  }

  async timedCall<T>(channel: string, input: unknown): Promise<{ value: T; ms: number }> {
    const stalls = monitorEventLoopDelay({ resolution: 1 });
    stalls.enable();
    // Its timer must be running before the request starts, or a stall right away goes unseen.
    await sleep(2);
    const { result, ms } = await timedAsync(() => this.wb.dispatch(channel, input));
    // The histogram's timer sees a stall only once the loop turns again.
    await sleep(2);
    stalls.disable();
    const held = Math.min(ms, stalls.max / 1e6);
    if (held > this.longest.ms) this.longest = { ms: held, channel };
    this.holds.set(channel, Math.max(held, this.holds.get(channel) ?? 0));
    if (!result.ok) throw new Error(`big-service: ${channel}: ${result.error.message}`);
    return { value: result.value as T, ms };
  }

  async call<T>(channel: string, input: unknown): Promise<T> {
    return (await this.timedCall<T>(channel, input)).value;
  }

  /** One untimed call (also checked), then `rounds` timed ones, each checked. */
  async series<T>(
    channel: string,
    input: unknown,
    rounds: number,
    check: (value: T) => void,
  ): Promise<Series> {
    const cold = await this.timedCall<T>(channel, input);
    check(cold.value);
    const times: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const run = await this.timedCall<T>(channel, input);
      check(run.value);
      times.push(run.ms);
    }
    return { first: cold.ms, times };
  }
}

/** Median (judged against the target), min and max; and the first call, when there was one. */
export function seriesFigures(name: string, series: Series | number[], target: number | null): Figure[] {
  const times = Array.isArray(series) ? series : series.times;
  const info = (label: string, value: number): Figure => ({
    name: `${name}: ${label}`,
    value,
    unit: 'ms',
    target: null,
    better: 'lower',
  });
  return [
    ...(Array.isArray(series) ? [] : [info('first after unlock', series.first)]),
    { name: `${name}: median of ${times.length}`, value: median(times), unit: 'ms', target, better: 'lower' },
    info('min', Math.min(...times)),
    info('max', Math.max(...times)),
  ];
}
