/**
 * The bundled app's document worker: the build (run before every browser test) writes
 * out/main/document-worker.cjs beside index.cjs, the main bundle looks for it beside itself,
 * and the file alone, as the app starts it, builds a Word document and sends it back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import type { CompletionLetterData } from '../../src/main/documents/completion-letter';
import type { DocumentReply, DocumentRequest } from '../../src/main/documents/document-worker';

const outMain = resolve('out/main');

it('out/main holds the document worker where the main bundle looks for it, and it builds a document', async () => {
  const workerFile = resolve(outMain, 'document-worker.cjs');
  expect(existsSync(workerFile)).toBe(true);
  expect(readFileSync(resolve(outMain, 'index.cjs'), 'utf8')).toContain('new URL("./document-worker.cjs", ');

  const worker = new Worker(workerFile);
  try {
    const reply = await new Promise<DocumentReply>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
      worker.postMessage({
        id: 7,
        kind: 'completionLetter',
        args: [
          {
            organisation: { name: 'Northfield Restorative Service', logo: null },
            recipientName: 'Priya Shah',
            letterDate: '3 March 2027',
            agreedOn: '2 January 2027',
            reviewedOn: '1 March 2027',
            outcome: 'completed',
            actions: [{ what: 'Jordan replaces the broken bag strap', result: 'Done' }],
            contact: { name: 'Sam Okafor', details: '07700 900123' },
            signature: { name: 'Sam Okafor', role: 'Restorative practitioner', contact: '07700 900123' },
          } satisfies CompletionLetterData,
        ],
      } satisfies DocumentRequest);
    });
    expect(reply.id).toBe(7);
    if (!reply.ok) throw new Error('the bundled worker did not build the letter');
    const xml = new TextDecoder().decode(unzipSync(reply.bytes)['word/document.xml']);
    expect(xml).toContain('Priya Shah');
    expect(xml).toContain('Jordan replaces the broken bag strap');
    expect(xml).toContain('Restorative practitioner');
  } finally {
    await worker.terminate();
  }
});
