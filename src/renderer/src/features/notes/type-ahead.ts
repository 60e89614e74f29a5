/**
 * Keys typed straight after "New note", before the editor is on screen (the note is created
 * first, which takes a moment): a fast typist, or a shortcut that types text, would lose them.
 * From the click until the editor takes them (or a few seconds pass), printable keys are kept
 * here instead of going to whatever has the focus, then they become the start of the title.
 */
const GIVE_UP_AFTER_MS = 5_000;

let buffer: string | null = null;
let giveUp: ReturnType<typeof setTimeout> | null = null;

function onKey(event: KeyboardEvent): void {
  if (buffer === null || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key.length === 1) buffer += event.key;
  else if (event.key === 'Backspace') buffer = buffer.slice(0, -1);
  else return;
  event.preventDefault();
}

function stop(): void {
  buffer = null;
  if (giveUp) clearTimeout(giveUp);
  giveUp = null;
  window.removeEventListener('keydown', onKey, true);
}

export const typeAhead = {
  /** From now on, keep what is typed until the editor takes it. */
  start(): void {
    stop();
    buffer = '';
    window.addEventListener('keydown', onKey, true);
    giveUp = setTimeout(stop, GIVE_UP_AFTER_MS);
  },
  /** What was typed meanwhile (empty when nothing, or when no new note was being made). */
  take(): string {
    const typed = buffer ?? '';
    stop();
    return typed;
  },
};
