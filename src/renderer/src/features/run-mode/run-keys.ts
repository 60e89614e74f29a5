/**
 * Run mode's keyboard rules, DOM-free so they can be tested: which key moves the run sheet,
 * and when keys must be left alone (typing notes, an action, or any form field).
 */
export type RunKeyAction =
  { kind: 'next' } | { kind: 'previous' } | { kind: 'jump'; index: number } | { kind: 'leave' };

export interface RunKeyEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** True for targets where a keystroke is typing: text fields, text areas, editable content. */
export function isTypingTarget(
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null,
) {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes((target.type ?? 'text').toLowerCase());
}

/**
 * The action for a key press, or null. Chords (Ctrl, Alt, Meta) are never ours: Ctrl+L locks
 * and Alt+letter names a speaker. Digits 1–9 jump to that phase when it exists.
 */
export function runKeyAction(event: RunKeyEvent, typing: boolean, phaseCount: number): RunKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (typing) return null;
  switch (event.key) {
    case ' ':
    case 'ArrowRight':
    case 'PageDown':
      return event.shiftKey && event.key === ' ' ? { kind: 'previous' } : { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'previous' };
    case 'Escape':
      return { kind: 'leave' };
  }
  if (/^[1-9]$/.test(event.key)) {
    const index = Number(event.key) - 1;
    return index < phaseCount ? { kind: 'jump', index } : null;
  }
  return null;
}

/** Elapsed time as a clock reads it: "4:05", "1:02:03"; never negative. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** Milliseconds since an ISO time, or null when it has not started. */
export function since(iso: string | null, now: number): number | null {
  if (!iso) return null;
  const start = Date.parse(iso);
  return Number.isNaN(start) ? null : Math.max(0, now - start);
}

/** A countdown as mm:ss, with the sign kept out: the words say whether it is over. */
export function formatCountdown(ms: number): string {
  return formatElapsed(Math.abs(ms) + (ms < 0 ? 0 : 999));
}
