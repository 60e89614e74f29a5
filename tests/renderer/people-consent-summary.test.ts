import { describe, expect, it } from 'vitest';
import type { Consent } from '../../src/shared/schemas/people';
import {
  consentOverview,
  consentStatus,
  historyLine,
  methodText,
  withdrawalMarkers,
} from '../../src/renderer/src/features/people/consent-summary';
import { formatDate, todayIso } from '../../src/renderer/src/features/people/people-dates';

let seq = 0;
function consent(overrides: Partial<Consent>): Consent {
  seq += 1;
  return {
    id: `c${seq}`,
    caseId: 'case',
    personId: 'person',
    kind: 'take_part',
    decision: 'given',
    method: 'written',
    onBehalfBy: '',
    decidedOn: '2026-11-12',
    withdrawnOn: null,
    withdrawalReason: '',
    recordedAt: `2026-11-12T10:00:${String(seq).padStart(2, '0')}.000Z`,
    ...overrides,
  };
}

describe('consent at a glance', () => {
  it('says "Not recorded" for each kind until something is recorded', () => {
    expect(consentOverview([]).map((s) => [s.kind, s.state, s.text])).toEqual([
      ['take_part', 'not_recorded', 'Not recorded'],
      ['share_information', 'not_recorded', 'Not recorded'],
    ]);
  });

  it('keeps taking part and sharing information separate', () => {
    const statuses = consentOverview([
      consent({ kind: 'take_part', decision: 'given', method: 'verbal' }),
      consent({ kind: 'share_information', decision: 'declined', decidedOn: '2026-11-13' }),
    ]);
    expect(statuses.map((s) => s.text)).toEqual([
      'Given: verbal, 12 November 2026',
      'Declined: written, 13 November 2026',
    ]);
  });

  it('reads the latest record of a kind, so a later decision replaces an earlier one', () => {
    const status = consentStatus(
      [consent({ decision: 'declined' }), consent({ decision: 'given', decidedOn: '2026-11-20' })],
      'take_part',
    );
    expect(status.state).toBe('given');
    expect(status.text).toBe('Given: written, 20 November 2026');
  });

  it('names who decided on behalf of a child', () => {
    expect(methodText({ method: 'on_behalf', onBehalfBy: 'Marisol Brightwater' })).toBe(
      'on behalf of a child by Marisol Brightwater',
    );
    expect(consentStatus([consent({ method: 'on_behalf', onBehalfBy: 'Her aunt' })], 'take_part').text).toBe(
      'Given: on behalf of a child by Her aunt, 12 November 2026',
    );
  });
});

describe('withdrawal markers', () => {
  it('shows the date, and which consent, wherever the person appears', () => {
    const consents = [consent({ withdrawnOn: '2026-11-23', withdrawalReason: 'Changed her mind.' })];
    expect(consentStatus(consents, 'take_part')).toMatchObject({
      state: 'withdrawn',
      text: 'Withdrawn on 23 November 2026',
    });
    expect(withdrawalMarkers(consents)).toEqual(['Consent withdrawn on 23 November 2026 (to take part)']);
  });

  it('gives one line when both were withdrawn the same day, and one each otherwise', () => {
    const same = [
      consent({ kind: 'take_part', withdrawnOn: '2026-11-23' }),
      consent({ kind: 'share_information', withdrawnOn: '2026-11-23' }),
    ];
    expect(withdrawalMarkers(same)).toEqual([
      'Consent withdrawn on 23 November 2026 (to take part and to share information)',
    ]);
    const apart = [
      consent({ kind: 'take_part', withdrawnOn: '2026-11-23' }),
      consent({ kind: 'share_information', withdrawnOn: '2026-11-24' }),
    ];
    expect(withdrawalMarkers(apart)).toEqual([
      'Consent withdrawn on 23 November 2026 (to take part)',
      'Consent withdrawn on 24 November 2026 (to share information)',
    ]);
  });

  it('has no marker when nothing is withdrawn, or consent was given again since', () => {
    expect(withdrawalMarkers([consent({})])).toEqual([]);
    expect(
      withdrawalMarkers([consent({ withdrawnOn: '2026-11-15' }), consent({ decidedOn: '2026-11-20' })]),
    ).toEqual([]);
  });

  it('writes the history in full sentences, with the reason', () => {
    expect(historyLine(consent({ decision: 'declined', method: 'verbal' }))).toBe(
      'Declined, verbal, on 12 November 2026.',
    );
    expect(historyLine(consent({ withdrawnOn: '2026-11-23', withdrawalReason: 'Moving school.' }))).toBe(
      'Given, written, on 12 November 2026. Withdrawn on 23 November 2026: Moving school.',
    );
  });
});

describe('dates', () => {
  it('shows a calendar date as that day in en-GB, and today as YYYY-MM-DD', () => {
    expect(formatDate('2026-11-23')).toBe('23 November 2026');
    expect(formatDate('not a date')).toBe('not a date');
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
