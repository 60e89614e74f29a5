/**
 * Changed bytes anywhere in the vault are reported as a damaged vault (kept aside, never
 * deleted), never read back as other data: in a page only a read of the notes touches (found
 * by the full check after unlock, in its worker), in the write-ahead log (SQLite alone would
 * silently drop every later commit), and in the 24 bytes of the header SQLite keeps outside
 * the cipher.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VAULT_ORIGINS, type VaultOrigin } from '../support/legacy-vault';
import {
  call,
  callError,
  createVault,
  noteCount,
  openTempWorkbench,
  tempDir,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { copyCrashImage, flipBytes, leafPagesOf, PAGE_SIZE } from '../support/vault-files';

const DAY_AND_A_BIT = 25 * 3_600_000;
const open: TempWorkbench[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workbench(dir: string, now?: () => number): TempWorkbench {
  const wb = openTempWorkbench(now ? { dir, now } : { dir });
  open.push(wb);
  return wb;
}

async function vaultWithNotes(origin: VaultOrigin, count = 40) {
  const dir = tempDir();
  dirs.push(dir);
  const wb = workbench(dir);
  await createVault(wb, TEST_PASSPHRASE, origin);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = `Agreed with Ayla Brightwater, visit ${i}: ${'she will phone the school on Monday. '.repeat(60)}`;
    ids.push(((await call(wb, 'note:save', { body })) as { id: string }).id);
  }
  return { wb, dir, ids };
}

/** The damaged files, found by their new name: the main file and whatever log was beside it. */
function movedAside(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith('vault.db.unreadable-'))
    .sort();
}

describe.each(VAULT_ORIGINS)('tampering with a %s vault', (origin) => {
  it('a changed byte in a notes page is found by the full check after unlock, and the file kept aside', async () => {
    const { wb, dir, ids } = await vaultWithNotes(origin);
    const leaves = leafPagesOf(wb.vault.db, 'notes');
    expect(leaves.length).toBeGreaterThan(5);
    await call(wb, 'vault:lock', {});
    // A leaf in the middle of the notes table: nothing reads it while unlocking.
    const page = leaves[Math.floor(leaves.length / 2)]!;
    const damaged = flipBytes(join(dir, 'vault.db'), (page - 1) * PAGE_SIZE + 700);

    const next = workbench(dir, () => Date.now() + DAY_AND_A_BIT);
    const problems: unknown[] = [];
    next.vault.onProblem((problem) => problems.push(problem));
    const unlocked = (await call(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE })) as {
      problem?: unknown;
    };
    expect(unlocked.problem).toBeUndefined();
    expect(await next.vault.integrityCheck).toBe('damaged');

    const problem = next.vault.status().problem;
    expect(problem?.code).toBe('corrupt_vault');
    expect(problem?.message).toMatch(/A check of the case database after unlocking found damage/);
    expect(problem?.message).toMatch(/Nothing was deleted/);
    expect(problems).toEqual([problem]);
    const [moved] = movedAside(dir);
    expect(readFileSync(join(dir, moved!)).equals(damaged)).toBe(true);
    // The session goes on in an empty database; the damaged notes are never served.
    expect(noteCount(next)).toBe(0);
    expect((await callError(next, 'note:get', { id: ids[20] })).code).toBe('not_found');
  });

  it('a changed byte in the write-ahead log is refused at unlock, log and file kept aside as they were', async () => {
    const { wb, dir, ids } = await vaultWithNotes(origin, 20);
    // A crash image: the notes are still only in the log.
    const image = tempDir();
    dirs.push(image);
    copyCrashImage(dir, image);
    wb.close();
    const wal = join(image, 'vault.db-wal');
    const frameBytes = 24 + PAGE_SIZE;
    const frames = (readFileSync(wal).length - 32) / frameBytes;
    expect(frames).toBeGreaterThan(20);
    // A frame in the first third: many commits come after it.
    const changedWal = flipBytes(wal, 32 + Math.floor(frames / 3) * frameBytes + 24 + 900);
    const mainFile = readFileSync(join(image, 'vault.db'));

    const next = workbench(image);
    const state = await call(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(state).toMatchObject({ state: 'unlocked', problem: { code: 'corrupt_vault' } });
    const moved = movedAside(image);
    expect(moved.some((name) => name.endsWith('-wal'))).toBe(true);
    const movedMain = moved.find((name) => !name.endsWith('-wal') && !name.endsWith('-shm'))!;
    expect(readFileSync(join(image, movedMain)).equals(mainFile)).toBe(true);
    expect(readFileSync(join(image, `${movedMain}-wal`)).equals(changedWal)).toBe(true);
    // Not one of the notes comes back from the changed log, truncated or otherwise.
    for (const id of ids) expect((await callError(next, 'note:get', { id })).code).toBe('not_found');
  });

  it.each([
    ['the salt', 3],
    ['the page size', 16],
    ['the write version', 18],
    ['the reserved bytes', 20],
    ['the payload fraction', 22],
  ])(
    'a changed byte in the header (%s) is refused at unlock and the file kept aside',
    async (_label, offset) => {
      const { wb, dir } = await vaultWithNotes(origin, 5);
      await call(wb, 'vault:lock', {});
      const damaged = flipBytes(join(dir, 'vault.db'), offset);

      const next = workbench(dir);
      const state = await call(next, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
      expect(state).toMatchObject({ state: 'unlocked', problem: { code: 'corrupt_vault' } });
      const [moved] = movedAside(dir);
      expect(readFileSync(join(dir, moved!)).equals(damaged)).toBe(true);
      expect(existsSync(join(dir, 'vault.db'))).toBe(true);
      expect(noteCount(next)).toBe(0);
    },
  );
});
