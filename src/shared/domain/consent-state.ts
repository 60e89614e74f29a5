/**
 * What a person's consent in a case is now: the latest record of each kind decides (consent
 * withdrawn and later given again counts as given). Used wherever "consent withdrawn" shows.
 */
export interface ConsentLike {
  kind: string;
  decision: string;
  withdrawnOn: string | null;
  recordedAt: string;
}

export function latestByKind<T extends ConsentLike>(consents: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const c of consents) {
    const seen = latest.get(c.kind);
    if (!seen || c.recordedAt >= seen.recordedAt) latest.set(c.kind, c);
  }
  return latest;
}

export function isConsentWithdrawnNow(consents: readonly ConsentLike[]): boolean {
  return [...latestByKind(consents).values()].some((c) => c.withdrawnOn !== null);
}

/** Input in the order recorded: on equal times the later one in the list wins. */
/** The same rule in SQL, for lists: `k` is a consents row that is withdrawn and not superseded. */
export const WITHDRAWN_NOW_SQL = `k.withdrawn_on IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM consents later WHERE later.case_id = k.case_id AND later.person_id = k.person_id
    AND later.kind = k.kind
    AND (later.recorded_at > k.recorded_at OR (later.recorded_at = k.recorded_at AND later.rowid > k.rowid)))`;
