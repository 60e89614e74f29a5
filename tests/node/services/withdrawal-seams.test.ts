/**
 * A withdrawal takes effect everywhere (issue "safeguarding seams", point 3), worked out once
 * in the case core: the conference, the gate, the seating, the speaking order, a fresh run
 * sheet, the draft agreement's signers, the letters. Consent given again undoes each, visibly.
 * Invented names, real encrypted vault.
 */
import { describe, expect, it } from 'vitest';
import type { AgreementState } from '../../../src/shared/schemas/agreements';
import type { ConferencePlan } from '../../../src/shared/schemas/conference';
import type { TimelineEntry } from '../../../src/shared/schemas/cases';
import { confirmedConference } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest({ desktop: (folder) => ({ chooseFolder: async () => folder }) });
const plan = async (caseId: string) => (await call(t.wb, 'conference:get', { caseId })) as ConferencePlan;
const timeline = async (id: string) =>
  ((await call(t.wb, 'case:timeline', { id })) as TimelineEntry[]).map((e) => e.summary);

describe('a withdrawal of consent to take part', () => {
  it('moves a confirmed conference back to planning, on the timeline, and the gate lists it', async () => {
    const { kase, ayla, consents } = await confirmedConference(t.wb);
    expect((await plan(kase.id)).status).toBe('confirmed');
    t.clock = new Date('2026-11-28T09:00:00Z');
    await call(t.wb, 'consent:withdraw', {
      id: consents.get(ayla.id)!.takePart,
      withdrawnOn: '2026-11-28',
      reason: 'Does not want to meet Jordan',
    });
    const after = await plan(kase.id);
    expect(after.status).toBe('planning');
    expect(after.reopened).toEqual({
      at: '2026-11-28T09:00:00.000Z',
      cause: 'withdrawal',
      name: 'Ayla Brightwater',
    });
    expect(after.blockers.map((b) => b.message)).toContain('Ayla Brightwater withdrew consent to take part.');
    expect(await timeline(kase.id)).toEqual(
      expect.arrayContaining([
        'Ayla Brightwater withdrew consent to take part',
        'Conference back to planning: Ayla Brightwater no longer takes part',
      ]),
    );
  });

  it('marks them withdrawn in the plan, leaves them out of a fresh run sheet and of a draft’s signers', async () => {
    const { kase, ayla, tomasz, consents } = await confirmedConference(t.wb);
    await call(t.wb, 'conference:update', {
      caseId: kase.id,
      seating: [
        { participantId: ayla.id, seat: 1 },
        { participantId: tomasz.id, seat: 2 },
      ],
      speakingOrder: [ayla.id, tomasz.id],
    });
    await call(t.wb, 'agreement:start', { caseId: kase.id });
    await call(t.wb, 'consent:withdraw', {
      id: consents.get(ayla.id)!.takePart,
      withdrawnOn: '2026-11-28',
      reason: 'Changed her mind',
    });
    const after = (await call(t.wb, 'conference:applyTemplate', { caseId: kase.id })) as ConferencePlan;
    expect(after.people.find((p) => p.participantId === ayla.id)).toMatchObject({
      withdrawn: true,
      withdrawnReason: 'Consent to take part was withdrawn.',
      invited: true,
    });
    const speakers = after.runSheet.flatMap((phase) => phase.speakers.map((s) => s.participantId));
    expect(speakers).toContain(tomasz.id);
    expect(speakers).not.toContain(ayla.id);
    // Her chair stays hers in the stored plan (the screen shows it empty), so consent given
    // again puts her back.
    expect(after.seating).toContainEqual({ participantId: ayla.id, seat: 1 });
    const state = (await call(t.wb, 'agreement:get', { caseId: kase.id })) as AgreementState;
    expect(state.agreement!.signers.map((s) => s.name)).not.toContain('Ayla Brightwater');
    expect(state.agreement!.notices).toContain(
      'Ayla Brightwater has withdrawn from taking part, so they are not in the signing list. They come back if they give consent again.',
    );
  });

  it('makes no invitation for them, and lists the letters made before it as such', async () => {
    const { kase, ayla, consents } = await confirmedConference(t.wb);
    const first = (await call(t.wb, 'conference:exportDocuments', {
      caseId: kase.id,
      which: 'invitations',
    })) as { files: string[] };
    expect(first.files).toHaveLength(6);
    await call(t.wb, 'consent:withdraw', {
      id: consents.get(ayla.id)!.takePart,
      withdrawnOn: '2026-11-28',
      reason: 'Changed her mind',
    });
    const second = (await call(t.wb, 'conference:exportDocuments', {
      caseId: kase.id,
      which: 'invitations',
    })) as { files: string[] };
    expect(second.files).toHaveLength(5);
    expect(second.files.some((f) => f.includes('Ayla'))).toBe(false);
    const after = await plan(kase.id);
    expect(after.lettersMade.filter((l) => l.beforeWithdrawal)).toEqual([
      expect.objectContaining({ name: 'Ayla Brightwater', kind: 'invitation' }),
    ]);
  });

  it('leaves an agreed version as it was, with a notice', async () => {
    const { kase, jordan, consents } = await confirmedConference(t.wb);
    await call(t.wb, 'run:captureAction', { caseId: kase.id, text: 'Jordan replaces the phone case' });
    await call(t.wb, 'agreement:start', { caseId: kase.id });
    await call(t.wb, 'agreement:markAgreed', { caseId: kase.id });
    await call(t.wb, 'consent:withdraw', {
      id: consents.get(jordan.id)!.takePart,
      withdrawnOn: '2026-11-28',
      reason: 'Moved school',
    });
    const state = (await call(t.wb, 'agreement:get', { caseId: kase.id })) as AgreementState;
    expect(state.agreement!.signers.map((s) => s.name)).toContain('Jordan Fenwick');
    expect(state.agreement!.notices).toContain(
      'Jordan Fenwick has withdrawn from taking part since this version was agreed. It stays as it was agreed.',
    );
  });

  it('is undone, visibly, when consent is given again', async () => {
    const { kase, ayla, consents } = await confirmedConference(t.wb);
    await call(t.wb, 'agreement:start', { caseId: kase.id });
    await call(t.wb, 'consent:withdraw', {
      id: consents.get(ayla.id)!.takePart,
      withdrawnOn: '2026-11-28',
      reason: 'Unsure',
    });
    await call(t.wb, 'consent:record', {
      caseId: kase.id,
      personId: ayla.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'verbal',
      decidedOn: '2026-11-30',
    });
    const after = await plan(kase.id);
    expect(after.people.find((p) => p.participantId === ayla.id)).toMatchObject({
      withdrawn: false,
      givenAgain: [{ kind: 'take_part', on: '2026-11-30' }],
    });
    // The conference is not confirmed again by itself: the facilitator passes the gate again.
    expect(after.status).toBe('planning');
    const state = (await call(t.wb, 'agreement:get', { caseId: kase.id })) as AgreementState;
    expect(state.agreement!.signers.map((s) => s.name)).toContain('Ayla Brightwater');
    expect(state.agreement!.notices).toContain(
      'Ayla Brightwater gave consent to take part again, so they are back in the signing list.',
    );
    expect(await timeline(kase.id)).toContain('Ayla Brightwater gave consent to take part');
  });
});

