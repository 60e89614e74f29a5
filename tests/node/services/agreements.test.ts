/**
 * The agreement over a real encrypted vault: started from run mode's draft actions, edited,
 * agreed, revised into version 2 (version 1 still readable), followed up, reviewed, and counted
 * in the report. Invented names.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { blankAction, draftFrom } from '../../../src/shared/domain/agreement';
import type { AgreementState } from '../../../src/shared/schemas/agreements';
import { schoolIncident } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

let answer: string | null;
const t = workbenchPerTest({
  desktop: (folder) => ({
    chooseSaveFile: async (_p, name, ext) => answer ?? join(folder, `${name}.${ext}`),
  }),
});
beforeEach(() => {
  answer = null;
});

const state = async (caseId: string) => (await call(t.wb, 'agreement:get', { caseId })) as AgreementState;

async function withDrafts() {
  const school = await schoolIncident(t.wb);
  for (const text of [
    'Jordan replaces the broken bag strap',
    'Ayla and Jordan sit apart in science for two weeks',
    'Review with Mr Okafor in a month',
  ])
    await call(t.wb, 'run:captureAction', { caseId: school.kase.id, text });
  return school;
}

/** The screen sends the whole agreement back on each autosave: the editor's own draft. */
const asInput = (s: AgreementState) => draftFrom(s.agreement!);

