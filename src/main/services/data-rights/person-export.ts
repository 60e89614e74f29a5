/** Writes a subject access export (readable .docx + complete .json) into a folder the person chose. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoleLabels } from '../../../shared/domain/case-model';
import { fileSlug } from '../../../shared/domain/file-names';
import { WorkbenchError } from '../../../shared/errors';
import { buildSubjectAccessDocument } from '../../documents/subject-access';
import { assertFolderExists, freshName, type ServiceContext } from '../core';
import { collectSubjectAccess } from './subject-access';

export async function exportPerson(
  ctx: ServiceContext,
  personId: string,
  folder: string,
  roleLabels: RoleLabels,
): Promise<string[]> {
  assertFolderExists(folder);
  const record = collectSubjectAccess(ctx, personId);
  const base = `subject-access-${fileSlug(record.person.preferredName)}-${record.generatedAt.slice(0, 10)}`;
  const docx = await buildSubjectAccessDocument(record, roleLabels);
  const docxName = freshName(folder, base, 'docx');
  const jsonName = freshName(folder, base, 'json');
  try {
    writeFileSync(join(folder, docxName), docx, { flag: 'wx' });
    writeFileSync(join(folder, jsonName), `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
  } catch {
    throw new WorkbenchError({
      code: 'internal',
      message: 'The export could not be written to that folder. Check it is not read-only, then try again.',
    });
  }
  return [docxName, jsonName];
}
