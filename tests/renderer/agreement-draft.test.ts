import { describe, expect, it } from 'vitest';
import {
  moveAction,
  newAction,
  setSigner,
  toggleBottomLine,
  updateAction,
  type AgreementDraft,
} from '../../src/renderer/src/features/agreement/agreement-draft';

const draft: AgreementDraft = {
  caseId: 'c',
  statement: '',
  place: '',
  reviewDate: null,
  copiesTo: '',
  signers: [],
  actions: [newAction('a', 'First'), newAction('b', 'Second'), newAction('c', 'Third')],
};
const order = (d: AgreementDraft) => d.actions.map((a) => a.id).join('');

describe('the agreement as the editor holds it', () => {
  it('moves an action up or down, and not past either end', () => {
    expect(order(moveAction(draft, 'b', -1))).toBe('bac');
    expect(order(moveAction(draft, 'b', 1))).toBe('acb');
    expect(moveAction(draft, 'a', -1)).toBe(draft);
    expect(moveAction(draft, 'c', 1)).toBe(draft);
  });

  it('changes one action and leaves the others as they were', () => {
    const next = updateAction(draft, 'b', { byWhen: '2026-12-01' });
    expect(next.actions.map((a) => a.byWhen)).toEqual([null, '2026-12-01', null]);
    expect(next.actions[0]).toBe(draft.actions[0]);
  });

  it('records who signs, who declines, and takes people off the list', () => {
    let d = setSigner(draft, 'p1', 'signs');
    d = setSigner(d, 'p2', 'declines');
    d = setSigner(d, 'p1', 'declines');
    expect(d.signers).toEqual([
      { participantId: 'p2', choice: 'declines' },
      { participantId: 'p1', choice: 'declines' },
    ]);
    expect(setSigner(d, 'p2', 'none').signers).toEqual([{ participantId: 'p1', choice: 'declines' }]);
  });

  it('ticks bottom lines in order, once each', () => {
    const action = { ...newAction('x'), meetsBottomLines: [2] };
    expect(toggleBottomLine(action, 0, true)).toEqual([0, 2]);
    expect(toggleBottomLine(action, 2, true)).toEqual([2]);
    expect(toggleBottomLine(action, 2, false)).toEqual([]);
  });
});
