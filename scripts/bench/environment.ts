/** Where the figures came from, written at the top of results.md so runs can be compared. */
import { cpus, platform, release } from 'node:os';
import { Database } from '../../src/main/vault/sqlite';

function sqliteVersions(): string {
  const db = new Database(':memory:');
  try {
    const sqlite = db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
    let cipher = 'unknown';
    try {
      cipher = (db.prepare('SELECT sqlite3mc_version() AS v').get() as { v: string }).v;
    } catch {
      /* older builds have no version function; the SQLite version is still worth showing */
    }
    return `SQLite ${sqlite.v}, ${cipher}`;
  } finally {
    db.close();
  }
}

export function describeEnvironment(tempRoot: string, when: Date): string[] {
  const cpuList = cpus();
  return [
    `Run: ${when.toISOString()}`,
    `Node ${process.version} on ${platform()} ${release()} (${process.arch})`,
    `CPU: ${cpuList[0]?.model.trim() ?? 'unknown'} x ${cpuList.length}`,
    `Database driver: ${sqliteVersions()}`,
    `Temporary databases in: ${tempRoot} (set BENCH_TMPDIR to use another disk)`,
  ];
}
