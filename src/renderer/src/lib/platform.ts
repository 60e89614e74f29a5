/** Keyboard wording that matches the facilitator's computer. */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export function lockShortcutLabel(): string {
  return isMac() ? '⌘L' : 'Ctrl+L';
}

/** Ctrl+L, or Cmd+L on a Mac, with no other modifier. */
export function isLockShortcut(event: KeyboardEvent): boolean {
  const mod = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}
