/**
 * `vault.backups`, beside the key file, in clear: where backups go (one or two folders) and
 * whether a backup is owed because it could not finish before a lock or quit. It is read
 * when the database is not open: the unlock screen says a backup is owed, and when the
 * database cannot be read the latest backup is looked for in these folders. It holds folder
 * paths the facilitator chose and a time, nothing about cases. Written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { removeStaleTemps, writeFileAtomic } from '../atomic-file';

export const PLACES_FILE_NAME = 'vault.backups';

const placesSchema = z.object({
  format: z.literal('restorative-workbench/backup-places'),
  version: z.literal(1),
  folders: z.array(z.string().min(1).max(4_096)).max(2),
  owed: z.object({ at: z.string(), when: z.enum(['lock', 'quit']) }).nullable(),
});
export type BackupPlaces = Omit<z.infer<typeof placesSchema>, 'format' | 'version'>;

const none: BackupPlaces = { folders: [], owed: null };

export class BackupPlacesFile {
  readonly path: string;

  constructor(dir: string) {
    this.path = join(dir, PLACES_FILE_NAME);
    if (existsSync(dir)) removeStaleTemps(this.path);
  }

  read(): BackupPlaces {
    if (!existsSync(this.path)) return none;
    try {
      const parsed = placesSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      return parsed.success ? { folders: parsed.data.folders, owed: parsed.data.owed } : none;
    } catch {
      return none;
    }
  }

  update(change: Partial<BackupPlaces>): BackupPlaces {
    const next = { ...this.read(), ...change };
    const file = { format: 'restorative-workbench/backup-places', version: 1, ...next };
    writeFileAtomic(this.path, `${JSON.stringify(file, null, 2)}\n`);
    return next;
  }
}
