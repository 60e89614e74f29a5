import { describe, expect, it } from 'vitest';
import { caseStanding, type StandingRows } from '../../../src/shared/domain/standing';

const everything = {
  process_explained: true,
  account_heard: true,
  hopes: true,
  supporters_identified: true,
  worries_needs: true,
  access_needs: true,
  consent_confirmed: true,
  still_willing: true,
};

function rows(overrides: Partial<StandingRows> = {}): StandingRows {
  return {
    participants: [
      { id: 'p-ayla', personId: 'ayla', name: 'Ayla', role: 'harmed', supportsParticipantId: null },
      {
        id: 'p-jordan',
        personId: 'jordan',
        name: 'Jordan',
        role: 'responsible',
        supportsParticipantId: null,
      },
      {
        id: 'p-mum',
        personId: 'mum',
        name: 'Mrs Rahman',
        role: 'supporter',
        supportsParticipantId: 'p-ayla',
      },
    ],
    consents: [],
    preparation: [],
    plan: { invited: [], seating: [], speakingOrder: [] },
    signers: [],
    ...overrides,
  };
}

let consentIds = 0;
const consent = (
  personId: string,
  kind: string,
  decision: string,
  recordedAt: string,
  withdrawnOn: string | null = null,
) => ({
  id: `consent-${++consentIds}`,
  decidedOn: recordedAt.slice(0, 10),
  personId,
  kind,
  decision,
  withdrawnOn,
  recordedAt,
});

describe('a participant’s standing in a case', () => {
  it('reads each kind of consent as it is now: the latest record decides', () => {
    const standing = caseStanding(
      rows({
        consents: [
          consent('ayla', 'take_part', 'given', '2026-11-01T10:00:00Z', '2026-11-03'),
          consent('ayla', 'take_part', 'given', '2026-11-05T10:00:00Z'),
          consent('jordan', 'share_information', 'given', '2026-11-02T10:00:00Z', '2026-11-04'),
          consent('jordan', 'take_part', 'declined', '2026-11-02T10:00:00Z'),
        ],
      }),
    );
    const [ayla, jordan, mum] = standing.participants;
    expect(ayla).toMatchObject({
      takePart: 'given',
      shareInformation: 'not_recorded',
      consentWithdrawn: false,
    });
    expect(jordan).toMatchObject({
      takePart: 'declined',
      shareInformation: 'withdrawn',
      consentWithdrawn: true,
    });
    expect(mum).toMatchObject({ takePart: 'not_recorded', shareInformation: 'not_recorded' });
  });

  it('works out readiness from the checklists of every meeting and the consent to take part', () => {
    const standing = caseStanding(
      rows({
        consents: [consent('ayla', 'take_part', 'given', '2026-11-01T10:00:00Z')],
        preparation: [
          { participantId: 'p-ayla', checklist: { ...everything, hopes: false }, saidNotWilling: false },
          { participantId: 'p-ayla', checklist: { hopes: true }, saidNotWilling: false },
          { participantId: 'p-jordan', checklist: everything, saidNotWilling: true },
        ],
      }),
    );
    expect(standing.participants.map((p) => p.readiness.readiness)).toEqual([
      'ready',
      'withdrawn',
      'not_started',
    ]);
  });

  it('places each person in the plan and the agreement, ignoring anyone who has left the case', () => {
    const standing = caseStanding(
      rows({
        plan: {
          invited: ['p-jordan', 'p-gone', 'p-ayla'],
          seating: [
            { participantId: 'p-ayla', seat: 2 },
            { participantId: 'p-gone', seat: 0 },
          ],
          speakingOrder: ['p-gone', 'p-jordan', 'p-ayla'],
        },
        signers: [
          { participantId: 'p-ayla', choice: 'signs' },
          { participantId: 'p-jordan', choice: 'declines' },
        ],
      }),
    );
    expect(
      standing.participants.map((p) => [p.name, p.invited, p.seat, p.speakingPosition, p.signing]),
    ).toEqual([
      ['Ayla', true, 2, 1, 'signs'],
      ['Jordan', true, null, 0, 'declines'],
      ['Mrs Rahman', false, null, null, null],
    ]);
    expect(standing.invitationsChosen).toBe(true);
    expect(standing.expected.map((p) => p.name)).toEqual(['Ayla', 'Jordan']);
  });

  it('expects everyone at the conference while nobody has been invited', () => {
    const standing = caseStanding(rows({ plan: { invited: ['p-gone'], seating: [], speakingOrder: [] } }));
    expect(standing.invitationsChosen).toBe(false);
    expect(standing.expected.map((p) => p.name)).toEqual(['Ayla', 'Jordan', 'Mrs Rahman']);
  });
});
