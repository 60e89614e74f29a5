/** PLACEHOLDER (being built): a case's notes, editor with autosave, revisions, meeting mode. */
export function NotesTab({ caseId }: { caseId: string; noteId?: string | undefined }) {
  return <p data-case={caseId}>Notes</p>;
}
