/**
 * A real workbench over a real encrypted vault in a fresh temp folder. scrypt runs at a lower
 * cost than production (2^14 instead of 2^17) so the suite stays fast; one test in
 * vault-crypto.test.ts uses the production default.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench, type Workbench, type WorkbenchOptions } from '../../../src/main/workbench';

export const TEST_SCRYPT = { N: 2 ** 14, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'kitchen table circle morning';

export interface TempWorkbench extends Workbench {
  dir: string;
  cleanup(): void;
}

export function tempDir(prefix = 'rw-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTempWorkbench(options: Partial<WorkbenchOptions> = {}): TempWorkbench {
  const dir = options.dir ?? tempDir();
  const workbench = createWorkbench({ scryptCost: TEST_SCRYPT, ...options, dir });
  return {
    ...workbench,
    dir,
    cleanup() {
      workbench.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls a channel the way the renderer does and returns the value, or throws the error shape. */
export async function call(workbench: Workbench, channel: string, input: unknown = {}): Promise<unknown> {
  const envelope = await workbench.dispatch(channel, input);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error);
  return envelope.value;
}

/** Creates the vault through the dispatcher and returns the recovery key (shown once). */
export async function createVault(workbench: Workbench, passphrase = TEST_PASSPHRASE): Promise<string> {
  const { recoveryKey } = (await call(workbench, 'vault:create', { passphrase })) as { recoveryKey: string };
  return recoveryKey;
}

/** Calls a channel that must fail and returns its typed error shape. */
export async function callError(
  workbench: Workbench,
  channel: unknown,
  input: unknown = {},
): Promise<{ code: string; message: string; fields?: Record<string, string>; retryAfterMs?: number }> {
  const envelope = await workbench.dispatch(channel, input);
  if (envelope.ok) throw new Error(`${String(channel)} was expected to fail but succeeded`);
  return envelope.error;
}

/** Number of notes in the open vault, read straight from the database. */
export function noteCount(workbench: Workbench): number {
  return (workbench.vault.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
}
