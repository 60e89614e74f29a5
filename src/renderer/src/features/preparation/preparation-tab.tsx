/** PLACEHOLDER (being built): preparation meetings, readiness, risk decision, the gate. */
export function PreparationTab({ caseId }: { caseId: string }) {
  return <p data-case={caseId}>Preparation</p>;
}
