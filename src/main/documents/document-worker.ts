/**
 * The document worker's own side: it builds the Word documents asked for and sends each back
 * in a buffer of its own (transferred, not copied). It is started by document-thread.ts, never
 * imported by the app; it reads no files and writes none, and a failure says only that it
 * failed (the data may be case text, so nothing of it is in a message).
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { documentBuilders, type DocumentKind } from './document-builders';

export interface DocumentRequest {
  id: number;
  kind: DocumentKind;
  args: unknown[];
}

export type DocumentReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false };

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', async (request: DocumentRequest) => {
    try {
      const build = documentBuilders[request.kind] as (...args: unknown[]) => Promise<Buffer>;
      const built = await build(...request.args);
      // A buffer of its own: a small Buffer is a slice of Node's shared pool, which must not move.
      const bytes = new Uint8Array(new ArrayBuffer(built.length));
      bytes.set(built);
      port.postMessage({ id: request.id, ok: true, bytes } satisfies DocumentReply, [bytes.buffer]);
    } catch {
      port.postMessage({ id: request.id, ok: false } satisfies DocumentReply);
    }
  });
}
