/**
 * The bundled app's workers: the build (run before every browser test) writes
 * out/main/document-worker.cjs and read-worker.cjs beside index.cjs, the main bundle looks for
 * them beside itself, and each file alone, as the app starts it, does its work: a Word
 * document built, a subject access export read from a real encrypted vault.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { unzipSync } from 'fflate';
import { afterEach, expect, it } from 'vitest';
import type { CompletionLetterData } from '../../src/main/documents/completion-letter';
import type { TaskReply, TaskRequest } from '../../src/main/workers/task-thread';
import { schoolIncident } from '../node/support/case-fixtures';
import { createVault, openTempWorkbench, type TempWorkbench } from '../node/support/temp-workbench';

const outMain = resolve('out/main');

function ask(worker: Worker, request: TaskRequest, transfer: ArrayBuffer[] = []): Promise<TaskReply> {
  return new Promise<TaskReply>((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
    worker.postMessage(request, transfer);
  });
}

/** The bundle's files (entries and shared chunks) that start the worker `name`, found beside it. */
function startersOf(name: string): string[] {
  return readdirSync(outMain).filter(
    (file) =>
      file.endsWith('.cjs') && readFileSync(resolve(outMain, file), 'utf8').includes(`new URL("./${name}", `),
  );
}

let workbench: TempWorkbench | null = null;
afterEach(() => {
  workbench?.cleanup();
  workbench = null;
});

it('out/main holds the document worker where the main bundle looks for it, and it builds a document', async () => {
  const workerFile = resolve(outMain, 'document-worker.cjs');
  expect(existsSync(workerFile)).toBe(true);
  expect(startersOf('document-worker.cjs')).not.toEqual([]);

  const worker = new Worker(workerFile);
  try {
    const reply = await new Promise<TaskReply>((done, fail) => {
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
      } satisfies TaskRequest);
    });
    expect(reply.id).toBe(7);
    if (!reply.ok) throw new Error('the bundled worker did not build the letter');
    const xml = new TextDecoder().decode(unzipSync(reply.value as Uint8Array)['word/document.xml']);
    expect(xml).toContain('Priya Shah');
    expect(xml).toContain('Jordan replaces the broken bag strap');
    expect(xml).toContain('Restorative practitioner');
  } finally {
    await worker.terminate();
  }
});

it('out/main holds the read worker where the main bundle looks for it, and it reads an export from a vault', async () => {
  const workerFile = resolve(outMain, 'read-worker.cjs');
  expect(existsSync(workerFile)).toBe(true);
  expect(startersOf('read-worker.cjs')).not.toEqual([]);

  workbench = openTempWorkbench();
  await createVault(workbench);
  const { ayla } = await schoolIncident(workbench);
  const connection = workbench.vault.readConnection();
  const worker = new Worker(workerFile);
  try {
    const reply = await ask(
      worker,
      {
        id: 3,
        kind: 'subjectAccessFiles',
        args: [connection, '2027-01-05T09:00:00.000Z', ayla.person.id, { otherNames: [], decisions: [] }, {}],
      },
      [connection.dataKey.buffer as ArrayBuffer],
    );
    if (!reply.ok) throw new Error('the bundled read worker did not make the export');
    const files = reply.value as { base: string; docx: Uint8Array; json: Uint8Array };
    expect(files.base).toBe('subject-access-Ayla-Brightwater-2027-01-05');
    const record = JSON.parse(new TextDecoder().decode(files.json)) as { person: { preferredName: string } };
    expect(record.person.preferredName).toBe('Ayla Brightwater');
    const xml = new TextDecoder().decode(unzipSync(files.docx)['word/document.xml']);
    expect(xml).toContain('Ayla Brightwater');
  } finally {
    await worker.terminate();
  }
});
