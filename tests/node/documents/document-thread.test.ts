/**
 * Word documents are built in the document worker (from source here, through tsx): the same
 * document the builder makes on the calling thread, several at once each to its own caller,
 * and a failure that says only that the document could not be made (no case text in it).
 * Invented names.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildCompletionLetter,
  type CompletionLetterData,
} from '../../../src/main/documents/completion-letter';
import { buildDocument } from '../../../src/main/documents/document-thread';
import { WorkbenchError } from '../../../src/shared/errors';

const letter = (recipientName: string): CompletionLetterData => ({
  organisation: { name: 'Northfield Restorative Service', logo: null },
  recipientName,
  letterDate: '3 March 2027',
  agreedOn: '2 January 2027',
  reviewedOn: '1 March 2027',
  outcome: 'partly_completed',
  actions: [
    { what: 'Jordan replaces the broken bag strap', result: 'Done' },
    { what: 'مريم and Jordan sit apart in science 🙂', result: 'Not done' },
  ],
  contact: { name: 'Sam Okafor', details: '07700 900123' },
  signature: { name: 'Sam Okafor', role: 'Restorative practitioner', contact: '07700 900123' },
});

/** The document's body: the zip's dates differ from one build to the next, its words do not. */
const body = (docx: Buffer): string =>
  new TextDecoder().decode(unzipSync(new Uint8Array(docx))['word/document.xml']);

describe('the document worker', () => {
  it('builds the same document the builder makes on this thread', async () => {
    const data = letter('Priya Shah');
    const [inWorker, here] = await Promise.all([
      buildDocument('completionLetter', data),
      buildCompletionLetter(data),
    ]);
    expect(Buffer.isBuffer(inWorker)).toBe(true);
    expect(body(inWorker)).toBe(body(here));
    expect(body(inWorker)).toContain('Priya Shah');
  });

  it('answers several requests at once, each with its own document', async () => {
    const names = ['Ada Brennan', 'Tomasz Nowak', 'Grace Mensah', 'Li Wei'];
    const built = await Promise.all(names.map((name) => buildDocument('completionLetter', letter(name))));
    built.forEach((docx, i) => {
      expect(body(docx)).toContain(names[i]);
      for (const other of names.filter((_, j) => j !== i)) expect(body(docx)).not.toContain(other);
    });
  });

  it('fails a bad request with a plain message and no case text, then builds the next one', async () => {
    const broken = { ...letter('CANARY-Ruth-Adeyemi'), actions: null } as unknown as CompletionLetterData;
    const failure = await buildDocument('completionLetter', broken).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkbenchError);
    expect((failure as WorkbenchError).message).toBe(
      'The document could not be made. Nothing was written; try again.',
    );
    expect(JSON.stringify(failure)).not.toContain('CANARY');
    expect(body(await buildDocument('completionLetter', letter('Ruth Adeyemi')))).toContain('Ruth Adeyemi');
  });
});
