import { describe, expect, it } from 'vitest';
import { addPerson, createCase, schoolIncident } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest();

describe('cases', () => {
  it('creates a case from the short form with a yearly reference and an opening timeline line', async () => {
    const a = (await createCase(t.wb)) as unknown as Record<string, unknown>;
    const b = await createCase(t.wb, { title: 'Second' });
    expect(a).toMatchObject({
      reference: 'RW-2026-0001',
      status: 'referral',
      processType: 'restorative_conference',
      setting: 'school',
    });
    expect(b.reference).toBe('RW-2026-0002');
    expect((a['referral'] as Record<string, string>)['summary']).toContain('phone was broken');
    const timeline = (await call(t.wb, 'case:timeline', { id: a['id'] })) as { summary: string }[];
    expect(timeline.map((t) => t.summary)).toEqual(['Case opened as restorative conference']);
  });

  it('refuses a case without a title, with an unknown type, or with a control character, and writes nothing', async () => {
    for (const bad of [
      { title: '   ', processType: 'circle', setting: 'school' },
      { title: 'x', processType: 'trial_by_combat', setting: 'school' },
      { title: 'bell\u0007', processType: 'circle', setting: 'school' },
      { title: 'x'.repeat(161), processType: 'circle', setting: 'school' },
      { title: 42, processType: 'circle', setting: 'school' },
    ]) {
      const error = await callError(t.wb, 'case:create', bad);
      expect(error.code).toBe('invalid_input');
      expect(error.message.length).toBeGreaterThan(5);
    }
    expect(((await call(t.wb, 'case:list', {})) as { total: number }).total).toBe(0);
  });

  it('moves along the pipeline, records each change with its time, and asks why when closing', async () => {
    const kase = await createCase(t.wb);
    for (const [i, status] of ['assessment', 'preparation', 'conference', 'follow_up'].entries()) {
      t.clock = new Date(Date.UTC(2026, 10, 25 + i, 9));
      await call(t.wb, 'case:setStatus', { id: kase.id, status });
    }
    expect(
      (await callError(t.wb, 'case:setStatus', { id: kase.id, status: 'closed' })).fields,
    ).toHaveProperty('closureReason');
    expect(
      (await callError(t.wb, 'case:setStatus', { id: kase.id, status: 'closed', closureReason: 'other' }))
        .fields,
    ).toHaveProperty('closureDetail');
    const closed = (await call(t.wb, 'case:setStatus', {
      id: kase.id,
      status: 'closed',
      closureReason: 'consent_withdrawn',
    })) as Record<string, unknown>;
    expect(closed).toMatchObject({ status: 'closed', closureReason: 'consent_withdrawn' });
    const timeline = (await call(t.wb, 'case:timeline', { id: kase.id })) as {
      summary: string;
      at: string;
    }[];
    expect(timeline.map((t) => t.summary)).toEqual([
      'Case opened as restorative conference',
      'Status: Referral → Assessment',
      'Status: Assessment → Preparation',
      'Status: Preparation → Conference',
      'Status: Conference → Follow-up',
      'Closed (consent withdrawn)',
    ]);
    expect(timeline[1]!.at).toBe('2026-11-25T09:00:00.000Z');
  });

  it('escalates a quick capture to a conference without losing its note or meeting', async () => {
    const captured = (await call(t.wb, 'case:quickCapture', {
      who: 'Rafi and Noor (Year 8)',
      where: 'Corridor by the library',
      whatWasSaid: 'Rafi said the comment was meant as a joke; Noor said it hurt.',
      followUp: 'Check in with both on Friday.',
    })) as { id: string; processType: string; status: string; title: string };
    expect(captured).toMatchObject({
      processType: 'restorative_conversation',
      status: 'follow_up',
      title: 'Conversation with Rafi and Noor (Year 8)',
    });
    const escalated = await call(t.wb, 'case:changeProcessType', {
      id: captured.id,
      processType: 'restorative_conference',
    });
    expect(escalated).toMatchObject({ processType: 'restorative_conference', status: 'follow_up' });
    const notes = (await call(t.wb, 'note:list', { caseId: captured.id })) as { body: string }[];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain('Noor said it hurt.');
    expect(notes[0]!.body).toContain('Check in with both on Friday.');
    const timeline = (await call(t.wb, 'case:timeline', { id: captured.id })) as { summary: string }[];
    expect(timeline.map((t) => t.summary)).toContain(
      'Process changed from restorative conversation to restorative conference',
    );
    expect(timeline.map((t) => t.summary)).toContain('Conversation at Corridor by the library');
  });

  it('quick capture refuses an empty conversation and keeps nothing half-made', async () => {
    const error = await callError(t.wb, 'case:quickCapture', { who: 'Rafi', whatWasSaid: '   ' });
    expect(error.fields).toHaveProperty('whatWasSaid');
    expect(((await call(t.wb, 'case:list', { archived: 'all' })) as { total: number }).total).toBe(0);
  });

  it('lists with search as you type (titles, references, people), filters, sort, archive and restore', async () => {
    const { kase } = await schoolIncident(t.wb);
    const circle = await createCase(t.wb, {
      title: 'Care home kitchen rota',
      processType: 'circle',
      setting: 'care_home',
      referral: { summary: 'Arguments over the rota.' },
    });
    await addPerson(t.wb, circle.id, 'Ayla Brightwater', 'community_member');
    const list = async (input: Record<string, unknown>) =>
      ((await call(t.wb, 'case:list', input)) as { cases: { id: string }[] }).cases.map((c) => c.id);
    expect(await list({ query: 'lunch' })).toEqual([kase.id]);
    expect(await list({ query: 'RW-2026-0002' })).toEqual([circle.id]);
    expect((await list({ query: 'brightw' })).sort()).toEqual([kase.id, circle.id].sort());
    expect(await list({ query: '100%_' })).toEqual([]);
    expect(await list({ processTypes: ['circle'] })).toEqual([circle.id]);
    expect(await list({ settings: ['school'] })).toEqual([kase.id]);
    expect(await list({ sort: 'reference' })).toEqual([kase.id, circle.id]);
    expect(await list({ sort: 'title' })).toEqual([circle.id, kase.id]);
    await call(t.wb, 'case:archive', { id: kase.id });
    expect(await list({})).toEqual([circle.id]);
    expect(await list({ archived: 'archived' })).toEqual([kase.id]);
    await call(t.wb, 'case:restore', { id: kase.id });
    expect((await list({})).length).toBe(2);
  });

  it('flags cases that need attention: no activity for N days, an upcoming meeting, withdrawn consent', async () => {
    const quiet = await createCase(t.wb, { title: 'Quiet one' });
    const busy = await createCase(t.wb, { title: 'Busy one' });
    t.clock = new Date('2026-12-20T10:00:00Z');
    await call(t.wb, 'meeting:save', {
      caseId: busy.id,
      kind: 'preparation',
      startsAt: '2026-12-22T15:00',
      place: 'Family room',
    });
    const result = (await call(t.wb, 'case:list', { needsAttention: true })) as {
      cases: { id: string; attention: string[] }[];
    };
    const byId = Object.fromEntries(result.cases.map((c) => [c.id, c.attention]));
    expect(byId[quiet.id]).toEqual(['no_recent_activity']);
    expect(byId[busy.id]).toEqual(['upcoming_meeting']);
    await call(t.wb, 'settings:update', { attentionDays: 60 });
    const later = (await call(t.wb, 'case:list', { needsAttention: true })) as { cases: { id: string }[] };
    expect(later.cases.map((c) => c.id)).toEqual([busy.id]);
  });
});
