/**
 * The pieces of the format on their own, over real files: the header check (first 24 bytes
 * only), the write-ahead log check (what SQLite would silently drop versus a torn tail), and
 * the key file's versions.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aegisRecord, expectedHeader, keyConnection } from '../../../src/main/vault/cipher-record';
import { headerProblem } from '../../../src/main/vault/file-header';
import { readKeyFile } from '../../../src/main/vault/key-file';
import { Database, type Db } from '../../../src/main/vault/sqlite';
import { checkWal } from '../../../src/main/vault/wal-check';
import { writeLegacyVault } from '../support/legacy-vault';
import { tempDir } from '../support/temp-workbench';
import { flipBytes, PAGE_SIZE } from '../support/vault-files';

const FRAME = 24 + PAGE_SIZE;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

function aegisDatabase(path: string, key: Buffer): Db {
  const db = new Database(path);
  keyConnection(db, aegisRecord(), key);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (body TEXT)');
  return db;
}

/** A database whose WAL holds `commits` transactions, copied while open (a crash image). */
function walImage(commits: number): { dir: string; wal: string; key: Buffer } {
  const dir = folder();
  const key = randomBytes(32);
  const db = aegisDatabase(join(dir, 'live.db'), key);
  for (let i = 0; i < commits; i++)
    db.prepare('INSERT INTO t VALUES (?)').run(`row ${i} ${'x'.repeat(3000)}`);
  for (const suffix of ['', '-wal'])
    copyFileSync(join(dir, `live.db${suffix}`), join(dir, `image.db${suffix}`));
  db.close();
  return { dir, wal: join(dir, 'image.db-wal'), key };
}

describe('the header check', () => {
  it('reads the first 24 bytes only: a 3 GiB file (too big to read whole) is checked at once', () => {
    const dir = folder();
    const key = randomBytes(32);
    const path = join(dir, 'vault.db');
    const db = aegisDatabase(path, key);
    db.close();
    expect(readFileSync(path).subarray(0, 24).equals(expectedHeader(aegisRecord(), key)!)).toBe(true);
    // Sparse: 3 GiB on paper, a few kilobytes on disk. readFileSync would refuse it.
    truncateSync(path, 3 * 2 ** 30);
    expect(() => readFileSync(path)).toThrow();
    expect(headerProblem(path, aegisRecord(), key)).toBeNull();
    // The same file with another key's salt (a vault.db from another vault) is refused.
    expect(headerProblem(path, aegisRecord(), randomBytes(32))).toMatch(/header is damaged/);
    expect(headerProblem(path, aegisRecord(80), key)).toMatch(/header is damaged/);
  });

  it('refuses a plaintext SQLite file and a file too short to be a vault', () => {
    const dir = folder();
    const plain = new Database(join(dir, 'plain.db'));
    plain.exec('CREATE TABLE t (x)');
    plain.close();
    expect(headerProblem(join(dir, 'plain.db'), aegisRecord(), randomBytes(32))).toMatch(/not encrypted/);
    writeFileSync(join(dir, 'short.db'), randomBytes(10));
    expect(headerProblem(join(dir, 'short.db'), aegisRecord(), randomBytes(32))).toMatch(/damaged/);
  });
});

describe('the write-ahead log check', () => {
  it('passes an intact log, and SQLite replays all of it', () => {
    const { wal } = walImage(30);
    expect(checkWal(wal)).toMatchObject({ problem: null, frames: (readFileSync(wal).length - 32) / FRAME });
    expect(checkWal(wal).replayed).toBe(checkWal(wal).frames);
  });

  it('passes a torn tail (the last, unacknowledged transaction cut short or half written)', () => {
    const { wal } = walImage(30);
    const size = readFileSync(wal).length;
    copyFileSync(wal, `${wal}.cut`);
    truncateSync(`${wal}.cut`, size - FRAME / 2);
    expect(checkWal(`${wal}.cut`).problem).toBeNull();
    // The last frame's page written over by other bytes, as when a kill lands between the
    // frame header and its page: SQLite drops that transaction, and so it should.
    flipBytes(wal, -100, 50);
    const report = checkWal(wal);
    expect(report.problem).toBeNull();
    expect(report.replayed).toBeLessThan(report.frames);
  });

  it('passes frames of an older log generation after the current ones', () => {
    const dir = folder();
    const db = aegisDatabase(join(dir, 'gen.db'), randomBytes(32));
    for (let i = 0; i < 40; i++) db.prepare('INSERT INTO t VALUES (?)').run('y'.repeat(3000));
    db.pragma('wal_checkpoint(RESTART)');
    // The next writes start the log again from the top, with new salts, over the old frames.
    for (let i = 0; i < 3; i++) db.prepare('INSERT INTO t VALUES (?)').run('z'.repeat(3000));
    copyFileSync(join(dir, 'gen.db-wal'), join(dir, 'image-wal'));
    db.close();
    const report = checkWal(join(dir, 'image-wal'));
    expect(report.problem).toBeNull();
    expect(report.frames).toBeGreaterThan(report.replayed);
  });

  it.each([
    ['a page in the middle', (frames: number) => 32 + Math.floor(frames / 3) * FRAME + 24 + 1000],
    ['the salt of a middle frame', (frames: number) => 32 + Math.floor(frames / 2) * FRAME + 9],
    ['the checksum of a middle frame', (frames: number) => 32 + Math.floor(frames / 2) * FRAME + 17],
    ['the log header', () => 12],
  ])('finds a changed byte in %s, which SQLite would silently skip with every later commit', (_label, at) => {
    const { dir, wal, key } = walImage(30);
    const frames = (readFileSync(wal).length - 32) / FRAME;
    const fd = openSync(wal, 'r+');
    const offset = at(frames);
    const byte = readFileSync(wal)[offset]!;
    writeSync(fd, Buffer.from([byte ^ 0x20]), 0, 1, offset);
    closeSync(fd);
    expect(checkWal(wal).problem).toMatch(/write-ahead log is damaged/);

    // The control: SQLite itself reports nothing and returns fewer rows than were committed.
    const db = new Database(join(dir, 'image.db'), { readonly: true });
    keyConnection(db, aegisRecord(), key);
    let rows: number | string;
    try {
      rows = (db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;
    } catch (error) {
      rows = (error as Error).message;
    } finally {
      db.close();
    }
    expect(rows).not.toBe(30);
  });
});

describe('the key file', () => {
  it('reads a version 1 file as SQLCipher 4 and refuses a version it does not know', async () => {
    const dir = folder();
    await writeLegacyVault(dir);
    expect(readKeyFile(join(dir, 'vault.key')).database).toEqual({
      cipher: 'sqlcipher',
      legacy: 4,
      pageSize: 4096,
      key: 'raw-data-key',
    });
    const file = JSON.parse(readFileSync(join(dir, 'vault.key'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'vault.key'), JSON.stringify({ ...file, version: 3 }));
    expect(() => readKeyFile(join(dir, 'vault.key'))).toThrow(/not in a format this app knows/);
    writeFileSync(
      join(dir, 'vault.key'),
      JSON.stringify({ ...file, version: 2, database: { cipher: 'chacha20' } }),
    );
    expect(() => readKeyFile(join(dir, 'vault.key'))).toThrow(/not in a format this app knows/);
  });
});
