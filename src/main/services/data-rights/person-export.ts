/** Writes a subject access export (readable .docx + complete .json) into a folder the person chose. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RoleLabels } from '../../../shared/domain/case-model';
import { fileSlug } from '../../../shared/domain/file-names';
import { WorkbenchError } from '../../../shared/errors';
import { buildDocument } from '../../documents/document-thread';
import { assertFolderExists, freshName, type ServiceContext } from '../core';
import { collectSubjectAccess, type ExportSelection } from './subject-access';

export interface ExportWritten {
  files: string[];
  included: number;
  withheld: number;
}

/**
 * The record is made before the folder is asked for, so a problem (a person no longer there,
 * a redaction that does not fit) is said before any dialog, and nothing is written.
 */
export async function exportPerson(
  ctx: ServiceContext,
  personId: string,
  selection: ExportSelection,
  roleLabels: RoleLabels,
  chooseFolder: () => Promise<string | null>,
): Promise<(ExportWritten & { folder: string }) | null> {
  // One record, made once: the document and the JSON are both written from it.
  const record = collectSubjectAccess(ctx, personId, selection, roleLabels);
  const folder = await chooseFolder();
  if (!folder) return null;
  assertFolderExists(folder);
  const base = `subject-access-${fileSlug(record.person.preferredName)}-${record.generatedAt.slice(0, 10)}`;
  // Built in the document worker: over a second for a person in thirty cases.
  const docx = await buildDocument('subjectAccess', record);
  const docxName = freshName(folder, base, 'docx');
  const jsonName = freshName(folder, base, 'json');
  try {
    // Written in the thread pool: a record of thirty cases is megabytes, and a slow folder (a
    // USB stick, a network drive) must not hold every other request meanwhile.
    await writeFile(join(folder, docxName), docx, { flag: 'wx' });
    await writeFile(join(folder, jsonName), `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
  } catch {
    throw new WorkbenchError({
      code: 'internal',
      message: 'The export could not be written to that folder. Check it is not read-only, then try again.',
    });
  }
  return {
    folder,
    files: [docxName, jsonName],
    included: record.reviewedPassages.length,
    withheld: record.withheld.passages,
  };
}
