/**
 * Cases that a lock saved from an unfinished form (quick capture, new case), so that after
 * unlocking the case list can say so. Only the id and the reference are kept, never case text:
 * nothing typed stays in renderer memory across the lock screen.
 */
export interface SavedOnLock {
  caseId: string;
  reference: string;
  what: 'quick capture' | 'new case';
}

let saved: readonly SavedOnLock[] = [];
const listeners = new Set<() => void>();

function emit() {
  for (const listener of [...listeners]) listener();
}

export const savedOnLock = {
  add(entry: SavedOnLock): void {
    saved = [...saved, entry];
    emit();
  },
  clear(): void {
    saved = [];
    emit();
  },
  snapshot(): readonly SavedOnLock[] {
    return saved;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
