/**
 * Child process for the storage-update kill -9 test: opens the vault in `dir` and unlocks it,
 * which updates a vault in the old format. With a step name it kills itself with SIGKILL the
 * moment the update reaches that step (the parent also kills it at random moments). One JSON
 * line on fd 1 before the unlock and one after it, written with writeSync (see note-writer.ts).
 *
 * Usage: node --import tsx tests/node/support/storage-updater.ts <dir> <passphrase> [step]
 */
import { writeSync } from 'node:fs';
import type { StorageUpdateStep } from '../../../src/main/vault/storage-update';
import { createWorkbench } from '../../../src/main/workbench';
import { TEST_SCRYPT } from './temp-workbench';

export type UpdaterLine = { kind: 'unlocking' } | { kind: 'unlocked'; ms: number; problem: string | null };

const [dir, passphrase, killAt] = process.argv.slice(2);
if (!dir || !passphrase) {
  console.error('usage: storage-updater <dir> <passphrase> [step]');
  process.exit(64);
}

const emit = (line: UpdaterLine) => writeSync(1, `${JSON.stringify(line)}\n`);

const workbench = createWorkbench({
  dir,
  scryptCost: TEST_SCRYPT,
  storageUpdateHooks: {
    reached(step: StorageUpdateStep) {
      if (step === killAt) process.kill(process.pid, 'SIGKILL');
    },
  },
});
const started = Date.now();
emit({ kind: 'unlocking' });
const unlocked = await workbench.dispatch('vault:unlock', { passphrase });
if (!unlocked.ok) {
  console.error(`unlock failed: ${unlocked.error.code}`);
  process.exit(2);
}
emit({ kind: 'unlocked', ms: Date.now() - started, problem: workbench.vault.status().problem?.code ?? null });
workbench.close();
