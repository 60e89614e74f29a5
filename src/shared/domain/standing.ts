/**
 * A participant's standing in a case, worked out once from the rows the case core loads:
 * their consent now (of each kind), their readiness, and their place in the conference plan
 * (invited, seated, speaking) and in the agreement (signing). Every service and document that
 * asks "who is in this case, and may they take part?" reads this, so a change of consent
 * reaches every one of them the same way.
 */
import type { Role } from './case-model';
import { latestByKind, type ConsentLike } from './consent-state';
import {
  participantReadiness,
  type Checklist,
  type ParticipantPreparation,
  type ReadinessResult,
} from './readiness';

/** A consent of one kind as it stands now: the latest record of that kind decides. */
export type ConsentNow = 'given' | 'declined' | 'withdrawn' | 'not_recorded';

export interface StandingRows {
  /** The case's participants in display order. */
  participants: {
    id: string;
    personId: string;
    name: string;
    role: Role;
    supportsParticipantId: string | null;
  }[];
  /** Consents of the case in the order they were recorded. */
  consents: readonly (ConsentLike & { id: string; personId: string; decidedOn: string })[];
  /** Consents whose withdrawal the facilitator has acknowledged at the readiness gate. */
  acknowledgedConsentIds?: readonly string[];
  /** Preparation meetings in the order they were held. */
  preparation: readonly { participantId: string; checklist: Checklist; saidNotWilling: boolean }[];
  /** The conference plan's lists as stored (ids of people no longer in the case are ignored). */
  plan: {
    invited: readonly string[];
    seating: readonly { participantId: string; seat: number }[];
    speakingOrder: readonly string[];
  };
  /** Who signs or declines in the newest version of the agreement. */
  signers: readonly { participantId: string; choice: 'signs' | 'declines' }[];
}

export interface ParticipantStanding {
  participantId: string;
  personId: string;
  name: string;
  role: Role;
  supportsParticipantId: string | null;
  takePart: ConsentNow;
  shareInformation: ConsentNow;
  /** Either kind of consent is withdrawn now (a later consent given again clears it). */
  consentWithdrawn: boolean;
  /**
   * Not taking part: consent to take part withdrawn or declined, or they said they no longer
   * wish to. No scheduling and no documents for them; shown as withdrawn wherever they appear.
   */
  withdrawn: boolean;
  /**
   * Consent to share information withdrawn: nothing about them goes into anyone else's papers.
   * `acknowledged` once the facilitator has seen it at the readiness gate.
   */
  shareWithdrawal: { consentId: string; on: string; acknowledged: boolean } | null;
  /** Consent of a kind given again after an earlier withdrawal of that kind (latest first). */
  consentGivenAgain: { kind: 'take_part' | 'share_information'; on: string }[];
  /** What the readiness rules and the gate read about this person. */
  preparation: ParticipantPreparation;
  readiness: ReadinessResult;
  /** On the conference's invitation list. */
  invited: boolean;
  seat: number | null;
  /** 0-based place in the speaking order, or null when not in it. */
  speakingPosition: number | null;
  signing: 'signs' | 'declines' | null;
}

export interface CaseStanding {
  participants: ParticipantStanding[];
  /** Whether the facilitator has chosen whom to invite; until then everyone is expected. */
  invitationsChosen: boolean;
  /** Those the conference is for: the invited, or everyone while nobody has been chosen. */
  expected: ParticipantStanding[];
}

type StandingConsent = StandingRows['consents'][number];

/** Kinds whose latest record is given, after an earlier record of that kind was withdrawn. */
function givenAgain(mine: readonly StandingConsent[], latest: Map<string, StandingConsent>) {
  return (['take_part', 'share_information'] as const).flatMap((kind) => {
    const now = latest.get(kind);
    if (!now || now.withdrawnOn || now.decision !== 'given') return [];
    const earlier = mine.some((c) => c.kind === kind && c !== now && c.withdrawnOn !== null);
    return earlier ? [{ kind, on: now.decidedOn }] : [];
  });
}

function consentNow(consent: ConsentLike | undefined): ConsentNow {
  if (!consent) return 'not_recorded';
  if (consent.withdrawnOn) return 'withdrawn';
  return consent.decision === 'declined' ? 'declined' : 'given';
}

export function caseStanding(rows: StandingRows): CaseStanding {
  const inCase = new Set(rows.participants.map((p) => p.id));
  const invited = rows.plan.invited.filter((id) => inCase.has(id));
  const speaking = rows.plan.speakingOrder.filter((id) => inCase.has(id));
  const seats = new Map(rows.plan.seating.map((s) => [s.participantId, s.seat]));
  const signers = new Map(rows.signers.map((s) => [s.participantId, s.choice]));

  const acknowledged = new Set(rows.acknowledgedConsentIds ?? []);
  const participants = rows.participants.map((p): ParticipantStanding => {
    const mine = rows.consents.filter((c) => c.personId === p.personId);
    const latest = latestByKind(mine);
    const share = latest.get('share_information');
    const meetings = rows.preparation.filter((m) => m.participantId === p.id);
    const preparation: ParticipantPreparation = {
      participantId: p.id,
      name: p.name,
      meetings: meetings.map((m) => m.checklist),
      takePart: consentNow(latest.get('take_part')),
      saidNotWilling: meetings.at(-1)?.saidNotWilling ?? false,
    };
    const position = speaking.indexOf(p.id);
    const readiness = participantReadiness(preparation);
    return {
      participantId: p.id,
      personId: p.personId,
      name: p.name,
      role: p.role,
      supportsParticipantId: p.supportsParticipantId,
      takePart: preparation.takePart,
      shareInformation: consentNow(latest.get('share_information')),
      consentWithdrawn: [...latest.values()].some((c) => c.withdrawnOn !== null),
      withdrawn: readiness.readiness === 'withdrawn',
      shareWithdrawal:
        share?.withdrawnOn != null
          ? { consentId: share.id, on: share.withdrawnOn, acknowledged: acknowledged.has(share.id) }
          : null,
      consentGivenAgain: givenAgain(mine, latest),
      preparation,
      readiness,
      invited: invited.includes(p.id),
      seat: seats.get(p.id) ?? null,
      speakingPosition: position >= 0 ? position : null,
      signing: signers.get(p.id) ?? null,
    };
  });
  const invitationsChosen = invited.length > 0;
  return {
    participants,
    invitationsChosen,
    expected: invitationsChosen ? participants.filter((p) => p.invited) : participants,
  };
}
