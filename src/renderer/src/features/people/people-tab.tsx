/** PLACEHOLDER (being built): the people in a case, their consent and risk flags. */
export function PeopleTab({ caseId }: { caseId: string }) {
  return <p data-case={caseId}>People</p>;
}
