/** PLACEHOLDER (being built): search across notes, cases and people (Ctrl/Cmd+K). */
export function SearchDialog({ open }: { open: boolean; onClose(): void }) {
  return open ? <div role="dialog" aria-label="Search" /> : null;
}
