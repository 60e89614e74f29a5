import { describe, expect, it } from 'vitest';
import {
  actionName,
  addAction,
  blankAction,
  moveAction,
  removeAction,
  toggleBottomLine,
  updateAction,
  type AgreementDraft,
} from '../../src/renderer/src/features/agreement/agreement-draft';
import { adviceForDraft, toSaveInput } from '../../src/renderer/src/features/agreement/agreement-mapping';
import { barLayout, shortLabel } from '../../src/renderer/src/features/reports/chart-model';
import { reportSections } from '../../src/renderer/src/features/reports/report-model';
import { agreementSaveInput } from '../../src/shared/schemas/agreements';

function draftWith(...whats: string[]): AgreementDraft {
  return {
    statement: '',
    place: '',
    actions: whats.map((w) => blankAction(w)),
    reviewDate: '',
    copiesTo: '',
    signing: {},
  };
}

describe('agreement draft editing', () => {
  it('adds, edits and removes actions without touching the others', () => {
    let d = draftWith('Write a letter', 'Replace the bag');
    d = addAction(d, blankAction('Meet at lunch'));
    expect(d.actions.map((a) => a.what)).toEqual(['Write a letter', 'Replace the bag', 'Meet at lunch']);
    const second = d.actions[1]!.key;
    d = updateAction(d, second, { byWhen: '2026-12-01', checkedBy: 'Ms Ortega' });
    expect(d.actions[1]).toMatchObject({
      what: 'Replace the bag',
      byWhen: '2026-12-01',
      checkedBy: 'Ms Ortega',
    });
    expect(d.actions[0]!.byWhen).toBe('');
    d = removeAction(d, second);
    expect(d.actions.map((a) => a.what)).toEqual(['Write a letter', 'Meet at lunch']);
  });

  it('moves an action up or down, and a move past either end changes nothing', () => {
    const d = draftWith('one', 'two', 'three');
    const [a, , c] = d.actions;
    expect(moveAction(d, c!.key, -1).actions.map((x) => x.what)).toEqual(['one', 'three', 'two']);
    expect(moveAction(d, a!.key, 1).actions.map((x) => x.what)).toEqual(['two', 'one', 'three']);
    expect(moveAction(d, a!.key, -1)).toBe(d);
    expect(moveAction(d, c!.key, 1)).toBe(d);
  });

  it('ticks bottom lines on and off', () => {
    let d = draftWith('Stay with grandmother on weekdays');
    const key = d.actions[0]!.key;
    d = toggleBottomLine(d, key, 2);
    d = toggleBottomLine(d, key, 0);
    expect(d.actions[0]!.bottomLines).toEqual([0, 2]);
    d = toggleBottomLine(d, key, 2);
    expect(d.actions[0]!.bottomLines).toEqual([0]);
  });

  it('names actions for buttons, shortening long ones', () => {
    expect(actionName(blankAction(''), 0)).toBe('action 1');
    expect(actionName(blankAction('Say sorry'), 1)).toBe('action 2: Say sorry');
    expect(actionName(blankAction('x'.repeat(100)), 2)).toBe(`action 3: ${'x'.repeat(40)}…`);
  });
});

describe('report bar charts', () => {
  it('scales bars to the largest value and keeps the order', () => {
    const layout = barLayout([
      { label: 'School', value: 10 },
      { label: 'Community', value: 5 },
      { label: 'Youth justice', value: 0 },
    ]);
    const [school, community, youth] = layout.rows;
    expect(school!.barWidth).toBeGreaterThan(0);
    expect(community!.barWidth).toBe(Math.round(school!.barWidth / 2));
    expect(youth!.barWidth).toBe(0);
    expect(community!.y).toBeGreaterThan(school!.y);
  });

  it('draws no bars when everything is zero, and shortens long labels for the picture only', () => {
    const layout = barLayout([
      { label: 'A', value: 0 },
      { label: 'B', value: 0 },
    ]);
    expect(layout.rows.every((r) => r.barWidth === 0)).toBe(true);
    const long = 'Closed because the person responsible moved away';
    expect(shortLabel(long).length).toBeLessThan(long.length);
    expect(barLayout([{ label: long, value: 1 }]).rows[0]!.label).toBe(long);
  });
});

