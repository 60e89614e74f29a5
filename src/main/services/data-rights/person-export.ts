/**
 * A subject access export: a readable .docx and a complete .json, both from one record. The
 * files are made first (`subjectAccessFiles`, run in the read worker off the main thread: for
 * a person in thirty cases the record and its document are megabytes), then written into a
 * folder the person chose (`writeSubjectAccessExport`, on the main process).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RoleLabels } from '../../../shared/domain/case-model';
import { fileSlug } from '../../../shared/domain/file-names';
import { WorkbenchError } from '../../../shared/errors';
import { buildSubjectAccessDocument } from '../../documents/subject-access';
import { assertFolderExists, freshName, type ServiceContext } from '../core';
import { collectSubjectAccess, type ExportSelection } from './subject-access';

export interface SubjectAccessFiles {
  /** The file name both files share, before its extension and any " (2)". */
  base: string;
  docx: Uint8Array;
  json: Uint8Array;
  included: number;
  withheld: number;
}

export interface ExportWritten {
  folder: string;
  files: string[];
  included: number;
  withheld: number;
}

/**
 * Both files of the export, made from one record. Reads only, so it runs on a read-only
 * connection; a problem (a person no longer there, a redaction that does not fit) is thrown
 * here, before any folder is asked for.
 */
export async function subjectAccessFiles(
  ctx: ServiceContext,
  personId: string,
  selection: ExportSelection,
  roleLabels: RoleLabels,
): Promise<SubjectAccessFiles> {
  const record = collectSubjectAccess(ctx, personId, selection, roleLabels);
  return {
    base: `subject-access-${fileSlug(record.person.preferredName)}-${record.generatedAt.slice(0, 10)}`,
    docx: await buildSubjectAccessDocument(record),
    json: Buffer.from(`${JSON.stringify(record, null, 2)}\n`, 'utf8'),
    included: record.reviewedPassages.length,
    withheld: record.withheld.passages,
  };
}

/** Writes the export into the folder chosen now; null when the person cancelled the dialog. */
export async function writeSubjectAccessExport(
  files: SubjectAccessFiles,
  chooseFolder: () => Promise<string | null>,
): Promise<ExportWritten | null> {
  const folder = await chooseFolder();
  if (!folder) return null;
  assertFolderExists(folder);
  const docxName = freshName(folder, files.base, 'docx');
  const jsonName = freshName(folder, files.base, 'json');
  try {
    // Written in the thread pool: a slow folder (a USB stick, a network drive) must not hold
    // every other request meanwhile.
    await writeFile(join(folder, docxName), files.docx, { flag: 'wx' });
    await writeFile(join(folder, jsonName), files.json, { flag: 'wx' });
  } catch {
    throw new WorkbenchError({
      code: 'internal',
      message: 'The export could not be written to that folder. Check it is not read-only, then try again.',
    });
  }
  return { folder, files: [docxName, jsonName], included: files.included, withheld: files.withheld };
}