describe('a withdrawal of consent to share information', () => {
  it('is a gate item to acknowledge, and the Conference tab says why they are left out', async () => {
    const { kase, jordan, consents } = await confirmedConference(t.wb);
    const consentId = consents.get(jordan.id)!.shareInformation;
    await call(t.wb, 'consent:withdraw', { id: consentId, withdrawnOn: '2026-11-28', reason: 'Privacy' });
    let after = await plan(kase.id);
    // Still taking part: the conference stays confirmed, but the next confirmation must see it.
    expect(after.people.find((p) => p.participantId === jordan.id)).toMatchObject({
      withdrawn: false,
      shareWithdrawn: true,
    });
    const item = after.blockers.find((b) => b.code === 'share_withdrawn')!;
    expect(item.message).toMatch(/^Jordan Fenwick withdrew consent to share information/);
    expect(item.fix).toEqual({ place: 'acknowledge', participantId: jordan.id, consentId });
    after = (await call(t.wb, 'conference:acknowledge', { caseId: kase.id, consentId })) as ConferencePlan;
    expect(after.blockers.some((b) => b.code === 'share_withdrawn')).toBe(false);
    expect(await timeline(kase.id)).toContain(
      'Acknowledged that Jordan Fenwick withdrew consent to share information',
    );
    const stale = await callError(t.wb, 'conference:acknowledge', {
      caseId: kase.id,
      consentId: consents.get(jordan.id)!.takePart,
    });
    expect(stale.code).toBe('not_found');
  });
});

