import { describe, expect, it } from 'vitest';
import { checklistItems } from '../../../src/shared/domain/readiness';
import { schoolIncident } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest();

const fullChecklist = Object.fromEntries(Object.keys(checklistItems).map((k) => [k, true]));
type Plan = {
  blockers: { code: string; message: string; fix: Record<string, string> }[];
  status: string;
  overrideReason: string | null;
  runSheet: { id: string; title: string; speakers: { name: string }[] }[];
  readiness: { name: string; readiness: string; reason: string }[];
};

describe('conference planning', () => {
  it('prepares all six, watches the gate list shrink to empty, and confirms the conference', async () => {
    const { kase, ayla, tomasz, jordan, supporters } = await schoolIncident(t.wb);
    const everyone = [ayla, tomasz, jordan, ...supporters];
    let plan = (await call(t.wb, 'conference:update', {
      caseId: kase.id,
      invited: everyone.map((p) => p.id),
    })) as Plan;
    const counts = [plan.blockers.length];
    for (const p of everyone) {
      await call(t.wb, 'prep:save', {
        caseId: kase.id,
        participantId: p.id,
        startsAt: '2026-11-26T16:00',
        place: 'Family room',
        present: 'Facilitator and the participant',
        checklist: fullChecklist,
      });
      await call(t.wb, 'consent:record', {
        caseId: kase.id,
        personId: p.person.id,
        kind: 'take_part',
        decision: 'given',
        method: 'written',
        decidedOn: '2026-11-26',
      });
    }
    plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as Plan;
    counts.push(plan.blockers.length);
    expect(plan.readiness.every((r) => r.readiness === 'ready')).toBe(true);
    await call(t.wb, 'risk:assess', {
      caseId: kase.id,
      decision: 'proceed_with_measures',
      measures: 'Separate waiting rooms',
      decidedBy: 'Sam (facilitator)',
    });
    plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as Plan;
    counts.push(plan.blockers.length);
    plan = (await call(t.wb, 'conference:update', {
      caseId: kase.id,
      startsAt: '2026-12-03T15:30',
      venue: 'Hillside School',
      room: 'Library',
    })) as Plan;
    counts.push(plan.blockers.length);
    // Six without consent, six not prepared, the risk decision, date, venue and room.
    expect(counts).toEqual([16, 4, 3, 0]);
    plan = (await call(t.wb, 'conference:confirm', { caseId: kase.id })) as Plan;
    expect(plan.status).toBe('confirmed');
    const today = (await call(t.wb, 'today:get')) as { upcomingMeetings: { kind: string; place: string }[] };
    expect(today.upcomingMeetings).toContainEqual(
      expect.objectContaining({ kind: 'conference', place: 'Library, Hillside School' }),
    );
  });

  it('refuses to confirm with something missing unless a reason is written, which is recorded', async () => {
    const { kase, jordan } = await schoolIncident(t.wb);
    await call(t.wb, 'conference:update', { caseId: kase.id, invited: [jordan.id] });
    const error = await callError(t.wb, 'conference:confirm', { caseId: kase.id });
    expect(error.message).toMatch(/cannot be confirmed yet: 6 things are still missing/);
    expect(error.fields).toHaveProperty('overrideReason');
    const plan = (await call(t.wb, 'conference:confirm', {
      caseId: kase.id,
      overrideReason: 'Urgent: term ends Friday; consents by phone today.',
    })) as Plan;
    expect(plan).toMatchObject({
      status: 'confirmed',
      overrideReason: 'Urgent: term ends Friday; consents by phone today.',
    });
    const reopened = (await call(t.wb, 'conference:update', { caseId: kase.id, room: 'Hall' })) as Plan;
    expect(reopened.status).toBe('planning');
  });

  it('names each blocker with where to fix it and reflects a withdrawal', async () => {
    const { kase, jordan } = await schoolIncident(t.wb);
    await call(t.wb, 'conference:update', { caseId: kase.id, invited: [jordan.id] });
    const consent = (await call(t.wb, 'consent:record', {
      caseId: kase.id,
      personId: jordan.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'verbal',
      decidedOn: '2026-11-20',
    })) as { id: string };
    await call(t.wb, 'consent:withdraw', { id: consent.id, withdrawnOn: '2026-11-23', reason: 'Not ready' });
    const plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as Plan;
    expect(plan.blockers[0]).toMatchObject({
      code: 'consent_withdrawn',
      message: 'Jordan Fenwick withdrew consent to take part.',
      fix: { place: 'consent', participantId: jordan.id },
    });
    expect(plan.readiness.find((r) => r.name === 'Jordan Fenwick')).toMatchObject({ readiness: 'withdrawn' });
  });

  it('turns the template into this case’s run sheet in the speaking order, and keeps edits', async () => {
    const { kase, ayla, tomasz } = await schoolIncident(t.wb);
    await call(t.wb, 'conference:update', { caseId: kase.id, speakingOrder: [tomasz.id, ayla.id] });
    let plan = (await call(t.wb, 'conference:applyTemplate', { caseId: kase.id })) as Plan & {
      templateId: string;
      templateVersion: number;
    };
    expect(plan.templateId).toBe('restorative-conference');
    expect(plan.templateVersion).toBe(1);
    expect(plan.runSheet.find((p) => p.id === 'harmed')!.speakers.map((s) => s.name)).toEqual([
      'Tomasz Quill',
      'Ayla Brightwater',
    ]);
    const edited = plan.runSheet
      .filter((p) => p.id !== 'informal')
      .map((p) => (p.id === 'close' ? { ...p, title: 'Closing words' } : p));
    plan = (await call(t.wb, 'conference:saveRunSheet', { caseId: kase.id, phases: edited })) as typeof plan;
    expect(plan.runSheet.map((p) => p.title).at(-1)).toBe('Closing words');
    expect((await callError(t.wb, 'conference:saveRunSheet', { caseId: kase.id, phases: [] })).code).toBe(
      'invalid_input',
    );
  });

  it('run mode remembers its phase and captures draft agreement actions', async () => {
    const { kase } = await schoolIncident(t.wb);
    expect((await callError(t.wb, 'run:goTo', { caseId: kase.id, phaseIndex: 1 })).message).toMatch(
      /no run sheet/,
    );
    await call(t.wb, 'conference:applyTemplate', { caseId: kase.id });
    await call(t.wb, 'run:goTo', { caseId: kase.id, phaseIndex: 1 });
    t.clock = new Date('2026-11-24T10:05:00Z');
    const state = (await call(t.wb, 'run:goTo', { caseId: kase.id, phaseIndex: 20 })) as {
      phaseIndex: number;
      startedAt: string;
      phaseStartedAt: string;
    };
    expect(state).toEqual({
      phaseIndex: 8,
      startedAt: '2026-11-24T10:00:00.000Z',
      phaseStartedAt: '2026-11-24T10:05:00.000Z',
      timers: {},
    });
    for (const text of [
      'Jordan pays for the phone screen by 19 December',
      'Ayla and Jordan sit apart in maths until half term',
      'Tutor checks in with Ayla weekly',
    ]) {
      await call(t.wb, 'run:captureAction', { caseId: kase.id, text, phaseId: 'agreement' });
    }
    const items = (await call(t.wb, 'run:draftActions', { caseId: kase.id })) as { text: string }[];
    expect(items.map((i) => i.text)).toHaveLength(3);
    expect((await call(t.wb, 'run:state', { caseId: kase.id })) as { phaseIndex: number }).toMatchObject({
      phaseIndex: 8,
    });
  });

  it('a new plan has every FGC and appropriateness field, ready to edit', async () => {
    const { kase } = await schoolIncident(t.wb);
    const plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as {
      fgc: unknown;
      appropriateness: unknown;
    };
    expect(plan.fgc).toEqual({ bottomLines: [], preAgreedQuestions: [], familyLeadParticipantId: null });
    // The acknowledgement starts from the referral ("yes" in this case) until checked.
    expect(plan.appropriateness).toEqual({
      acknowledged: 'yes',
      willingness: '',
      fromReferral: true,
      history: [],
    });
  });

  it('the referral and the appropriateness check share one acknowledgement; each check is kept', async () => {
    const { kase } = await schoolIncident(t.wb);
    await call(t.wb, 'conference:update', {
      caseId: kase.id,
      appropriateness: { acknowledged: 'no', willingness: 'Jordan wants to think about it.' },
    });
    // The check changes what the referral says...
    expect(
      ((await call(t.wb, 'case:get', { id: kase.id })) as { referral: { acknowledged: string } }).referral,
    ).toMatchObject({ acknowledged: 'no' });
    // ...and the referral, edited later, changes what the check shows.
    await call(t.wb, 'case:update', { id: kase.id, referral: { acknowledged: 'partly' } });
    t.clock = new Date('2026-11-25T09:00:00Z');
    await call(t.wb, 'conference:update', {
      caseId: kase.id,
      appropriateness: { acknowledged: 'yes', willingness: 'Both willing now.' },
    });
    const plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as {
      appropriateness: {
        acknowledged: string;
        willingness: string;
        fromReferral: boolean;
        history: unknown[];
      };
    };
    expect(plan.appropriateness).toMatchObject({
      acknowledged: 'yes',
      willingness: 'Both willing now.',
      fromReferral: false,
    });
    expect(plan.appropriateness.history).toEqual([
      { acknowledged: 'yes', willingness: 'Both willing now.', recordedAt: '2026-11-25T09:00:00.000Z' },
      {
        acknowledged: 'no',
        willingness: 'Jordan wants to think about it.',
        recordedAt: '2026-11-24T10:00:00.000Z',
      },
    ]);
  });

  it('a case whose referral is silent on acknowledgement starts the check at "not known"', async () => {
    const kase = (await call(t.wb, 'case:create', {
      title: 'Lunch queue',
      processType: 'restorative_conference',
      setting: 'school',
    })) as { id: string };
    const plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as { appropriateness: unknown };
    expect(plan.appropriateness).toEqual({
      acknowledged: 'unknown',
      willingness: '',
      fromReferral: true,
      history: [],
    });
  });

  it('refuses people from another case in the plan and a risk decision without who decided', async () => {
    const { kase } = await schoolIncident(t.wb);
    const other = await schoolIncident(t.wb);
    expect(
      (await callError(t.wb, 'conference:update', { caseId: kase.id, invited: [other.ayla.id] })).fields,
    ).toHaveProperty('invited');
    expect(
      (await callError(t.wb, 'risk:assess', { caseId: kase.id, decision: 'proceed', decidedBy: '' })).fields,
    ).toHaveProperty('decidedBy');
    expect(
      (
        await callError(t.wb, 'prep:save', {
          caseId: kase.id,
          participantId: other.ayla.id,
          startsAt: '2026-11-26T16:00',
        })
      ).fields,
    ).toHaveProperty('participantId');
  });
});
