/**
 * Whether a copy of the vault's database is sound and complete, the same way wherever a copy
 * is made (the storage update's new file, a backup opened in a temporary place, a restored
 * file before it replaces anything): the header is what its record says (and never plain
 * SQLite: a copy written by the wrong connection would be plaintext), `integrity_check` over
 * its own read-only connection in a worker finds nothing, and every table has exactly the
 * rows it should.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import type { CipherRecord } from './cipher-record';
import { headerProblem } from './file-header';
import { startCheck, WorkerTaskError, type TableCounts, type WorkerEnvironment } from './vault-worker';

export type CopyVerdict = 'verified' | 'header' | 'damaged' | 'counts';

export function sameCounts(a: TableCounts, b: TableCounts): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

export async function verifyCopy(
  path: string,
  record: CipherRecord,
  dataKey: Buffer,
  expected: TableCounts,
  environment: WorkerEnvironment & { signal?: AbortSignal | undefined },
): Promise<CopyVerdict> {
  if (headerProblem(path, record, dataKey)) return 'header';
  const created = ['-wal', '-shm'].filter((suffix) => !existsSync(path + suffix));
  try {
    // A stop (a lock that cannot wait) ends the worker; its connection closes with it.
    const task = startCheck(path, record, dataKey, {
      nativeBinding: environment.nativeBinding,
      counts: true,
    });
    const stop = () => void task.stop();
    environment.signal?.addEventListener('abort', stop, { once: true });
    const check = await task.result.finally(() => environment.signal?.removeEventListener('abort', stop));
    if (!check.intact) return 'damaged';
    return check.counts && sameCounts(expected, check.counts) ? 'verified' : 'counts';
  } catch (error) {
    if (error instanceof WorkerTaskError) return 'damaged';
    throw error;
  } finally {
    // The read-only connection leaves an empty log and index beside a WAL-mode file: those go.
    if (created.includes('-wal') && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size === 0) {
      for (const suffix of created) rmSync(path + suffix, { force: true });
    }
  }
}
