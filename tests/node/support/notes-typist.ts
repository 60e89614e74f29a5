/**
 * Child process for the autosave kill -9 test: "types" into one note without stopping, through
 * the renderer's own save path: the shared autosave scheduler (real timers) deciding when to
 * save, and the renderer's noteSaveRequest() shaping the same `note:save` call, here sent to the
 * real dispatcher. It carries on from whatever the note holds, so every round continues the
 * text the previous (killed) round left behind.
 *
 * One JSON line per event on fd 1, written with writeSync (see note-writer.ts for why):
 *   ready  {body}         the text found on opening
 *   typed  {length, at}   a keystroke: the text's new length and the time (ms since epoch)
 *   intent {body}         a save is about to be sent
 *   ack    {body}         that save is acknowledged, so the text must survive a kill
 *
 * Usage: node --import tsx tests/node/support/notes-typist.ts <dir> <passphrase> <caseId> <noteId> <seed>
 */
import { writeSync } from 'node:fs';
import { createWorkbench } from '../../../src/main/workbench';
import { createAutosaver, noteSaveRequest, type NoteDraft } from '../../../src/shared/domain/autosave';
import { TEST_SCRYPT } from './temp-workbench';

export type TypistLine =
  | { kind: 'ready'; body: string }
  | { kind: 'typed'; length: number; at: number }
  | { kind: 'intent'; body: string }
  | { kind: 'ack'; body: string };

const [dir, passphrase, caseId, noteId, seedText = '1'] = process.argv.slice(2);
if (!dir || !passphrase || !caseId || !noteId) {
  console.error('usage: notes-typist <dir> <passphrase> <caseId> <noteId> <seed>');
  process.exit(64);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function emit(line: TypistLine): void {
  const bytes = Buffer.from(`${JSON.stringify(line)}\n`, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

let seed = Number(seedText) >>> 0;
function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const workbench = createWorkbench({ dir, scryptCost: TEST_SCRYPT });
const unlocked = await workbench.dispatch('vault:unlock', { passphrase });
if (!unlocked.ok) {
  console.error(`unlock failed: ${unlocked.error.code}`);
  process.exit(2);
}
const existing = await workbench.dispatch('note:get', { id: noteId });
const identity = { id: noteId, caseId };
const draft: NoteDraft = {
  title: 'Preparation meeting with Ayla Brightwater',
  body: existing.ok ? (existing.value as { body: string }).body : '',
  kind: 'text',
  personId: null,
  meetingId: null,
  speakers: [],
};
emit({ kind: 'ready', body: draft.body });

const autosaver = createAutosaver<NoteDraft>({
  async save(value) {
    emit({ kind: 'intent', body: value.body });
    const saved = await workbench.dispatch('note:save', noteSaveRequest(identity, value));
    if (!saved.ok) {
      console.error(`save failed: ${saved.error.code} ${saved.error.message}`);
      process.exit(3);
    }
    emit({ kind: 'ack', body: value.body });
  },
});

const words = [
  'lantern',
  'harbour',
  'willow',
  'kitchen',
  'circle',
  'apology',
  'ünïcode',
  'phone',
  'lunch',
  'queue',
];
/** The next "keystrokes": mostly words, sometimes a new line, a list item, bold or a paragraph. */
function nextChunk(): string {
  const r = random();
  const word = words[Math.floor(random() * words.length)]!;
  if (r < 0.06) return '\n\n';
  if (r < 0.12) return `\n- ${word}`;
  if (r < 0.16) return ` **${word}**`;
  return ` ${word}`;
}

function typeOn(): void {
  draft.body += nextChunk();
  emit({ kind: 'typed', length: draft.body.length, at: Date.now() });
  autosaver.change({ ...draft });
  // Faster than the 600 ms pause, so only the one-second cap makes saves happen.
  setTimeout(typeOn, 10 + Math.floor(random() * 60));
}
typeOn();
