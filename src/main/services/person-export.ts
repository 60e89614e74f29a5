/** Writes a subject access export (readable .docx + complete .json) into a folder the person chose. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoleLabels } from '../../shared/domain/case-model';
import { WorkbenchError } from '../../shared/errors';
import { buildSubjectAccessDocument } from '../documents/subject-access';
import type { ServiceContext } from './context';
import { collectSubjectAccess } from './data-rights';

/** A file-name-safe form of a name: letters and digits of any script, dashes between words. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'person';
}

/** Never overwrites: a second export on the same day gets "-2", "-3"... */
function freshName(folder: string, base: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}.${ext}`;
    if (!existsSync(join(folder, name))) return name;
  }
}

export async function exportPerson(
  ctx: ServiceContext,
  personId: string,
  folder: string,
  roleLabels: RoleLabels,
): Promise<string[]> {
  if (!existsSync(folder))
    throw new WorkbenchError({
      code: 'not_found',
      message: 'That folder is no longer there. Choose another.',
    });
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
