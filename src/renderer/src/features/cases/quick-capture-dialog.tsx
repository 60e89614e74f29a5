/** PLACEHOLDER (being built): record an informal conversation in under two minutes (Ctrl/Cmd+Shift+N). */
export function QuickCaptureDialog({ open }: { open: boolean; onClose(): void }) {
  return open ? <div role="dialog" aria-label="Quick capture" /> : null;
}
