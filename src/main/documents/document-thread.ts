/**
 * Builds Word documents in a worker thread (workers/task-thread.ts), so a large one never
 * stops the main process answering the window. The worker is document-worker.ts.
 */
import { WorkbenchError } from '../../shared/errors';
import { asBuffer, TaskThread } from '../workers/task-thread';
import type { DocumentArgs, DocumentKind } from './document-builders';

const thread = new TaskThread(
  {
    bundled: new URL('./document-worker.cjs', import.meta.url),
    source: new URL('./document-worker.ts', import.meta.url),
  },
  () =>
    new WorkbenchError({
      code: 'internal',
      message: 'The document could not be made. Nothing was written; try again.',
    }),
);

/** The document `kind` built from `args` off the main thread: the same bytes the builder gives. */
export async function buildDocument<K extends DocumentKind>(
  kind: K,
  ...args: DocumentArgs<K>
): Promise<Buffer> {
  return asBuffer((await thread.run(kind, args)) as Uint8Array);
}
