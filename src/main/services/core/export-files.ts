/** Writing exported files into a folder the facilitator chose, never over an earlier one. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WorkbenchError } from '../../../shared/errors';

/** A name not yet taken in the folder: a second export on the same day gets "-2", "-3"... */
export function freshName(folder: string, base: string, extension: string): string {
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}.${extension}`;
    if (!existsSync(join(folder, name))) return name;
  }
}

/** Refuses a folder that has gone (a USB stick pulled out) before anything is built. */
export function assertFolderExists(folder: string): void {
  if (!existsSync(folder))
    throw new WorkbenchError({
      code: 'not_found',
      message: 'That folder is no longer there. Choose another.',
    });
}
