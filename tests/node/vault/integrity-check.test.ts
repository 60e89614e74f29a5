/**
 * The full integrity check after unlock: in a worker (the main thread keeps answering), once
 * a day after clean shutdowns and always after an unclean one, owed until it has passed, and
 * the marker that decides it says nothing about the data. What happens when it finds damage
 * is in tamper-detection.test.ts and damaged-vault.test.ts.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/vault/sqlite';
import { VAULT_ORIGINS } from '../support/legacy-vault';
import {
  call,
  createVault,
  openTempWorkbench,
  tempDir,
  TEST_PASSPHRASE,
  type TempWorkbench,
} from '../support/temp-workbench';
import { findPlaintext } from '../support/vault-files';

const HOUR = 3_600_000;
const WRITER = fileURLToPath(new URL('../support/note-writer.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const open: TempWorkbench[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A clock the test moves on. */
function clock(start = Date.now()) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function workbench(dir: string, now: () => number): TempWorkbench {
  const wb = openTempWorkbench({ dir, now });
  open.push(wb);
  return wb;
}

function marker(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'vault.state'), 'utf8')) as Record<string, unknown>;
}

/** Enough notes (about 30 MB) that a full check takes a while, written straight in SQL. */
function fill(db: Db, count = 6_000): void {
  const insert = db.prepare('INSERT INTO notes (id, body, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const at = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < count; i++)
      insert.run(randomUUID(), `Note ${i} ${'circle notes '.repeat(350)}`, at, at);
  })();
}

async function unlock(wb: TempWorkbench) {
  return call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
}

describe.each(VAULT_ORIGINS)('the full integrity check after unlock (%s vault)', (origin) => {
  it('runs when due, once a day after clean shutdowns', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const time = clock();
    const wb = workbench(dir, time.now);
    await createVault(wb, TEST_PASSPHRASE, origin);
    await call(wb, 'note:save', { body: 'Met Robin Ashdown at the school.' });
    await call(wb, 'vault:lock', {});

    time.advance(HOUR);
    await unlock(wb);
    // A new vault has never been checked; a migrated one was verified whole when it was updated.
    expect(await wb.vault.integrityCheck).toBe(origin === 'new' ? 'passed' : 'not-due');
    expect(marker(dir)).toMatchObject({ open: true, checkOwed: false });
    await call(wb, 'vault:lock', {});
    expect(marker(dir)).toMatchObject({ open: false, checkOwed: false });

    time.advance(2 * HOUR);
    await unlock(wb);
    expect(await wb.vault.integrityCheck).toBe('not-due');
    await call(wb, 'vault:lock', {});

    time.advance(25 * HOUR);
    await unlock(wb);
    expect(await wb.vault.integrityCheck).toBe('passed');
    expect(Date.parse(marker(dir)['lastCheckPassedAt'] as string)).toBe(time.now());
  });

  it('always runs after an unclean shutdown, even an hour after the last one passed', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const wb = workbench(dir, Date.now);
    await createVault(wb, TEST_PASSPHRASE, origin);
    await call(wb, 'vault:lock', {});
    await unlock(wb);
    expect(['passed', 'not-due']).toContain(await wb.vault.integrityCheck);
    await call(wb, 'vault:lock', {});
    wb.close();

    // A writer process has the vault open and is killed outright.
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, TEST_PASSPHRASE, '1'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    expect(marker(dir)).toMatchObject({ open: true });

    const next = workbench(dir, () => Date.now() + HOUR);
    await unlock(next);
    expect(await next.vault.integrityCheck).toBe('passed');
  });

  it('runs in a worker: the vault answers while it checks, and a lock stops it but it stays owed', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const time = clock();
    const wb = workbench(dir, time.now);
    await createVault(wb, TEST_PASSPHRASE, origin);
    fill(wb.vault.db);
    await call(wb, 'vault:lock', {});
    time.advance(25 * HOUR);

    await unlock(wb);
    let finished = false;
    const outcome = wb.vault.integrityCheck.then((result) => {
      finished = true;
      return result;
    });
    // Saves are answered while the whole file is being read on the other thread.
    for (let i = 0; i < 5; i++) await call(wb, 'note:save', { body: `Written during the check, ${i}.` });
    expect(finished).toBe(false);
    await call(wb, 'vault:lock', {});
    expect(await outcome).toBe('stopped');
    expect(marker(dir)).toMatchObject({ open: false, checkOwed: true });

    // Owed: the next unlock runs it, even though the day has not passed.
    time.advance(HOUR);
    await unlock(wb);
    expect(await wb.vault.integrityCheck).toBe('passed');
    expect(marker(dir)).toMatchObject({ checkOwed: false });
  });

  it('the marker says nothing about the data', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const wb = workbench(dir, Date.now);
    await createVault(wb, TEST_PASSPHRASE, origin);
    await call(wb, 'note:save', { body: 'CANARY-marker-Wendeline talked about the fence.' });
    await call(wb, 'vault:lock', {});
    expect(Object.keys(marker(dir)).sort()).toEqual([
      'checkOwed',
      'format',
      'lastCheckPassedAt',
      'open',
      'version',
    ]);
    expect(findPlaintext(dir, 'CANARY-marker-Wendeline')).toEqual([]);
  });
});
