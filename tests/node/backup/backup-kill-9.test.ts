/**
 * kill -9 while backing up, twenty times at random moments: afterwards the vault opens intact
 * with every acknowledged note, and every file in the backup folder is either a complete
 * backup that verifies in full, or plainly named as unfinished (.writing) or failed
 * (.failed): never a file that looks complete and is not. The next start leaves no temp file
 * in the vault folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupFileKind } from '../../../src/main/vault/backup/backup-files';
import { openBackup, unsealAndVerify } from '../../../src/main/vault/backup/backup-open';
import type { RunnerLine } from '../support/backup-runner';
import { backupFolder, backupWorkbench, chooseBackupFolder } from '../support/backup-kit';
import { call, createVault, openTempWorkbench, tempDir, TEST_PASSPHRASE } from '../support/temp-workbench';
import { mulberry32 } from '../support/seeded-random';

const ROUNDS = 20;
const RUNNER = fileURLToPath(new URL('../support/backup-runner.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

interface Run {
  lines: RunnerLine[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the runner; `killAfterMs` after its first "backing-up" line (if given), SIGKILL. */
function runRunner(
  dir: string,
  round: number,
  killAfterMs?: number,
  stopAfterBackups = Infinity,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, dir, TEST_PASSPHRASE, String(round)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: RunnerLine[] = [];
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let backups = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, newline)) as RunnerLine;
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        if (line.kind === 'backing-up' && killAfterMs !== undefined && !timer) {
          timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
        if (line.kind === 'backed-up' && ++backups >= stopAfterBackups) child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      resolve({ lines, signal, stderr });
    });
  });
}

let dir: string;
let folder: string;
let backupMs = 0;
beforeAll(async () => {
  dir = tempDir('rw-backup-kill-');
  folder = backupFolder();
  const wb = backupWorkbench({ folder, file: null }, { dir });
  await createVault(wb);
  for (let i = 0; i < 300; i += 1)
    await call(wb, 'note:save', { body: `Earlier visit ${i}: ${'a calm talk. '.repeat(150)}` });
  await chooseBackupFolder(wb);
  wb.vault.lock('quit');
  // Calibration: how long one backup takes here, uninterrupted.
  const calibration = await runRunner(dir, 0, undefined, 2);
  expect(calibration.stderr).toBe('');
  const timings = calibration.lines.flatMap((l) => (l.kind === 'backed-up' ? [l] : []));
  expect(timings.map((t) => t.outcome)).toEqual(['verified', 'verified']);
  backupMs = Math.max(...timings.map((t) => t.ms));
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
});

it(`kill -9 at ${ROUNDS} random moments of a backup: the vault intact, every backup complete and verified or plainly unfinished`, async () => {
  const seed = Number(process.env['KILL_SEED'] ?? Math.floor(Math.random() * 2 ** 32));
  const random = mulberry32(seed);
  const acknowledged = new Map<string, string>();
  let killedMidBackup = 0;
  let unfinishedSeen = 0;
  for (let round = 1; round <= ROUNDS; round += 1) {
    const delay = Math.floor(random() * backupMs * 1.1);
    const where = `KILL_SEED=${seed}, round ${round}, killed ${delay} ms into a backup`;
    const run = await runRunner(dir, round, delay);
    expect(run.stderr, where).toBe('');
    expect(run.signal, where).toBe('SIGKILL');
    for (const line of run.lines) if (line.kind === 'ack') acknowledged.set(line.id, sha(line.body));
    const afterStart = run.lines.slice(run.lines.findIndex((l) => l.kind === 'backing-up'));
    if (!afterStart.some((l) => l.kind === 'backed-up')) killedMidBackup += 1;

    // Every file in the backup folder: complete and verifying in full, or plainly unfinished.
    const wb = openTempWorkbench({ dir });
    const unlocked = (await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE })) as {
      problem?: unknown;
    };
    expect(unlocked.problem, where).toBeUndefined();
    const source = wb.vault.source();
    try {
      for (const name of readdirSync(folder)) {
        const kind = backupFileKind(name);
        expect(kind, `${where}: ${name}`).not.toBeNull();
        if (kind !== 'complete') {
          unfinishedSeen += 1;
          continue;
        }
        const opened = openBackup(join(folder, name), source.dataKey)!;
        expect(opened, `${where}: ${name}`).not.toBeNull();
        const check = join(tempDir('rw-kill-check-'), 'check.db');
        const verdict = await unsealAndVerify(opened, source.dataKey, check, opened.manifest.tables, {});
        expect(verdict, `${where}: ${name}`).toBe('verified');
        rmSync(join(check, '..'), { recursive: true, force: true });
      }
    } finally {
      source.dataKey.fill(0);
    }
    // The vault: sound, every acknowledged note exactly, no temp file left by the backup.
    expect(wb.vault.db.pragma('integrity_check', { simple: true }), where).toBe('ok');
    const stored = new Map(
      (wb.vault.db.prepare('SELECT id, body FROM notes').all() as { id: string; body: string }[]).map((r) => [
        r.id,
        sha(r.body),
      ]),
    );
    for (const [id, hash] of acknowledged) expect(stored.get(id), `${where}: note ${id}`).toBe(hash);
    expect(
      readdirSync(dir).filter((n) => n.includes('verifying') || n.includes('restoring')),
      where,
    ).toEqual([]);
    wb.vault.lock('quit');
  }
  expect(killedMidBackup).toBeGreaterThanOrEqual(ROUNDS / 2);
  console.log(
    `backup kill -9: a backup took ${backupMs} ms; ${killedMidBackup}/${ROUNDS} runs killed mid-backup; ` +
      `${unfinishedSeen} unfinished or failed files seen (plainly named); ${readdirSync(folder).length} files in the folder (KILL_SEED=${seed})`,
  );
}, 600_000);
