/**
 * Builds Word documents in a worker thread, so a large one (the subject access export of a
 * person in thirty cases takes over a second) never stops the main process answering the
 * window. One worker, started on first use and kept (it does not keep the process alive),
 * takes requests in turn; if it dies, the requests it held fail and the next one starts a new
 * worker.
 *
 * The worker runs the same code everywhere: the bundled app ships it as document-worker.cjs
 * beside the main bundle (electron.vite.config.ts); from source (tests, the benchmark) a
 * short eval script loads document-worker.ts through tsx, the TypeScript loader the project's
 * scripts already use, as vault-worker.ts's eval script does for its own work.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WorkbenchError } from '../../shared/errors';
import type { DocumentArgs, DocumentKind } from './document-builders';
import type { DocumentReply, DocumentRequest } from './document-worker';

const FROM_SOURCE = String.raw`
const { workerData } = require('node:worker_threads');
require(workerData.tsx).register();
require(workerData.entry);
`;

function startWorker(): Worker {
  const bundled = fileURLToPath(new URL('./document-worker.cjs', import.meta.url));
  if (existsSync(bundled)) return new Worker(bundled);
  const source = fileURLToPath(new URL('./document-worker.ts', import.meta.url));
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return new Worker(FROM_SOURCE, { eval: true, workerData: { tsx, entry: source } });
}

const failed = () =>
  new WorkbenchError({
    code: 'internal',
    message: 'The document could not be made. Nothing was written; try again.',
  });

class DocumentThread {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<
    number,
    { resolve(bytes: Buffer): void; reject(error: unknown): void }
  >();

  build(request: Omit<DocumentRequest, 'id'>): Promise<Buffer> {
    const worker = this.running();
    const id = this.next++;
    return new Promise<Buffer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, ...request } satisfies DocumentRequest);
    });
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.unref();
    worker.on('message', (reply: DocumentReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (!waiter) return;
      if (reply.ok)
        waiter.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else waiter.reject(failed());
    });
    const lost = () => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(failed());
      this.waiting.clear();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.worker = worker;
    return worker;
  }
}

const thread = new DocumentThread();

/** The document `kind` built from `args` off the main thread: the same bytes the builder gives. */
export function buildDocument<K extends DocumentKind>(kind: K, ...args: DocumentArgs<K>): Promise<Buffer> {
  return thread.build({ kind, args });
}
