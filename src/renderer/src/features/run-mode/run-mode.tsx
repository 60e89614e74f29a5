/** PLACEHOLDER (being built): run the conference from its run sheet, full window. */
export function RunMode({ caseId }: { caseId: string }) {
  return <p data-case={caseId}>Run mode</p>;
}
