/**
 * Child process for the backup kill -9 test: unlocks the vault in `dir` (its backup folder is
 * already chosen) and, until it is killed, saves a few notes and then backs up, over and over.
 * One JSON line on fd 1 for each acknowledged save and around each backup, written with
 * writeSync (see note-writer.ts for why).
 *
 * Usage: node --import tsx tests/node/support/backup-runner.ts <dir> <passphrase> <round>
 */
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createWorkbench } from '../../../src/main/workbench';
import { TEST_SCRYPT, withStandingCase } from './temp-workbench';

export type RunnerLine =
  | { kind: 'ack'; id: string; body: string }
  | { kind: 'backing-up' }
  | { kind: 'backed-up'; ms: number; outcome: string };

const [dir, passphrase, round = '0'] = process.argv.slice(2);
if (!dir || !passphrase) {
  console.error('usage: backup-runner <dir> <passphrase> <round>');
  process.exit(64);
}

const emit = (line: RunnerLine) => writeSync(1, `${JSON.stringify(line)}\n`);
const workbench = createWorkbench({ dir, scryptCost: TEST_SCRYPT });
const unlocked = await workbench.dispatch('vault:unlock', { passphrase });
if (!unlocked.ok) {
  console.error(`unlock failed: ${unlocked.error.code}`);
  process.exit(2);
}
for (let cycle = 0; ; cycle += 1) {
  for (let i = 0; i < 5; i += 1) {
    const id = randomUUID();
    const body = `round ${round} cycle ${cycle} note ${i} ${'the group met again. '.repeat(40)}`;
    const saved = await workbench.dispatch(
      'note:save',
      await withStandingCase(workbench, 'note:save', { id, body }),
    );
    if (!saved.ok) {
      console.error(`save failed: ${saved.error.code}`);
      process.exit(3);
    }
    emit({ kind: 'ack', id, body });
  }
  emit({ kind: 'backing-up' });
  const started = Date.now();
  const result = await workbench.dispatch('backup:now', {});
  const outcome = result.ok
    ? (result.value as { results: { outcome: string }[] }).results[0]!.outcome
    : result.error.code;
  emit({ kind: 'backed-up', ms: Date.now() - started, outcome });
}
