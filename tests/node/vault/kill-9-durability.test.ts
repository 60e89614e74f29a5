/**
 * Nothing acknowledged is lost when the app is killed outright. A child process writes notes
 * through the real dispatcher as fast as it can and prints each acknowledgement; the parent
 * kills it with SIGKILL at a random moment, reopens the vault and checks that the database is
 * sound and holds every acknowledged note exactly. Twenty rounds on the same vault, so later
 * rounds also recover from WALs and checkpoints left by earlier kills; once on a vault made
 * new, once on one migrated from the old format.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VAULT_ORIGINS } from '../support/legacy-vault';
import type { WriterLine } from '../support/note-writer';
import { createVault, openTempWorkbench, tempDir, TEST_PASSPHRASE, call } from '../support/temp-workbench';
import { mulberry32 } from '../support/seeded-random';

const ROUNDS = 20;
const WRITER = fileURLToPath(new URL('../support/note-writer.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Small seeded PRNG, so a failing run can be repeated with KILL_SEED=<seed>. */
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

interface RoundResult {
  acks: number;
  /** id -> body hash of every complete line, in order. */
  lines: { kind: WriterLine['kind']; id: string; hash: string }[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the writer until `delayMs` after its first acknowledgement, then kills it with SIGKILL. */
function runWriterAndKill(dir: string, round: number, delayMs: number): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    // node --import tsx, not `npx tsx`: the SIGKILL must hit the writer, not a wrapper process.
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, TEST_PASSPHRASE, String(round)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    let stderr = '';
    let acks = 0;
    let killTimer: NodeJS.Timeout | undefined;
    const lines: RoundResult['lines'] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, newline)) as WriterLine;
        buffered = buffered.slice(newline + 1);
        lines.push({ kind: line.kind, id: line.id, hash: sha(line.body) });
        if (line.kind === 'ack' && ++acks === 1) {
          killTimer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    // 'close' waits for stdout to drain, so every line the writer got out is counted.
    child.on('close', (_code, signal) => {
      clearTimeout(killTimer);
      resolve({ acks, lines, signal, stderr });
    });
  });
}

describe.each(VAULT_ORIGINS)('kill -9 while saving (%s vault)', (origin) => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('rw-kill9-');
    const wb = openTempWorkbench({ dir });
    await createVault(wb, TEST_PASSPHRASE, origin);
    wb.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps every acknowledged note, exactly, across ${ROUNDS} SIGKILLs at random moments`, async () => {
    const seed = Number(process.env['KILL_SEED'] ?? Math.floor(Math.random() * 2 ** 32));
    const random = mulberry32(seed);
    const context = `KILL_SEED=${seed}`;
    /** What each note must hold: the body hash of its last acknowledged save. */
    const acknowledged = new Map<string, string>();
    let totalAcks = 0;
    let inFlightSeen = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      const delayMs = 100 + Math.floor(random() * 500);
      const result = await runWriterAndKill(dir, round, delayMs);
      const where = `${context}, round ${round}, killed ${delayMs} ms after the first ack`;
      expect(result.stderr, where).toBe('');
      expect(result.signal, where).toBe('SIGKILL');
      expect(result.acks, where).toBeGreaterThan(0);
      totalAcks += result.acks;

      // Replay the lines: an intent without its ack is the save the kill interrupted.
      const pending = new Map<string, string>();
      for (const line of result.lines) {
        if (line.kind === 'intent') pending.set(line.id, line.hash);
        else {
          acknowledged.set(line.id, line.hash);
          pending.delete(line.id);
        }
      }
      expect(pending.size, where).toBeLessThanOrEqual(1);

      const wb = openTempWorkbench({ dir });
      const state = (await call(wb, 'vault:unlock', { passphrase: TEST_PASSPHRASE })) as {
        problem?: unknown;
      };
      expect(state.problem, where).toBeUndefined();
      expect(wb.vault.db.pragma('integrity_check', { simple: true }), where).toBe('ok');
      const stored = new Map(
        (wb.vault.db.prepare('SELECT id, body FROM notes').all() as { id: string; body: string }[]).map(
          (row) => [row.id, sha(row.body)],
        ),
      );
      for (const [id, hash] of acknowledged) {
        const actual = stored.get(id);
        // The interrupted save may or may not have committed; anything else must match exactly.
        const allowed = pending.has(id) ? [hash, pending.get(id)] : [hash];
        expect(allowed, `${where}: note ${id} ${actual ? 'has the wrong body' : 'is missing'}`).toContain(
          actual,
        );
      }
      for (const [id, hash] of pending) {
        const actual = stored.get(id);
        if (actual === hash) inFlightSeen++;
        if (actual !== undefined) acknowledged.set(id, actual);
      }
      // Nothing appeared that the writer never tried to save.
      expect(stored.size, where).toBe(acknowledged.size);
      wb.close();
    }

    expect(totalAcks).toBeGreaterThan(ROUNDS);
    const megabytes = (statSync(join(dir, 'vault.db')).size / 2 ** 20).toFixed(1);
    console.log(
      `kill -9 (${origin} vault): ${ROUNDS} rounds, ${totalAcks} acknowledged saves, ${acknowledged.size} notes (${megabytes} MB), ` +
        `${inFlightSeen} interrupted saves found committed (${context})`,
    );
  }, 120_000);
});
