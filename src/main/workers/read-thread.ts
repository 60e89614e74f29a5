/** Runs a read task (read-worker.ts) in its worker thread, over its own read-only connection. */
import { WorkbenchError } from '../../shared/errors';
import type { ServiceContext } from '../services/core';
import type { Vault } from '../vault/vault';
import type { readTasks } from './read-worker';
import { TaskThread } from './task-thread';

type ReadTasks = typeof readTasks;
type TaskArgs<K extends keyof ReadTasks> =
  Parameters<ReadTasks[K]> extends [unknown, unknown, ...infer A] ? A : never;

const thread = new TaskThread(
  {
    bundled: new URL('./read-worker.cjs', import.meta.url),
    source: new URL('./read-worker.ts', import.meta.url),
  },
  () =>
    new WorkbenchError({
      code: 'internal',
      message: 'That could not be done. Nothing was written; try again.',
    }),
);

/** The read task `kind` on the open vault, off the main thread; `ctx` gives the clock. */
export async function runRead<K extends keyof ReadTasks>(
  vault: Vault,
  ctx: ServiceContext,
  kind: K,
  ...args: TaskArgs<K>
): Promise<Awaited<ReturnType<ReadTasks[K]>>> {
  const connection = vault.readConnection();
  return (await thread.run(
    kind,
    [connection, ctx.now().toISOString(), ...args],
    [connection.dataKey.buffer as ArrayBuffer],
  )) as Awaited<ReturnType<ReadTasks[K]>>;
}