describe('the smaller seams', () => {
  it('refuses a signing list with someone in it twice, with a typed error', async () => {
    const { kase, ayla } = await confirmedConference(t.wb);
    await call(t.wb, 'agreement:start', { caseId: kase.id });
    const error = await callError(t.wb, 'agreement:save', {
      caseId: kase.id,
      actions: [],
      signers: [
        { participantId: ayla.id, choice: 'signs' },
        { participantId: ayla.id, choice: 'declines' },
      ],
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'Ayla Brightwater is in the signing list twice: each person either signs or declines, once.',
      fields: { signers: 'List each person once.' },
    });
  });

  it('keeps each time a shuttle message is carried', async () => {
    const { kase, ayla, jordan } = await confirmedConference(t.wb);
    const message = (await call(t.wb, 'shuttle:add', {
      caseId: kase.id,
      fromParticipantId: jordan.id,
      toParticipantId: ayla.id,
      message: 'I am sorry about the phone.',
      consentToPass: true,
    })) as { id: string };
    await call(t.wb, 'shuttle:carried', { id: message.id });
    t.clock = new Date('2026-11-30T11:00:00Z');
    const again = (await call(t.wb, 'shuttle:carried', { id: message.id })) as {
      carriedAt: string;
      carries: string[];
    };
    expect(again.carriedAt).toBe('2026-11-24T10:00:00.000Z');
    expect(again.carries).toEqual(['2026-11-24T10:00:00.000Z', '2026-11-30T11:00:00.000Z']);
  });

  it('counts a case that began as shuttle work and became a conference as both indirect and direct', async () => {
    const { kase, ayla, jordan } = await confirmedConference(t.wb);
    await call(t.wb, 'case:changeProcessType', { id: kase.id, processType: 'indirect' });
    const message = (await call(t.wb, 'shuttle:add', {
      caseId: kase.id,
      fromParticipantId: jordan.id,
      toParticipantId: ayla.id,
      message: 'Would you meet?',
      consentToPass: true,
    })) as { id: string };
    await call(t.wb, 'shuttle:carried', { id: message.id });
    await call(t.wb, 'case:changeProcessType', { id: kase.id, processType: 'restorative_conference' });
    const report = (await call(t.wb, 'report:get', { from: '2026-01-01', to: '2026-12-31' })) as {
      direct: number;
      indirect: number;
    };
    expect(report).toMatchObject({ direct: 1, indirect: 1 });
  });

  it('points "nobody is invited" at the invitations on the Conference tab', async () => {
    const { kase } = await confirmedConference(t.wb);
    const after = (await call(t.wb, 'conference:update', { caseId: kase.id, invited: [] })) as ConferencePlan;
    expect(after.blockers[0]).toEqual({
      code: 'no_participants',
      message: 'Nobody is invited yet.',
      fix: { place: 'invitations' },
    });
  });
});
