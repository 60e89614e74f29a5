import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Database } from '../../../src/main/vault/sqlite';
import { VAULT_ORIGINS, type VaultOrigin } from '../support/legacy-vault';
import {
  call,
  migrateThroughLegacy,
  openTempWorkbench,
  tempDir,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { findPlaintext } from '../support/vault-files';

const CANARY = 'CANARY-7f3a-Zebedee';

let wb: TempWorkbench | undefined;
afterEach(() => {
  wb?.cleanup();
  wb = undefined;
});

/**
 * A short note, a long one that spans many pages, and one saved twice (upsert path). In a
 * migrated vault the first two were written in the old format and went through the update.
 */
async function vaultWithCanary(origin: VaultOrigin): Promise<{ wb: TempWorkbench; ids: string[] }> {
  const w = openTempWorkbench();
  await call(w, 'vault:create', { passphrase: TEST_PASSPHRASE });
  const ids: string[] = [];
  const bodies = [`Spoke with the family. ${CANARY} agreed to attend.`, `${CANARY} `.repeat(2_000)];
  for (const body of bodies) ids.push(((await call(w, 'note:save', { body })) as { id: string }).id);
  if (origin === 'migrated') await migrateThroughLegacy(w);
  ids.push(
    ((await call(w, 'note:save', { body: `First draft mentioning ${CANARY}.` })) as { id: string }).id,
  );
  await call(w, 'note:save', { id: ids[2], body: `Second draft, still ${CANARY}, with more detail.` });
  return { wb: w, ids };
}

describe('the canary search itself', () => {
  it('the byte search finds a canary in an unencrypted SQLite file (control: the search can fail)', () => {
    const dir = tempDir();
    for (const [file, encoding] of [
      ['plain-utf8.db', 'UTF-8'],
      ['plain-utf16le.db', 'UTF-16le'],
      ['plain-utf16be.db', 'UTF-16be'],
    ] as const) {
      const db = new Database(join(dir, file));
      db.pragma(`encoding = '${encoding}'`);
      db.exec('CREATE TABLE t (body TEXT)');
      db.prepare('INSERT INTO t VALUES (?)').run(`note: ${CANARY}`);
      db.close();
    }
    // (A UTF-16 pattern also matches its mirror one byte along, so check inclusion only.)
    const hits = findPlaintext(dir, CANARY);
    expect(hits).toContain('plain-utf8.db (utf-8)');
    expect(hits).toContain('plain-utf16le.db (utf-16le)');
    expect(hits).toContain('plain-utf16be.db (utf-16be)');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.each(VAULT_ORIGINS)('case text is encrypted at rest (%s vault)', (origin) => {
  it('a canary saved in notes is in no file of the vault folder while unlocked (WAL not yet checkpointed)', async () => {
    const { wb: w, ids } = await vaultWithCanary(origin);
    wb = w;
    // The notes are really stored: without this the search below would prove nothing.
    expect(await call(w, 'note:get', { id: ids[0] })).toMatchObject({
      body: `Spoke with the family. ${CANARY} agreed to attend.`,
    });
    expect(await call(w, 'note:get', { id: ids[2] })).toMatchObject({
      body: `Second draft, still ${CANARY}, with more detail.`,
    });
    const wal = join(w.dir, 'vault.db-wal');
    expect(existsSync(wal)).toBe(true);
    expect(statSync(wal).size).toBeGreaterThan(0);
    expect(existsSync(join(w.dir, 'vault.db-shm'))).toBe(true);

    expect(findPlaintext(w.dir, CANARY)).toEqual([]);
  });

  it('a canary saved in notes is in no file of the vault folder after lock, and reads back after unlock', async () => {
    const { wb: w, ids } = await vaultWithCanary(origin);
    wb = w;
    await call(w, 'vault:lock', {});
    expect(existsSync(join(w.dir, 'vault.db'))).toBe(true);

    expect(findPlaintext(w.dir, CANARY)).toEqual([]);

    await call(w, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    const note = (await call(w, 'note:get', { id: ids[1] })) as { body: string };
    expect(note.body).toBe(`${CANARY} `.repeat(2_000));
  });

  it('the database file does not start with the plaintext "SQLite format 3" header', async () => {
    const { wb: w } = await vaultWithCanary(origin);
    wb = w;
    const header = 'SQLite format 3\u0000';
    expect(readFileSync(join(w.dir, 'vault.db')).subarray(0, 16).toString('latin1')).not.toBe(header);
    await call(w, 'vault:lock', {});
    const bytes = readFileSync(join(w.dir, 'vault.db'));
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe(header);
    expect(bytes.includes(Buffer.from('SQLite format', 'latin1'))).toBe(false);
  });
});
