/**
 * Which letters were made for which participant, and when (never their content): so that,
 * after someone withdraws, the Conference tab can list the letters made for them before it.
 */
import type { CaseRoster, ServiceContext } from '../core';

export type LetterKind = 'invitation' | 'completion_letter';

export function recordLetterMade(
  ctx: ServiceContext,
  caseId: string,
  participantId: string,
  kind: LetterKind,
): void {
  ctx.db
    .prepare('INSERT INTO documents_made (id, case_id, participant_id, kind, made_at) VALUES (?, ?, ?, ?, ?)')
    .run(ctx.newId(), caseId, participantId, kind, ctx.now().toISOString());
}

/** Letters made for people still in the case, oldest first, marked when made before a withdrawal. */
export function lettersMade(ctx: ServiceContext, roster: CaseRoster) {
  const rows = ctx.db
    .prepare(
      'SELECT participant_id, kind, made_at FROM documents_made WHERE case_id = ? AND participant_id IS NOT NULL ORDER BY made_at, rowid',
    )
    .all(roster.case.id) as { participant_id: string; kind: LetterKind; made_at: string }[];
  return rows.flatMap((row) => {
    const entry = roster.byParticipant.get(row.participant_id);
    if (!entry) return [];
    const takePart = entry.participant.consents.filter((c) => c.kind === 'take_part').at(-1);
    const withdrawnOn = entry.standing.withdrawn ? (takePart?.withdrawnOn ?? null) : null;
    return [
      {
        participantId: row.participant_id,
        name: entry.participant.person.preferredName,
        kind: row.kind,
        madeAt: row.made_at,
        beforeWithdrawal:
          entry.standing.withdrawn && (!withdrawnOn || row.made_at.slice(0, 10) <= withdrawnOn),
      },
    ];
  });
}