describe('agreements', () => {
  it('starts from the three draft actions captured in run mode, once', async () => {
    const { kase } = await withDrafts();
    const before = await state(kase.id);
    expect(before.agreement).toBeNull();
    expect(before.unusedDrafts.map((d) => d.text)).toHaveLength(3);
    const started = (await call(t.wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
    expect(started.agreement!.actions.map((a) => a.what)).toEqual([
      'Jordan replaces the broken bag strap',
      'Ayla and Jordan sit apart in science for two weeks',
      'Review with Mr Okafor in a month',
    ]);
    expect(started.agreement!.version).toBe(1);
    expect(started.agreement!.status).toBe('draft');
    expect(started.agreement!.title).toBe('Agreement');
    expect(started.unusedDrafts).toEqual([]);
    // Starting again changes nothing.
    const again = (await call(t.wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
    expect(again.versions).toHaveLength(1);
    // A draft captured later is offered, not added by itself.
    await call(t.wb, 'run:captureAction', { caseId: kase.id, text: 'Jordan writes to Tomasz' });
    expect((await state(kase.id)).unusedDrafts.map((d) => d.text)).toEqual(['Jordan writes to Tomasz']);
  });

  it('saves edits in place while a draft, and names people from the case', async () => {
    const { kase, jordan, ayla } = await withDrafts();
    const s = (await call(t.wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
    const input = asInput(s);
    input.statement = 'On 3 November a bag strap was broken in the corridor.';
    input.actions[0] = {
      ...input.actions[0]!,
      whoParticipantId: jordan.id,
      forParticipantId: ayla.id,
      byWhen: '2026-12-04',
      howChecked: 'Ayla shows the new strap to Mr Okafor',
      checkedBy: 'Mr Okafor',
    };
    const saved = (await call(t.wb, 'agreement:save', input)) as AgreementState;
    expect(saved.versions).toHaveLength(1);
    const first = saved.agreement!.actions[0]!;
    expect([first.whoName, first.forName, first.byWhen]).toEqual([
      'Jordan Fenwick',
      'Ayla Brightwater',
      '2026-12-04',
    ]);
    expect(saved.agreement!.statement).toBe('On 3 November a bag strap was broken in the corridor.');
    // Renaming a person renames them in the agreement (names are read, not copied).
    await call(t.wb, 'person:update', { id: jordan.person.id, preferredName: 'Jordy Fenwick' });
    expect((await state(kase.id)).agreement!.actions[0]!.whoName).toBe('Jordy Fenwick');
  });

  it('once agreed, an edit becomes version 2 and version 1 stays readable as it was', async () => {
    const { kase } = await withDrafts();
    await call(t.wb, 'agreement:start', { caseId: kase.id });
    const agreed = (await call(t.wb, 'agreement:markAgreed', { caseId: kase.id })) as AgreementState;
    expect(agreed.agreement!.status).toBe('agreed');
    expect(agreed.agreement!.agreedAt).toBe('2026-11-24T10:00:00.000Z');
    const v1 = agreed.agreement!;
    const input = asInput(agreed);
    input.actions[1]!.what = 'Ayla and Jordan sit apart in science until Christmas';
    const revised = (await call(t.wb, 'agreement:save', input)) as AgreementState;
    expect(revised.agreement!.version).toBe(2);
    expect(revised.agreement!.status).toBe('draft');
    expect(revised.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'agreed'],
    ]);
    const old = (await call(t.wb, 'agreement:version', { id: v1.id })) as AgreementState['agreement'];
    expect(old!.actions[1]!.what).toBe('Ayla and Jordan sit apart in science for two weeks');
    expect(old!.current).toBe(false);
    // Action ids survive the new version, so follow-up stays with the action.
    expect(revised.agreement!.actions.map((a) => a.id)).toEqual(v1.actions.map((a) => a.id));
    // A second save edits version 2 in place.
    input.statement = 'Changed at the review.';
    expect(((await call(t.wb, 'agreement:save', input)) as AgreementState).versions).toHaveLength(2);
  });

  it('records follow-up with history, shows overdue actions, and a review closes the agreement', async () => {
    const { kase } = await withDrafts();
    const s = (await call(t.wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
    const input = asInput(s);
    input.actions[0]!.byWhen = '2026-12-01';
    input.actions[1]!.byWhen = '2026-12-10';
    await call(t.wb, 'agreement:save', input);
    // Follow-up needs an agreed agreement.
    const early = await callError(t.wb, 'action:setStatus', {
      caseId: kase.id,
      actionId: input.actions[0]!.id,
      status: 'done',
      on: '2026-11-24',
    });
    expect(early.message).toBe('Follow-up starts once the agreement is marked as agreed.');
    await call(t.wb, 'agreement:markAgreed', { caseId: kase.id });
    t.clock = new Date('2026-12-05T10:00:00Z');
    let now = await state(kase.id);
    expect(now.agreement!.actions.map((a) => a.overdue)).toEqual([true, false, false]);
    await call(t.wb, 'action:setStatus', {
      caseId: kase.id,
      actionId: input.actions[0]!.id,
      status: 'in_progress',
      on: '2026-12-05',
      note: 'Strap ordered',
    });
    now = (await call(t.wb, 'action:setStatus', {
      caseId: kase.id,
      actionId: input.actions[0]!.id,
      status: 'done',
      on: '2026-12-06',
      note: 'Seen by Mr Okafor',
    })) as AgreementState;
    const first = now.agreement!.actions[0]!;
    expect(first.status).toBe('done');
    expect(first.overdue).toBe(false);
    expect(first.history.map((h) => [h.status, h.on, h.note])).toEqual([
      ['in_progress', '2026-12-05', 'Strap ordered'],
      ['done', '2026-12-06', 'Seen by Mr Okafor'],
    ]);
    const closed = (await call(t.wb, 'review:record', {
      caseId: kase.id,
      heldOn: '2027-01-10',
      attendees: 'Ayla, Jordan, Mr Okafor',
      notes: 'All well.',
      outcome: 'partly_completed',
    })) as AgreementState;
    expect(closed.agreement!.status).toBe('closed');
    expect(closed.agreement!.review).toMatchObject({ heldOn: '2027-01-10', outcome: 'partly_completed' });
    const twice = await callError(t.wb, 'review:record', {
      caseId: kase.id,
      heldOn: '2027-01-11',
      outcome: 'completed',
    });
    expect(twice.message).toBe('This agreement was already closed at a review.');
  });

  it('puts overdue and soon-due actions on Today and behind the case list filter', async () => {
    const { kase } = await withDrafts();
    const s = (await call(t.wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
    const input = asInput(s);
    input.actions[0]!.byWhen = '2026-11-27';
    input.actions[1]!.byWhen = '2026-12-20';
    await call(t.wb, 'agreement:save', input);
    type Today = { dueActions: { what: string; dueOn: string; overdue: boolean; caseReference: string }[] };
    // A draft agreement is not yet anyone's promise.
    expect(((await call(t.wb, 'today:get')) as Today).dueActions).toEqual([]);
    await call(t.wb, 'agreement:markAgreed', { caseId: kase.id });
    let today = (await call(t.wb, 'today:get')) as Today;
    expect(today.dueActions.map((a) => [a.what, a.overdue])).toEqual([
      ['Jordan replaces the broken bag strap', false],
    ]);
    const overdueCases = async () =>
      ((await call(t.wb, 'case:list', { overdueActions: true })) as { cases: { id: string }[] }).cases.map(
        (c) => c.id,
      );
    expect(await overdueCases()).toEqual([]);
    t.clock = new Date('2026-11-30T09:00:00Z');
    today = (await call(t.wb, 'today:get')) as Today;
    expect(today.dueActions[0]).toMatchObject({
      dueOn: '2026-11-27',
      overdue: true,
      caseReference: 'RW-2026-0001',
    });
    expect(await overdueCases()).toEqual([kase.id]);
    await call(t.wb, 'action:setStatus', {
      caseId: kase.id,
      actionId: input.actions[0]!.id,
      status: 'done',
      on: '2026-11-29',
    });
    expect(((await call(t.wb, 'today:get')) as Today).dueActions).toEqual([]);
    expect(await overdueCases()).toEqual([]);
  });

  it('refuses bad input with a specific message and writes nothing', async () => {
    const { kase } = await withDrafts();
    const s = (await call(t.wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
    const input = asInput(s);
    const stranger = '7d9e4b1a-1111-4222-8333-944455556666';
    const badPerson = await callError(t.wb, 'agreement:save', {
      ...input,
      actions: [{ ...input.actions[0]!, whoParticipantId: stranger }],
    });
    expect(badPerson.fields).toEqual({ 'actions.0.whoParticipantId': 'Choose someone in this case.' });
    const badDate = await callError(t.wb, 'agreement:save', {
      ...input,
      actions: [{ ...input.actions[0]!, byWhen: '2026-02-30' }],
    });
    expect(badDate.fields).toMatchObject({ 'actions.0.byWhen': 'That date does not exist.' });
    const control = await callError(t.wb, 'agreement:save', { ...input, statement: 'a\u0000b' });
    expect(control.fields).toMatchObject({
      statement: 'The statement contains characters that cannot be stored.',
    });
    const huge = await callError(t.wb, 'agreement:save', { ...input, statement: 'x'.repeat(4_001) });
    expect(huge.code).toBe('invalid_input');
    const tooMany = await callError(t.wb, 'agreement:save', {
      ...input,
      actions: Array.from({ length: 101 }, () => ({ what: 'x' })),
    });
    expect(tooMany.fields).toMatchObject({ actions: 'An agreement can hold at most 100 actions.' });
    const emptyAgree = await callError(t.wb, 'agreement:markAgreed', { caseId: stranger });
    expect(emptyAgree.code).toBe('not_found');
    // Nothing of the above changed the stored agreement.
    expect((await state(kase.id)).agreement!.actions.map((a) => a.what)).toEqual(
      s.agreement!.actions.map((a) => a.what),
    );
  });

  it('keeps hostile text exactly as typed', async () => {
    const { kase } = await withDrafts();
    const s = (await call(t.wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
    const input = asInput(s);
    const hostile = [
      '<script>alert(1)</script>',
      '"; DROP TABLE agreement_versions; --',
      'ليلى تعتذر 🙂',
      'Zoë & Łukasz',
    ];
    input.actions = hostile.map((what) => ({
      ...input.actions[0]!,
      id: undefined as unknown as string,
      what,
    }));
    const saved = (await call(t.wb, 'agreement:save', input)) as AgreementState;
    expect(saved.agreement!.actions.map((a) => a.what)).toEqual(hostile);
  });

  it('an FGC family plan is checked against the bottom lines and names the family lead', async () => {
    const kase = (await call(t.wb, 'case:create', {
      title: 'Okafor family plan',
      processType: 'family_group_conference',
      setting: 'family',
    })) as { id: string };
    const grace = (await call(t.wb, 'participant:add', {
      caseId: kase.id,
      role: 'family_member',
      person: { preferredName: 'Grace Okafor' },
    })) as { id: string };
    await call(t.wb, 'conference:update', {
      caseId: kase.id,
      fgc: {
        bottomLines: ['Mia is never left alone with Uncle Rob', 'Mia goes to school every day'],
        preAgreedQuestions: [],
        familyLeadParticipantId: grace.id,
      },
    });
    const s = (await call(t.wb, 'agreement:start', { caseId: kase.id })) as AgreementState;
    expect(s.agreement!.title).toBe('Family plan');
    expect(s.agreement!.familyLead).toEqual({ participantId: grace.id, name: 'Grace Okafor' });
    const input = asInput(s);
    input.actions = [
      { ...blankAction(randomUUID(), 'Grandma walks Mia to school each morning'), meetsBottomLines: [1] },
    ];
    const saved = (await call(t.wb, 'agreement:save', input)) as AgreementState;
    expect(saved.agreement!.bottomLines.map((b) => [b.text, b.met, b.metBy.length])).toEqual([
      ['Mia is never left alone with Uncle Rob', false, 0],
      ['Mia goes to school every day', true, 1],
    ]);
  });

  it('writes the Word document, the completion letter and the report CSV where the facilitator chose', async () => {
    const { kase, ayla } = await withDrafts();
    await call(t.wb, 'agreement:start', { caseId: kase.id });
    const doc = (await call(t.wb, 'agreement:exportDocx', { caseId: kase.id, variant: 'large_print' })) as {
      path: string;
    };
    expect(doc.path).toMatch(/agreement-RW-2026-0001-large-print\.docx$/);
    expect(readFileSync(doc.path).subarray(0, 2).toString()).toBe('PK');
    const noReview = await callError(t.wb, 'letter:completion', { caseId: kase.id, participantId: ayla.id });
    expect(noReview.message).toBe('Follow-up starts once the agreement is marked as agreed.');
    await call(t.wb, 'agreement:markAgreed', { caseId: kase.id });
    await call(t.wb, 'review:record', { caseId: kase.id, heldOn: '2026-12-20', outcome: 'completed' });
    const letter = (await call(t.wb, 'letter:completion', { caseId: kase.id, participantId: ayla.id })) as {
      path: string;
    };
    expect(existsSync(letter.path)).toBe(true);
    const csv = (await call(t.wb, 'report:exportCsv', {
      from: '2026-11-01',
      to: '2026-12-31',
      headers: { measure: 'Indicator', group: 'Group', count: 'Total' },
    })) as { path: string };
    const text = readFileSync(csv.path, 'utf8');
    expect(text.split('\r\n')[0]).toBe('Indicator,Group,Total');
    expect(text).toContain('Agreements made,,1\r\n');
    expect(text).toContain('Agreements completed,,1\r\n');
    expect(text).not.toContain('Ayla');
    // Cancelling the dialog writes nothing.
    answer = '';
    const cancelled = await call(t.wb, 'agreement:exportDocx', { caseId: kase.id, variant: 'standard' });
    expect(cancelled).toEqual({ cancelled: true, path: null });
  });
});
