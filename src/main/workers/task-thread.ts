/**
 * A worker thread that runs named tasks in turn, so long work (a large Word document, the
 * subject access record of a person in thirty cases) never stops the main process answering
 * the window. Started on first use and kept (it does not keep the process alive); if it dies,
 * the tasks it held fail and the next one starts a new worker.
 *
 * The worker runs the same code everywhere: the bundled app ships each worker entry as its own
 * .cjs beside the main bundle (electron.vite.config.ts); from source (tests, the benchmark) a
 * short eval script loads the entry's .ts through tsx, the TypeScript loader the project's
 * scripts already use.
 *
 * A task that throws a WorkbenchError sends its shape back (its message is written to be
 * shown, and holds no case text); any other failure says only that it failed.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { WorkbenchError, type WorkbenchErrorShape } from '../../shared/errors';
import { transferableCopy } from '../vault/vault-worker';

export interface TaskRequest {
  id: number;
  kind: string;
  args: unknown[];
}

export type TaskReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkbenchErrorShape | null };

/** Where a worker's entry is: its bundled .cjs, and its source .ts (each as `new URL(…, import.meta.url)`). */
export interface WorkerEntry {
  bundled: URL;
  source: URL;
}

const FROM_SOURCE = String.raw`
const { workerData } = require('node:worker_threads');
require(workerData.tsx).register();
require(workerData.entry);
`;

function startWorker(entry: WorkerEntry): Worker {
  const bundled = fileURLToPath(entry.bundled);
  if (existsSync(bundled)) return new Worker(bundled);
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return new Worker(FROM_SOURCE, { eval: true, workerData: { tsx, entry: fileURLToPath(entry.source) } });
}

export class TaskThread {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<
    number,
    { resolve(value: unknown): void; reject(error: unknown): void }
  >();

  constructor(
    private readonly entry: WorkerEntry,
    /** The error a failed task gives when it did not say why itself. */
    private readonly failed: () => WorkbenchError,
  ) {}

  /** Runs `kind` with `args` (copied, except buffers in `transfer`, which move). */
  run(kind: string, args: unknown[], transfer: ArrayBuffer[] = []): Promise<unknown> {
    const worker = this.running();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, kind, args } satisfies TaskRequest, transfer);
    });
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(this.entry);
    worker.unref();
    worker.on('message', (reply: TaskReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(reply.error ? new WorkbenchError(reply.error) : this.failed());
    });
    const lost = () => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(this.failed());
      this.waiting.clear();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.worker = worker;
    return worker;
  }
}

/** A Buffer over bytes that came back from a worker (no copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A task's result ready to move back: its bytes (the result itself, or its fields) each put in
 * a buffer of their own and listed for transfer, so megabytes are moved, not copied.
 */
function movable(value: unknown): { value: unknown; transfer: ArrayBuffer[] } {
  if (value instanceof Uint8Array) {
    const own = transferableCopy(value);
    return { value: own, transfer: [own.buffer as ArrayBuffer] };
  }
  if (!value || typeof value !== 'object') return { value, transfer: [] };
  const transfer: ArrayBuffer[] = [];
  const fields = Object.entries(value).map(([name, field]) => {
    if (!(field instanceof Uint8Array)) return [name, field];
    const own = transferableCopy(field);
    transfer.push(own.buffer as ArrayBuffer);
    return [name, own];
  });
  return { value: Object.fromEntries(fields), transfer };
}

/** The worker's own side: answers each request with what its task returns. */
export function serveTasks(tasks: Record<string, (...args: never[]) => unknown>): void {
  if (isMainThread || !parentPort) return;
  const port = parentPort;
  port.on('message', async (request: TaskRequest) => {
    try {
      const task = tasks[request.kind] as (...args: unknown[]) => unknown;
      const { value, transfer } = movable(await task(...request.args));
      port.postMessage({ id: request.id, ok: true, value } satisfies TaskReply, transfer);
    } catch (error) {
      const shape = error instanceof WorkbenchError ? error.toShape() : null;
      port.postMessage({ id: request.id, ok: false, error: shape } satisfies TaskReply);
    }
  });
}
