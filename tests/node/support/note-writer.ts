/**
 * Child process for the kill -9 test: opens the vault in `dir` and saves notes through the
 * dispatcher as fast as it can until it is killed. Before each save it prints an `intent`
 * line and after the save is acknowledged an `ack` line, one JSON object per line.
 *
 * Lines go out with fs.writeSync on fd 1 (retried until complete), never through process.stdout: when the
 * pipe is full, process.stdout queues writes in memory, and a SIGKILL would then lose lines
 * for saves that did reach the database, so the parent would see bodies it never heard of.
 *
 * Usage: node --import tsx tests/node/support/note-writer.ts <dir> <passphrase> <round>
 * (Run it with node directly, not through `npx tsx`, which would put a wrapper process in
 * between and the SIGKILL would hit the wrapper instead of the writer.)
 */
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createWorkbench } from '../../../src/main/workbench';
import { TEST_SCRYPT, withStandingCase } from './temp-workbench';

export interface WriterLine {
  kind: 'intent' | 'ack';
  id: string;
  body: string;
}

const [dir, passphrase, round = '0'] = process.argv.slice(2);
if (!dir || !passphrase) {
  console.error('usage: note-writer <dir> <passphrase> <round>');
  process.exit(64);
}

const workbench = createWorkbench({ dir, scryptCost: TEST_SCRYPT });
const unlocked = await workbench.dispatch('vault:unlock', { passphrase });
if (!unlocked.ok) {
  console.error(`unlock failed: ${unlocked.error.code}`);
  process.exit(2);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function emit(line: WriterLine): void {
  const bytes = Buffer.from(`${JSON.stringify(line)}\n`, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      // The pipe is non-blocking: when it is full, wait for the parent to read, then retry.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
const mine: string[] = [];

for (let seq = 0; ; seq++) {
  // Mostly new notes, some rewrites of an earlier one (the autosave path), and now and then
  // a large note so the WAL grows towards an automatic checkpoint.
  const rewrite = seq % 4 === 3 && mine.length > 0;
  const id = rewrite ? mine[seq % mine.length]! : randomUUID();
  const filler = seq % 50 === 0 ? 'ü-long text ✓ '.repeat(2_000) : 'text '.repeat(seq % 40);
  const body = `round ${round} save ${seq} ${rewrite ? 'rewrite' : 'new'} ${filler}${randomUUID()}`;
  emit({ kind: 'intent', id, body });
  const saved = await workbench.dispatch(
    'note:save',
    await withStandingCase(workbench, 'note:save', { id, body }),
  );
  if (!saved.ok) {
    console.error(`save failed: ${saved.error.code}`);
    process.exit(3);
  }
  if (!rewrite) mine.push(id);
  emit({ kind: 'ack', id, body });
}
