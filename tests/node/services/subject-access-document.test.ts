/**
 * The Word half of a subject access export, opened by LibreOffice as a reader would: what it
 * must say (his own words, the passage chosen, "[redacted]", what was withheld) and what it
 * must never say (other people's secrets, the case's risk and closure detail).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { convertToPdf } from '../support/libreoffice';
import {
  NEVER_IN_LEES_EXPORT,
  leeAndJess,
  passageWith,
  rangeOf,
  review,
} from '../support/subject-access-fixtures';
import { call, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest({ desktop: (folder) => ({ chooseFolder: async () => folder }) });

it('the .docx holds what is about Lee, the reviewed passages with [redacted], the withheld count, and nothing else', async () => {
  const { lee } = await leeAndJess(t.wb);
  const passages = (await review(t.wb, lee.person.id, ['Lee'])).passages;
  const kestrel = passageWith(passages, 'Kestrel');
  const written = (await call(t.wb, 'person:export', {
    personId: lee.person.id,
    otherNames: ['Lee'],
    decisions: [
      { passageId: kestrel.id, choice: 'redact', redactions: [rangeOf(kestrel, 'Kestrel Road')] },
      { passageId: passageWith(passages, 'Wrenfield').id, choice: 'exclude' },
    ],
  })) as { files: string[] };
  const [docx, json] = written.files.map((f) => join(t.folder, f)) as [string, string];
  const flow = [...convertToPdf([docx], t.folder).values()][0]!.flow.replace(/\s+/g, ' ');

  expect(flow).toContain('Information held about Lee');
  expect(flow).toContain('Case RW-2026-0001');
  expect(flow).toContain('Person responsible');
  expect(flow).toContain('LEE-OWN-RISK');
  expect(flow).toContain('Lee Morgan admitted pushing Jess at the stop.');
  expect(flow).toContain('10:02 I pushed her and I am sorry.');
  expect(flow).toContain('10:05 I will stay away from Jess.');
  expect(flow).toContain('Looked for by name: Lee Morgan, Lee, in the cases they are part of.');
  expect(flow).toContain('She said Lee Morgan followed her from the [redacted] stop twice.');
  expect(flow).toContain('words about other people redacted');
  // Kestrel (redacted), Wrenfield (excluded) and "Lee was calm today." (not decided) are withheld.
  expect(flow).toContain('2 passages withheld as other people’s information.');
  for (const absent of [...NEVER_IN_LEES_EXPORT, 'Road', 'Lee was calm', 'told my aunt'])
    expect(flow, absent).not.toContain(absent);

  // The JSON is the same record: the same passage, the same count.
  const record = JSON.parse(readFileSync(json, 'utf8')) as {
    reviewedPassages: { text: string }[];
    withheld: { statement: string };
  };
  expect(record.reviewedPassages.map((p) => p.text)).toEqual([
    'She said Lee Morgan followed her from the [redacted] stop twice.',
  ]);
  expect(record.withheld.statement).toBe('2 passages withheld as other people’s information');
});
