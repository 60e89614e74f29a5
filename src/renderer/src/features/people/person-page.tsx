/** PLACEHOLDER (being built): one person across their cases; export and erase. */
export function PersonPage({ personId }: { personId: string; fromCaseId?: string | undefined }) {
  return <p data-person={personId}>Person</p>;
}
