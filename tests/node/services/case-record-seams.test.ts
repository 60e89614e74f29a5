/**
 * Decisions keep their history, and the case record matches the work (issue "safeguarding
 * seams", points 4 and 5): risk decisions append, the status follows preparation, confirmation
 * and agreement (forward only, each move on the timeline, undoable by hand), the timeline
 * shows every decision, and a recorded review offers closing. Invented names.
 */
import { describe, expect, it } from 'vitest';
import type { CaseRecord, TimelineEntry } from '../../../src/shared/schemas/cases';
import type { ConferencePlan } from '../../../src/shared/schemas/conference';
import { confirmedConference, schoolIncident } from '../support/case-fixtures';
import { call, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest();
const timeline = async (id: string) =>
  ((await call(t.wb, 'case:timeline', { id })) as TimelineEntry[]).map((e) => e.summary);
const status = async (id: string) => ((await call(t.wb, 'case:get', { id })) as CaseRecord).status;

describe('risk decisions', () => {
  it('append: a second decision keeps the first readable, the latest counts, both on the timeline', async () => {
    const { kase } = await schoolIncident(t.wb);
    await call(t.wb, 'risk:assess', {
      caseId: kase.id,
      decision: 'proceed_with_measures',
      measures: 'Separate arrivals',
      decidedBy: 'Sam',
    });
    t.clock = new Date('2026-11-25T09:00:00Z');
    await call(t.wb, 'risk:assess', { caseId: kase.id, decision: 'stop', measures: '', decidedBy: 'Priya' });
    const plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as ConferencePlan;
    expect(plan.riskAssessment).toMatchObject({ decision: 'stop', decidedBy: 'Priya' });
    expect(plan.riskHistory.map((d) => [d.decision, d.measures, d.decidedBy])).toEqual([
      ['stop', '', 'Priya'],
      ['proceed_with_measures', 'Separate arrivals', 'Sam'],
    ]);
    expect(plan.blockers.map((b) => b.code)).toContain('risk_disallows');
    expect(await timeline(kase.id)).toEqual(
      expect.arrayContaining([
        'Risk decision: Proceed with measures (decided by Sam)',
        'Risk decision: Stop (decided by Priya)',
      ]),
    );
  });
});

describe('the status follows the work', () => {
  it('moves to preparation, conference and follow-up by itself, each move on the timeline, and offers closing after the review', async () => {
    const { kase } = await confirmedConference(t.wb);
    expect(await status(kase.id)).toBe('conference');
    await call(t.wb, 'run:captureAction', { caseId: kase.id, text: 'Jordan replaces the phone case' });
    await call(t.wb, 'agreement:start', { caseId: kase.id });
    await call(t.wb, 'agreement:markAgreed', { caseId: kase.id });
    expect(await status(kase.id)).toBe('follow_up');
    expect(((await call(t.wb, 'case:get', { id: kase.id })) as CaseRecord).closeSuggested).toBe(false);
    await call(t.wb, 'review:record', { caseId: kase.id, heldOn: '2026-11-24', outcome: 'completed' });
    const record = (await call(t.wb, 'case:get', { id: kase.id })) as CaseRecord;
    // Closing stays a deliberate act: offered, not done.
    expect(record).toMatchObject({ status: 'follow_up', closeSuggested: true });
    const lines = await timeline(kase.id);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Status: Referral → Preparation (first preparation meeting)',
        'Status: Preparation → Conference (conference confirmed)',
        'Status: Conference → Follow-up (agreement agreed)',
        'Risk decision: Proceed with measures (decided by Sam (facilitator))',
        'Conference confirmed: everything was ready',
        'Agreement agreed (version 1)',
        'Review held: agreement completed',
      ]),
    );
    await call(t.wb, 'case:setStatus', { id: kase.id, status: 'closed', closureReason: 'completed' });
    expect(((await call(t.wb, 'case:get', { id: kase.id })) as CaseRecord).closeSuggested).toBe(false);
  });

  it('never moves backwards or out of closed, and can be set back by hand', async () => {
    const { kase, ayla } = await schoolIncident(t.wb);
    await call(t.wb, 'case:setStatus', { id: kase.id, status: 'conference' });
    await call(t.wb, 'prep:save', { caseId: kase.id, participantId: ayla.id, startsAt: '2026-11-26T10:00' });
    expect(await status(kase.id)).toBe('conference');
    await call(t.wb, 'case:setStatus', { id: kase.id, status: 'assessment' });
    expect(await status(kase.id)).toBe('assessment');
    await call(t.wb, 'case:setStatus', { id: kase.id, status: 'closed', closureReason: 'declined' });
    await call(t.wb, 'prep:save', { caseId: kase.id, participantId: ayla.id, startsAt: '2026-11-27T10:00' });
    expect(await status(kase.id)).toBe('closed');
  });

  it('puts a risk flag and a confirmation with its reason on the timeline', async () => {
    const { kase, jordan } = await schoolIncident(t.wb);
    await call(t.wb, 'risk:save', {
      caseId: kase.id,
      personId: jordan.person.id,
      category: 'power_imbalance',
      level: 'medium',
      detail: 'Older and bigger than Ayla',
      mitigations: '',
    });
    await call(t.wb, 'conference:update', { caseId: kase.id, invited: [jordan.id] });
    await call(t.wb, 'conference:confirm', { caseId: kase.id, overrideReason: 'Term ends on Friday' });
    const lines = await timeline(kase.id);
    expect(lines).toContain('Risk flag added: Power imbalance, medium, about Jordan Fenwick');
    expect(lines.find((l) => l.startsWith('Conference confirmed'))).toMatch(
      /^Conference confirmed with \d+ things missing, because: Term ends on Friday$/,
    );
    // The flag's detail is confidential: the timeline names the category, never the text.
    expect(lines.join('\n')).not.toContain('Older and bigger');
  });
});
