import { describe, expect, it } from 'vitest';
import {
  checklistItems,
  conferenceBlockers,
  participantReadiness,
  type Checklist,
  type GateInput,
  type ParticipantPreparation,
} from '../../../src/shared/domain/readiness';

const all: Checklist = Object.fromEntries(Object.keys(checklistItems).map((k) => [k, true]));
const person = (over: Partial<ParticipantPreparation> = {}): ParticipantPreparation => ({
  participantId: 'p1',
  name: 'Ayla Brightwater',
  meetings: [all],
  takePart: 'given',
  ...over,
});

describe('participant readiness', () => {
  it('is not started without a preparation meeting', () => {
    expect(participantReadiness(person({ meetings: [] }))).toMatchObject({
      readiness: 'not_started',
      reason: 'No preparation meeting yet.',
    });
  });
  it('adds ticks up across meetings and names what is still to cover', () => {
    const first: Checklist = { process_explained: true, account_heard: true };
    expect(participantReadiness(person({ meetings: [first] }))).toMatchObject({
      readiness: 'in_preparation',
      reason:
        'Still to cover: what they hope for, supporters identified, worries and needs, access needs, consent confirmed, still willing.',
    });
    const rest = Object.fromEntries(
      Object.keys(checklistItems)
        .filter((k) => !(k in first))
        .map((k) => [k, true]),
    );
    expect(participantReadiness(person({ meetings: [first, rest] })).readiness).toBe('ready');
  });
  it('needs consent to take part recorded, and withdrawal or declining always wins', () => {
    expect(participantReadiness(person({ takePart: 'not_recorded' }))).toMatchObject({
      readiness: 'in_preparation',
      reason: 'Consent to take part is not recorded yet.',
    });
    expect(participantReadiness(person({ takePart: 'withdrawn' })).readiness).toBe('withdrawn');
    expect(participantReadiness(person({ takePart: 'declined' })).readiness).toBe('withdrawn');
    expect(participantReadiness(person({ saidNotWilling: true })).readiness).toBe('withdrawn');
  });
});

describe('the readiness gate', () => {
  const ready: GateInput = {
    invited: [person(), person({ participantId: 'p2', name: 'Jordan Fenwick' })],
    riskDecision: 'proceed',
    date: '2026-12-03T15:30',
    venue: 'Hillside School',
    room: 'Library',
  };

  it('is open when everyone is ready, consents are recorded, the risk decision allows it and logistics are set', () => {
    expect(conferenceBlockers(ready)).toEqual([]);
    expect(conferenceBlockers({ ...ready, riskDecision: 'co_facilitate' })).toEqual([]);
  });

  it('lists each blocker with where to fix it', () => {
    const cases: [Partial<GateInput>, string, object][] = [
      [{ invited: [] }, 'no_participants', { place: 'invitations' }],
      [
        { invited: [person({ meetings: [] })] },
        'participant_not_ready',
        { place: 'preparation', participantId: 'p1' },
      ],
      [
        { invited: [person({ takePart: 'not_recorded' })] },
        'consent_missing',
        { place: 'consent', participantId: 'p1' },
      ],
      [
        { invited: [person({ takePart: 'withdrawn' })] },
        'consent_withdrawn',
        { place: 'consent', participantId: 'p1' },
      ],
      [{ riskDecision: null }, 'risk_undecided', { place: 'risk' }],
      [{ riskDecision: 'stop' }, 'risk_disallows', { place: 'risk' }],
      [{ riskDecision: 'change_to_indirect' }, 'risk_disallows', { place: 'risk' }],
      [{ date: null }, 'logistics_missing', { place: 'logistics', field: 'date' }],
      [{ venue: '  ' }, 'logistics_missing', { place: 'logistics', field: 'venue' }],
      [{ room: '' }, 'logistics_missing', { place: 'logistics', field: 'room' }],
    ];
    for (const [change, code, fix] of cases) {
      const blockers = conferenceBlockers({ ...ready, ...change });
      expect(blockers, code).toHaveLength(1);
      expect(blockers[0]).toMatchObject({ code, fix });
      expect(blockers[0]!.message.length).toBeGreaterThan(10);
    }
  });

  it('shrinks to empty as preparation completes', () => {
    let input: GateInput = {
      invited: [person({ meetings: [], takePart: 'not_recorded' })],
      riskDecision: null,
      date: null,
      venue: '',
      room: '',
    };
    const sizes = [conferenceBlockers(input).length];
    input = { ...input, invited: [person({ takePart: 'not_recorded' })] };
    sizes.push(conferenceBlockers(input).length);
    input = { ...input, invited: [person()], riskDecision: 'proceed_with_measures' };
    sizes.push(conferenceBlockers(input).length);
    input = { ...input, date: '2026-12-03T15:30', venue: 'Hall', room: 'Room 2' };
    sizes.push(conferenceBlockers(input).length);
    expect(sizes).toEqual([6, 5, 3, 0]);
  });
});
