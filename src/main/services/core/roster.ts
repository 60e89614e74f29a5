/**
 * The case core's one answer to "who is in this case, and may they take part?": the case
 * record, each participant with their preparation records, and their standing worked out by
 * the pure rules in shared/domain/standing.ts from rows loaded here (a handful of queries per
 * case). The conference plan, run sheet, invitations, agreement and subject access all read it.
 */
import { caseStanding, type ParticipantStanding } from '../../../shared/domain/standing';
import type { CaseRecord } from '../../../shared/schemas/cases';
import type { PreparationRecord } from '../../../shared/schemas/conference';
import type { Participant } from '../../../shared/schemas/people';
import { getCase } from './case-record';
import type { ServiceContext } from './context';
import { json } from './json';
import { listParticipants } from './people-rows';
import { preparationRecords } from './preparation-rows';

export interface RosterEntry {
  participant: Participant;
  standing: ParticipantStanding;
  /** Their preparation meetings, in the order held. */
  records: PreparationRecord[];
}

export interface CaseRoster {
  case: CaseRecord;
  /** Everyone in the case, in display order. */
  entries: RosterEntry[];
  byParticipant: ReadonlyMap<string, RosterEntry>;
  /** Whether whom to invite has been chosen; until then the conference is for everyone. */
  invitationsChosen: boolean;
  /** Those the conference is for: the invited, or everyone while nobody has been chosen. */
  expected: RosterEntry[];
  /** The plan's lists without anyone who has left the case. */
  plan: {
    invited: string[];
    speakingOrder: string[];
    seating: { participantId: string; seat: number }[];
  };
}

interface PlanLists {
  invited: string;
  speaking_order: string;
  seating: string;
}

/** The stored lists of the case's conference plan (empty when no plan was started). */
function planLists(ctx: ServiceContext, caseId: string) {
  const row = ctx.db
    .prepare('SELECT invited, speaking_order, seating FROM conference_plans WHERE case_id = ?')
    .get(caseId) as PlanLists | undefined;
  return {
    invited: json<string[]>(row?.invited ?? '[]', []),
    speakingOrder: json<string[]>(row?.speaking_order ?? '[]', []),
    seating: json<{ participantId: string; seat: number }[]>(row?.seating ?? '[]', []),
  };
}

/** Who signs or declines in the newest version of the case's agreement. */
function currentSigners(ctx: ServiceContext, caseId: string) {
  const row = ctx.db
    .prepare('SELECT body FROM agreement_versions WHERE case_id = ? ORDER BY version DESC LIMIT 1')
    .get(caseId) as { body: string } | undefined;
  const body = json<{ signers?: { participantId: string; choice: 'signs' | 'declines' }[] }>(
    row?.body ?? '{}',
    {},
  );
  return body.signers ?? [];
}

export function caseRoster(ctx: ServiceContext, caseId: string): CaseRoster {
  const kase = getCase(ctx, caseId);
  const participants = listParticipants(ctx, caseId);
  const records = preparationRecords(ctx, caseId);
  const lists = planLists(ctx, caseId);
  const standing = caseStanding({
    participants: participants.map((p) => ({
      id: p.id,
      personId: p.person.id,
      name: p.person.preferredName,
      role: p.role,
      supportsParticipantId: p.supportsParticipantId,
    })),
    consents: participants.flatMap((p) => p.consents),
    acknowledgedConsentIds: (
      ctx.db.prepare('SELECT consent_id FROM gate_acknowledgements WHERE case_id = ?').all(caseId) as {
        consent_id: string;
      }[]
    ).map((r) => r.consent_id),
    preparation: records,
    plan: lists,
    signers: currentSigners(ctx, caseId),
  });
  const entries = participants.map((participant, i) => ({
    participant,
    standing: standing.participants[i]!,
    records: records.filter((r) => r.participantId === participant.id),
  }));
  const byParticipant = new Map(entries.map((e) => [e.participant.id, e]));
  const inCase = (id: string) => byParticipant.has(id);
  return {
    case: kase,
    entries,
    byParticipant,
    invitationsChosen: standing.invitationsChosen,
    expected: entries.filter((e) => standing.expected.includes(e.standing)),
    plan: {
      invited: lists.invited.filter(inCase),
      speakingOrder: lists.speakingOrder.filter(inCase),
      seating: lists.seating.filter((s) => inCase(s.participantId)),
    },
  };
}