describe('agreement draft and the save channel', () => {
  const who = '0b7c2b1e-4b8e-4a57-9a43-2c7b1f6b9d01';
  it('sends what the save channel accepts, and loads it back the same', () => {
    let d = draftWith('Jordan writes Noor a letter', 'Meet at lunch');
    const [first] = d.actions;
    d = updateAction(d, first!.key, { whoParticipantId: who, whoText: 'ignored', byWhen: '2027-01-08' });
    d = { ...d, statement: '<script>x</script> ليلى 🎒', signing: { [who]: 'signs', other: 'undecided' } };
    const input = toSaveInput('case-1', d);
    expect(agreementSaveInput.safeParse({ ...input, caseId: who }).success).toBe(true);
    expect(input.actions[0]).toMatchObject({ id: first!.key, whoParticipantId: who, whoText: '' });
    expect(input.actions[1]).toMatchObject({ whoParticipantId: null, byWhen: null });
    expect(input.signers).toEqual([{ participantId: who, choice: 'signs' }]);
  });

  it('gives plain-words advice per action from the shared SMART check, and none once complete', () => {
    let d = draftWith('Jordan will try to be better');
    const key = d.actions[0]!.key;
    const before = adviceForDraft(d, '2026-11-25')[key]!;
    expect(before.join(' ')).toMatch(/hard to check/);
    expect(before.join(' ')).toMatch(/No one is named/);
    d = updateAction(d, key, {
      what: 'Jordan writes a letter saying sorry',
      whoText: 'Jordan',
      byWhen: '2026-12-01',
      howChecked: 'Noor has the letter',
      checkedBy: 'Mr Okafor',
    });
    expect(adviceForDraft(d, '2026-11-25')[key]).toEqual([]);
    expect(adviceForDraft(d, '2026-12-02')[key]).toEqual(['This date is in the past.']);
  });
});

describe('report sections', () => {
  const report = {
    from: '2026-01-01',
    to: '2026-12-31',
    referralsBySetting: [
      { key: 'school', label: 'School', count: 4 },
      { key: 'community', label: 'Community', count: 1 },
    ],
    referralsByProcess: [{ key: 'circle', label: 'Circle', count: 5 }],
    direct: 3,
    indirect: 2,
    conferencesHeld: 3,
    agreementsMade: 2,
    actionsCompleted: 5,
    actionsRecorded: 7,
    agreementsCompleted: 1,
    agreementsReviewed: 2,
    closuresByReason: [],
    medianDaysReferralToConference: null,
  };

  it('turns every count into a labelled row, and says so when a group is empty', () => {
    const sections = reportSections(report);
    const byId = Object.fromEntries(sections.map((s) => [s.id, s]));
    expect(byId['setting']!.bars).toEqual([
      { label: 'School', value: 4 },
      { label: 'Community', value: 1 },
    ]);
    expect(byId['direct']!.bars.map((b) => b.value)).toEqual([3, 2]);
    expect(byId['outcomes']!.bars).toContainEqual({ label: 'Agreements made', value: 2 });
    expect(byId['outcomes']!.bars).toContainEqual({ label: 'Agreements completed', value: 1 });
    expect(byId['closures']!.bars).toEqual([]);
    expect(byId['time']!.bars).toEqual([]);
    expect(byId['time']!.empty).toMatch(/No conference/);
    expect(reportSections({ ...report, medianDaysReferralToConference: 12 }).at(-1)!.bars).toEqual([
      { label: 'Median', value: 12 },
    ]);
  });
});
