/**
 * The storage update survives kill -9 at any moment. A child process unlocks a vault in the
 * old format (made by test code, with notes in the main file and more only in its WAL, as a
 * crash leaves them) and is killed with SIGKILL: at each step of the update, at random moments
 * during it, and several times in a row on the same folder. After every kill the folder holds
 * exactly one readable vault (read straight from disk by test code, as the key file says),
 * then the app unlocks it: AEGIS, every note exactly, nothing left over, nothing damaged.
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageUpdateStep } from '../../../src/main/vault/storage-update';
import { readNotesFromDisk, writeLegacyVault } from '../support/legacy-vault';
import type { UpdaterLine } from '../support/storage-updater';
import { call, openTempWorkbench, tempDir, TEST_PASSPHRASE } from '../support/temp-workbench';
import { mulberry32 } from '../support/seeded-random';

const UPDATER = fileURLToPath(new URL('../support/storage-updater.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const STEPS: StorageUpdateStep[] = ['copied', 'verified', 'committed', 'swapped'];
const RANDOM_KILLS = 10;
const NOTES = 1_500;

interface Run {
  lines: UpdaterLine[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** Runs the updater; `killAfterMs` after it says it is unlocking, it is sent SIGKILL. */
function runUpdater(
  dir: string,
  options: { step?: StorageUpdateStep; killAfterMs?: number } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', UPDATER, dir, TEST_PASSPHRASE, ...(options.step ? [options.step] : [])];
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: UpdaterLine[] = [];
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, newline)) as UpdaterLine;
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        if (line.kind === 'unlocking' && options.killAfterMs !== undefined) {
          timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ lines, signal, code, stderr });
    });
  });
}

describe('kill -9 during the storage update', () => {
  let template: string;
  let expected: Map<string, string>;
  let fullRunMs: number;
  const dirs: string[] = [];

  beforeAll(async () => {
    template = tempDir('rw-update-template-');
    const bodies = Array.from(
      { length: NOTES },
      (_, i) =>
        `Visit ${i} with Kai Fernsby: ${'the family agreed to meet again at the library. '.repeat(40)}`,
    );
    const legacy = await writeLegacyVault(template, { notes: bodies, leaveWal: true });
    expected = new Map(legacy.noteIds.map((id, i) => [id, bodies[i]!]));
    // Calibration: an update that is not interrupted, to know how long one takes here.
    const dir = copyOfTemplate();
    const run = await runUpdater(dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const done = run.lines.find((line) => line.kind === 'unlocked');
    expect(done).toMatchObject({ kind: 'unlocked', problem: null });
    fullRunMs = done?.kind === 'unlocked' ? done.ms : 0;
    await expectOneVaultThenUpdated(dir, 'the uninterrupted run');
  }, 120_000);

  afterAll(() => {
    for (const dir of [template, ...dirs]) rmSync(dir, { recursive: true, force: true });
  });

  function copyOfTemplate(): string {
    const dir = tempDir('rw-update-kill-');
    dirs.push(dir);
    cpSync(template, dir, { recursive: true });
    return dir;
  }

  /** Exactly one readable vault on disk with every note, then the app opens it updated. */
  async function expectOneVaultThenUpdated(dir: string, where: string): Promise<void> {
    const onDisk = await readNotesFromDisk(dir);
    expect(onDisk.notes, where).toEqual(expected);

    const wb = openTempWorkbench({ dir });
    try {
      const state = await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE });
      expect(state, where).toEqual({ state: 'unlocked', retryAfterMs: 0 });
      const stored = new Map(
        (wb.vault.db.prepare('SELECT id, body FROM notes').all() as { id: string; body: string }[]).map(
          (r) => [r.id, r.body],
        ),
      );
      expect(stored, where).toEqual(expected);
      expect(wb.vault.db.pragma('integrity_check', { simple: true }), where).toBe('ok');
      await call(wb, 'vault:lock', {});
      expect((await readNotesFromDisk(dir)).format, where).toBe('aegis');
      // The full check after an unclean shutdown may still be reading for a moment after the
      // lock (its own read-only connection keeps the -wal/-shm); then the folder is tidy.
      const tidy = ['vault.db', 'vault.key', 'vault.state'];
      for (let waited = 0; waited < 15_000 && readdirSync(dir).sort().join() !== tidy.join(); waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(readdirSync(dir).sort(), where).toEqual(tidy);
    } finally {
      wb.close();
    }
  }

  it.each(STEPS)(
    'killed the moment the update is %s: one readable vault, then updated with every note',
    async (step) => {
      const dir = copyOfTemplate();
      const run = await runUpdater(dir, { step });
      expect(run.stderr).toBe('');
      expect(run.signal).toBe('SIGKILL');
      expect(run.lines.some((line) => line.kind === 'unlocked')).toBe(false);
      const onDisk = await readNotesFromDisk(dir);
      // Before the key file is replaced the old file is the vault; from then on the new one is.
      expect(onDisk.format).toBe(step === 'copied' || step === 'verified' ? 'sqlcipher' : 'aegis');
      await expectOneVaultThenUpdated(dir, `killed at ${step}`);
    },
    60_000,
  );

  it(`killed at ${RANDOM_KILLS} random moments of the update, and again while recovering from a kill`, async () => {
    const seed = Number(process.env['KILL_SEED'] ?? Math.floor(Math.random() * 2 ** 32));
    const random = mulberry32(seed);
    expect(fullRunMs).toBeGreaterThan(0);
    const killed: number[] = [];
    for (let round = 1; round <= RANDOM_KILLS; round++) {
      const dir = copyOfTemplate();
      const delay = Math.floor(random() * fullRunMs * 1.2);
      const where = `KILL_SEED=${seed}, round ${round}, killed ${delay} ms into the unlock`;
      const first = await runUpdater(dir, { killAfterMs: delay });
      expect(first.stderr, where).toBe('');
      if (first.signal === 'SIGKILL') killed.push(delay);
      // Every third round is killed a second time while it picks up where the first left off.
      if (round % 3 === 0) {
        const again = await runUpdater(dir, { killAfterMs: Math.floor(random() * fullRunMs) });
        expect(again.stderr, where).toBe('');
      }
      await expectOneVaultThenUpdated(dir, where);
    }
    // The kills really landed during updates, not all after them.
    expect(killed.length).toBeGreaterThanOrEqual(RANDOM_KILLS / 2);
    console.log(
      `storage update kill -9: a full update took ${fullRunMs} ms; ${killed.length}/${RANDOM_KILLS} runs killed mid-way (KILL_SEED=${seed})`,
    );
  }, 240_000);
});
