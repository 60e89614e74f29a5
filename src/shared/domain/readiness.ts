/**
 * Readiness for a conference (issue 4), as pure rules: each participant's readiness from
 * their preparation checklist and consent, and the gate that says exactly what is still
 * missing before a conference can be confirmed. The software never decides for people: a
 * facilitator may override the gate with a written reason, which is recorded.
 */

export const checklistItems = {
  process_explained: 'Process explained',
  account_heard: 'Their account heard',
  hopes: 'What they hope for',
  supporters_identified: 'Supporters identified',
  worries_needs: 'Worries and needs',
  access_needs: 'Access needs',
  consent_confirmed: 'Consent confirmed',
  still_willing: 'Still willing',
} as const;
export type ChecklistItem = keyof typeof checklistItems;
export type Checklist = Partial<Record<ChecklistItem, boolean>>;

export const riskDecisions = {
  proceed: 'Proceed',
  proceed_with_measures: 'Proceed with measures',
  change_to_indirect: 'Change to indirect work',
  co_facilitate: 'Co-facilitate',
  stop: 'Stop',
} as const;
export type RiskDecision = keyof typeof riskDecisions;

/** Decisions under which a face-to-face conference may go ahead. */
export const decisionsAllowingConference: readonly RiskDecision[] = [
  'proceed',
  'proceed_with_measures',
  'co_facilitate',
];

export type Readiness = 'not_started' | 'in_preparation' | 'ready' | 'withdrawn';

/** The words for each readiness, on the Preparation tab and in documents. */
export const readinessLabels: Record<Readiness, string> = {
  not_started: 'Not started',
  in_preparation: 'In preparation',
  ready: 'Ready',
  withdrawn: 'Withdrawn',
};

export interface ParticipantPreparation {
  participantId: string;
  name: string;
  /** Checklists of every preparation meeting with this person; ticks add up across meetings. */
  meetings: Checklist[];
  takePart: 'given' | 'declined' | 'withdrawn' | 'not_recorded';
  /** Explicitly said they no longer wish to take part (the "still willing" box unticked on purpose). */
  saidNotWilling?: boolean;
}

export interface ReadinessResult {
  readiness: Readiness;
  reason: string;
  missing: ChecklistItem[];
}

export function participantReadiness(p: ParticipantPreparation): ReadinessResult {
  if (p.takePart === 'withdrawn')
    return { readiness: 'withdrawn', reason: 'Consent to take part was withdrawn.', missing: [] };
  if (p.takePart === 'declined')
    return { readiness: 'withdrawn', reason: 'Declined to take part.', missing: [] };
  if (p.saidNotWilling)
    return { readiness: 'withdrawn', reason: 'Said they no longer wish to take part.', missing: [] };
  if (p.meetings.length === 0) {
    return {
      readiness: 'not_started',
      reason: 'No preparation meeting yet.',
      missing: Object.keys(checklistItems) as ChecklistItem[],
    };
  }
  const ticked = new Set<ChecklistItem>();
  for (const meeting of p.meetings)
    for (const [item, done] of Object.entries(meeting)) if (done) ticked.add(item as ChecklistItem);
  const missing = (Object.keys(checklistItems) as ChecklistItem[]).filter((item) => !ticked.has(item));
  if (p.takePart === 'not_recorded') {
    return { readiness: 'in_preparation', reason: 'Consent to take part is not recorded yet.', missing };
  }
  if (missing.length > 0) {
    const list = missing.map((m) => checklistItems[m].toLowerCase());
    return { readiness: 'in_preparation', reason: `Still to cover: ${list.join(', ')}.`, missing };
  }
  return { readiness: 'ready', reason: 'Prepared, and consent to take part is recorded.', missing: [] };
}

/** Where a blocker is fixed, so the screen can link straight to it. */
export type FixTarget =
  | { place: 'preparation'; participantId: string }
  | { place: 'consent'; participantId: string }
  | { place: 'risk' }
  | { place: 'logistics'; field: 'date' | 'venue' | 'room' }
  | { place: 'invitations' }
  /** Acknowledged right at the gate: a withdrawn consent to share information. */
  | { place: 'acknowledge'; participantId: string; consentId: string };

export interface Blocker {
  code:
    | 'participant_not_ready'
    | 'consent_missing'
    | 'consent_withdrawn'
    | 'risk_undecided'
    | 'risk_disallows'
    | 'logistics_missing'
    | 'no_participants'
    | 'share_withdrawn';
  message: string;
  fix: FixTarget;
}

export interface GateInput {
  invited: ParticipantPreparation[];
  /** Invited people whose consent to share information is withdrawn and not yet acknowledged. */
  shareWithdrawals?: { participantId: string; name: string; consentId: string }[];
  riskDecision: RiskDecision | null;
  date: string | null;
  venue: string;
  room: string;
}

export function conferenceBlockers(input: GateInput): Blocker[] {
  const blockers: Blocker[] = [];
  if (input.invited.length === 0) {
    blockers.push({
      code: 'no_participants',
      message: 'Nobody is invited yet.',
      fix: { place: 'invitations' },
    });
  }
  for (const s of input.shareWithdrawals ?? []) {
    blockers.push({
      code: 'share_withdrawn',
      message: `${s.name} withdrew consent to share information: their name and anything about them are left out of everyone else's letters. Acknowledge this to go on.`,
      fix: { place: 'acknowledge', participantId: s.participantId, consentId: s.consentId },
    });
  }
  for (const p of input.invited) {
    if (p.takePart === 'withdrawn') {
      blockers.push({
        code: 'consent_withdrawn',
        message: `${p.name} withdrew consent to take part.`,
        fix: { place: 'consent', participantId: p.participantId },
      });
      continue;
    }
    if (p.takePart !== 'given') {
      blockers.push({
        code: 'consent_missing',
        message:
          p.takePart === 'declined'
            ? `${p.name} declined to take part.`
            : `${p.name}: consent to take part is not recorded.`,
        fix: { place: 'consent', participantId: p.participantId },
      });
    }
    // Preparation gaps are listed whatever the consent state, so nothing missing stays hidden.
    const result = participantReadiness(p);
    if (p.takePart !== 'declined' && result.missing.length > 0) {
      const why =
        p.meetings.length === 0
          ? 'no preparation meeting yet.'
          : `still to cover ${result.missing.map((m) => checklistItems[m].toLowerCase()).join(', ')}.`;
      blockers.push({
        code: 'participant_not_ready',
        message: `${p.name} is not ready: ${why}`,
        fix: { place: 'preparation', participantId: p.participantId },
      });
    }
  }
  if (input.riskDecision === null) {
    blockers.push({
      code: 'risk_undecided',
      message: 'The risk assessment has no decision yet.',
      fix: { place: 'risk' },
    });
  } else if (!decisionsAllowingConference.includes(input.riskDecision)) {
    blockers.push({
      code: 'risk_disallows',
      message: `The risk decision is "${riskDecisions[input.riskDecision]}", which does not allow a conference.`,
      fix: { place: 'risk' },
    });
  }
  if (!input.date)
    blockers.push({
      code: 'logistics_missing',
      message: 'No date and start time set.',
      fix: { place: 'logistics', field: 'date' },
    });
  if (!input.venue.trim())
    blockers.push({
      code: 'logistics_missing',
      message: 'No venue set.',
      fix: { place: 'logistics', field: 'venue' },
    });
  if (!input.room.trim())
    blockers.push({
      code: 'logistics_missing',
      message: 'No room set.',
      fix: { place: 'logistics', field: 'room' },
    });
  return blockers;
}
