import { describe, expect, it } from 'vitest';
import { addPerson, createCase, schoolIncident } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest();

type Template = {
  id: string;
  version: number;
  edited: boolean;
  phases: { id: string; title: string; speakers: string; questions: string[]; guidance: string }[];
};

describe('templates edited in Settings', () => {
  it('saves a new version; a case keeps the run sheet it was planned with', async () => {
    const { kase } = await schoolIncident(t.wb);
    await call(t.wb, 'conference:applyTemplate', { caseId: kase.id });
    const templates = (await call(t.wb, 'template:list')) as Template[];
    const conference = templates.find((t) => t.id === 'restorative-conference')!;
    expect(conference).toMatchObject({ version: 1, edited: false });
    const phases = conference.phases.map((p) => (p.id === 'close' ? { ...p, title: 'Closing round' } : p));
    const saved = (await call(t.wb, 'template:save', { id: conference.id, phases })) as Template;
    expect(saved).toMatchObject({ version: 2, edited: true });
    const plan = (await call(t.wb, 'conference:get', { caseId: kase.id })) as {
      runSheet: { title: string }[];
      templateVersion: number;
    };
    expect(plan.templateVersion).toBe(1);
    expect(plan.runSheet.map((p) => p.title)).toContain('Close');
    const second = await createCase(t.wb, { title: 'Second' });
    const newPlan = (await call(t.wb, 'conference:applyTemplate', { caseId: second.id })) as typeof plan;
    expect(newPlan.templateVersion).toBe(2);
    expect(newPlan.runSheet.map((p) => p.title)).toContain('Closing round');
    const reset = (await call(t.wb, 'template:reset', { id: conference.id })) as Template;
    expect(reset.version).toBe(3);
    expect(reset.edited).toBe(false);
    expect(reset.phases.map((p) => p.title)).toContain('Close');
    expect(
      (
        await callError(t.wb, 'template:save', {
          id: conference.id,
          phases: [{ ...phases[0], id: 'Bad Id!' }],
        })
      ).code,
    ).toBe('invalid_input');
    expect((await callError(t.wb, 'template:save', { id: 'nope', phases })).code).toBe('not_found');
  });
});

describe('private family time', () => {
  it('keeps its countdown in the stored run state', async () => {
    const kase = await createCase(t.wb, {
      title: 'Okonjo family plan',
      processType: 'family_group_conference',
      setting: 'family',
    });
    await addPerson(t.wb, kase.id, 'Nana Okonjo', 'family_member');
    await call(t.wb, 'conference:applyTemplate', { caseId: kase.id });
    await call(t.wb, 'run:timer', { caseId: kase.id, phaseId: 'private-time', action: 'start' });
    t.clock = new Date('2026-11-24T10:30:00Z');
    await call(t.wb, 'run:timer', { caseId: kase.id, phaseId: 'private-time', action: 'pause' });
    const state = (await call(t.wb, 'run:state', { caseId: kase.id })) as {
      timers: Record<string, { durationMs: number; usedMs: number; runningSince: number | null }>;
    };
    expect(state.timers['private-time']).toEqual({
      durationMs: 90 * 60_000,
      usedMs: 30 * 60_000,
      runningSince: null,
    });
    const extended = (await call(t.wb, 'run:timer', {
      caseId: kase.id,
      phaseId: 'private-time',
      action: 'extend',
      minutes: 15,
    })) as typeof state;
    expect(extended.timers['private-time']!.durationMs).toBe(105 * 60_000);
    expect(
      (await callError(t.wb, 'run:timer', { caseId: kase.id, phaseId: 'welcome', action: 'start' })).message,
    ).toMatch(/no timer/);
  });
});

describe('shuttle messages', () => {
  it('logs messages between people and passes one on only with its sender’s consent', async () => {
    const { kase, ayla, jordan } = await schoolIncident(t.wb);
    const other = await schoolIncident(t.wb);
    const msg = (await call(t.wb, 'shuttle:add', {
      caseId: kase.id,
      fromParticipantId: jordan.id,
      toParticipantId: ayla.id,
      message: 'I am sorry about your phone.',
    })) as { id: string };
    expect((await callError(t.wb, 'shuttle:carried', { id: msg.id })).fields).toHaveProperty('consentToPass');
    const carried = (await call(t.wb, 'shuttle:carried', { id: msg.id, consentToPass: true })) as {
      carriedAt: string | null;
      consentToPass: boolean;
    };
    expect(carried).toMatchObject({ consentToPass: true, carriedAt: '2026-11-24T10:00:00.000Z' });
    expect((await call(t.wb, 'shuttle:list', { caseId: kase.id })) as unknown[]).toHaveLength(1);
    expect(
      (
        await callError(t.wb, 'shuttle:add', {
          caseId: kase.id,
          fromParticipantId: jordan.id,
          toParticipantId: other.ayla.id,
          message: 'x',
        })
      ).fields,
    ).toHaveProperty('toParticipantId');
    expect(
      (
        await callError(t.wb, 'shuttle:add', {
          caseId: kase.id,
          fromParticipantId: jordan.id,
          toParticipantId: ayla.id,
          message: '  ',
        })
      ).fields,
    ).toHaveProperty('message');
  });
});
