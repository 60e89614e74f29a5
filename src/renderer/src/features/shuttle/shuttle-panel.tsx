/** PLACEHOLDER (being built): messages carried between people in indirect work. */
export function ShuttlePanel({ caseId }: { caseId: string }) {
  return <p data-case={caseId}>Messages</p>;
}
