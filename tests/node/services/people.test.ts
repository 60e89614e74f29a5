import { describe, expect, it } from 'vitest';
import { addPerson, createCase, schoolIncident } from '../support/case-fixtures';
import { call, callError, workbenchPerTest } from '../support/temp-workbench';

const t = workbenchPerTest();

type P = {
  id: string;
  role: string;
  person: { id: string; preferredName: string };
  supportsParticipantId: string | null;
  consentWithdrawn: boolean;
  otherCaseCount: number;
};

describe('people in a case', () => {
  it('holds several of each role, supporters linked to whom they support, in a calm order', async () => {
    const { kase, ayla, jordan } = await schoolIncident(t.wb);
    const people = (await call(t.wb, 'participant:list', { caseId: kase.id })) as P[];
    expect(people.map((p) => `${p.role}:${p.person.preferredName}`)).toEqual([
      'harmed:Ayla Brightwater',
      'harmed:Tomasz Quill',
      'responsible:Jordan Fenwick',
      'supporter:Dana Fenwick',
      'supporter:Marisol Brightwater',
      'supporter:Peter Quill',
    ]);
    expect(people.find((p) => p.person.preferredName === 'Dana Fenwick')!.supportsParticipantId).toBe(
      jordan.id,
    );
    expect(people.find((p) => p.person.preferredName === 'Marisol Brightwater')!.supportsParticipantId).toBe(
      ayla.id,
    );
  });

  it('adds the same child to a second case without retyping, and shows the other case', async () => {
    const { ayla } = await schoolIncident(t.wb);
    const second = await createCase(t.wb, { title: 'Bus stop', processType: 'circle' });
    const again = (await call(t.wb, 'participant:add', {
      caseId: second.id,
      personId: ayla.person.id,
      role: 'harmed',
    })) as P;
    expect(again.person.preferredName).toBe('Ayla Brightwater');
    expect(again.otherCaseCount).toBe(1);
    const person = (await call(t.wb, 'person:get', { id: ayla.person.id })) as {
      cases: { reference: string }[];
    };
    expect(person.cases.map((c) => c.reference)).toEqual(['RW-2026-0001', 'RW-2026-0002']);
    await call(t.wb, 'person:update', { id: ayla.person.id, pronouns: 'they/them' });
    const inFirst = (await call(t.wb, 'participant:list', { caseId: second.id })) as P[];
    expect((inFirst[0]!.person as unknown as { pronouns: string }).pronouns).toBe('they/them');
  });

  it('refuses a supporter without a supported person, a supporter of someone in another case, and bad details', async () => {
    const kase = await createCase(t.wb);
    const other = await createCase(t.wb, { title: 'Other' });
    const elsewhere = await addPerson(t.wb, other.id, 'Kit Marlowe', 'harmed');
    expect(
      (
        await callError(t.wb, 'participant:add', {
          caseId: kase.id,
          role: 'supporter',
          person: { preferredName: 'Sam' },
        })
      ).fields,
    ).toHaveProperty('supportsParticipantId');
    expect(
      (
        await callError(t.wb, 'participant:add', {
          caseId: kase.id,
          role: 'supporter',
          supportsParticipantId: elsewhere.id,
          person: { preferredName: 'Sam' },
        })
      ).code,
    ).toBe('invalid_input');
    expect(
      (
        await callError(t.wb, 'participant:add', {
          caseId: kase.id,
          role: 'harmed',
          person: { preferredName: 'Sam', email: 'not an email' },
        })
      ).fields,
    ).toHaveProperty('person.email');
    expect(
      (
        await callError(t.wb, 'participant:add', {
          caseId: kase.id,
          role: 'harmed',
          person: { preferredName: 'Sam', dateOfBirth: '2026-02-30' },
        })
      ).fields,
    ).toHaveProperty('person.dateOfBirth');
    expect((await call(t.wb, 'participant:list', { caseId: kase.id })) as P[]).toHaveLength(0);
  });

  it('keeps hostile but valid names exactly', async () => {
    const kase = await createCase(t.wb);
    for (const name of [
      '<script>alert(1)</script>',
      '"; DROP TABLE people; --',
      'Zoë 🌈',
      'مريم العلي',
      'אבי כהן',
    ]) {
      const p = await addPerson(t.wb, kase.id, name, 'community_member');
      expect(p.person.preferredName).toBe(name);
    }
    expect((await call(t.wb, 'participant:list', { caseId: kase.id })) as P[]).toHaveLength(5);
  });
});

describe('consent', () => {
  it('records taking part and sharing information separately, and shows a withdrawal everywhere the person appears', async () => {
    const { kase, jordan } = await schoolIncident(t.wb);
    const second = await createCase(t.wb, { title: 'Second' });
    await call(t.wb, 'participant:add', {
      caseId: second.id,
      personId: jordan.person.id,
      role: 'responsible',
    });
    const takePart = (await call(t.wb, 'consent:record', {
      caseId: kase.id,
      personId: jordan.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'on_behalf',
      onBehalfBy: 'Dana Fenwick (parent)',
      decidedOn: '2026-11-20',
    })) as { id: string; onBehalfBy: string };
    expect(takePart.onBehalfBy).toBe('Dana Fenwick (parent)');
    await call(t.wb, 'consent:record', {
      caseId: kase.id,
      personId: jordan.person.id,
      kind: 'share_information',
      decision: 'declined',
      method: 'verbal',
      decidedOn: '2026-11-20',
    });
    expect(
      (
        await callError(t.wb, 'consent:record', {
          caseId: kase.id,
          personId: jordan.person.id,
          kind: 'take_part',
          decision: 'given',
          method: 'on_behalf',
          decidedOn: '2026-11-20',
        })
      ).fields,
    ).toHaveProperty('onBehalfBy');
    expect(
      (await callError(t.wb, 'consent:withdraw', { id: takePart.id, withdrawnOn: '2026-11-01' })).fields,
    ).toHaveProperty('withdrawnOn');
    await call(t.wb, 'consent:withdraw', {
      id: takePart.id,
      withdrawnOn: '2026-11-23',
      reason: 'Does not feel ready',
    });
    expect(
      (await callError(t.wb, 'consent:withdraw', { id: takePart.id, withdrawnOn: '2026-11-24' })).message,
    ).toContain('already withdrawn');
    const inCase = ((await call(t.wb, 'participant:list', { caseId: kase.id })) as P[]).find(
      (p) => p.person.id === jordan.person.id,
    )!;
    expect(inCase.consentWithdrawn).toBe(true);
    const person = (await call(t.wb, 'person:get', { id: jordan.person.id })) as {
      cases: { caseId: string; consentWithdrawn: boolean }[];
    };
    expect(person.cases.map((c) => [c.caseId, c.consentWithdrawn])).toEqual([
      [kase.id, true],
      [second.id, false],
    ]);
    const listed = (await call(t.wb, 'case:list', {})) as { cases: { id: string; attention: string[] }[] };
    expect(listed.cases.find((c) => c.id === kase.id)!.attention).toContain('consent_withdrawn');
    const timeline = (await call(t.wb, 'case:timeline', { id: kase.id })) as { summary: string }[];
    expect(timeline.map((t) => t.summary)).toEqual(
      expect.arrayContaining([
        'Jordan Fenwick gave consent to take part',
        'Jordan Fenwick declined consent to share information',
        'Jordan Fenwick withdrew consent to take part',
      ]),
    );
  });
});

describe('risk and vulnerability flags', () => {
  it('keeps flags per case and per person, always confidential, highest first, and resolvable', async () => {
    const { kase, jordan } = await schoolIncident(t.wb);
    await call(t.wb, 'risk:save', {
      caseId: kase.id,
      category: 'power_imbalance',
      level: 'medium',
      detail: 'Older group',
      mitigations: 'Co-facilitate',
    });
    const high = (await call(t.wb, 'risk:save', {
      caseId: kase.id,
      personId: jordan.person.id,
      category: 'self_harm',
      level: 'high',
      detail: 'Disclosed to tutor',
      mitigations: 'Check-in plan with school nurse',
    })) as { id: string; confidential: boolean };
    expect(high.confidential).toBe(true);
    const flags = (await call(t.wb, 'risk:list', { caseId: kase.id })) as {
      category: string;
      resolvedAt: string | null;
    }[];
    expect(flags.map((f) => f.category)).toEqual(['self_harm', 'power_imbalance']);
    await call(t.wb, 'risk:resolve', { id: high.id });
    const after = (await call(t.wb, 'risk:list', { caseId: kase.id })) as {
      category: string;
      resolvedAt: string | null;
    }[];
    expect(after.map((f) => f.category)).toEqual(['power_imbalance', 'self_harm']);
    expect(after[1]!.resolvedAt).not.toBeNull();
    expect(
      (await callError(t.wb, 'risk:save', { caseId: kase.id, category: 'stalking', level: 'extreme' }))
        .fields,
    ).toHaveProperty('level');
  });
});

describe('role labels', () => {
  it('can be renamed in settings and the timeline uses them', async () => {
    const settings = (await call(t.wb, 'settings:get')) as { roleLabels: Record<string, string> };
    await call(t.wb, 'settings:update', {
      roleLabels: { ...settings.roleLabels, harmed: 'Victim', responsible: 'Offender' },
    });
    const kase = await createCase(t.wb);
    await addPerson(t.wb, kase.id, 'Ayla Brightwater', 'harmed');
    const timeline = (await call(t.wb, 'case:timeline', { id: kase.id })) as { summary: string }[];
    expect(timeline.at(-1)!.summary).toBe('Ayla Brightwater added as victim');
    expect(
      (await callError(t.wb, 'settings:update', { roleLabels: { ...settings.roleLabels, harmed: '' } })).code,
    ).toBe('invalid_input');
  });
});

describe('consent given again after a withdrawal', () => {
  it('no longer shows as withdrawn anywhere', async () => {
    const { kase, jordan } = await schoolIncident(t.wb);
    const first = (await call(t.wb, 'consent:record', {
      caseId: kase.id,
      personId: jordan.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'verbal',
      decidedOn: '2026-11-20',
    })) as { id: string };
    await call(t.wb, 'consent:withdraw', { id: first.id, withdrawnOn: '2026-11-21' });
    const withdrawn = ((await call(t.wb, 'participant:list', { caseId: kase.id })) as P[]).find(
      (p) => p.person.id === jordan.person.id,
    )!;
    expect(withdrawn.consentWithdrawn).toBe(true);
    await call(t.wb, 'consent:record', {
      caseId: kase.id,
      personId: jordan.person.id,
      kind: 'take_part',
      decision: 'given',
      method: 'written',
      decidedOn: '2026-11-22',
    });
    const again = ((await call(t.wb, 'participant:list', { caseId: kase.id })) as P[]).find(
      (p) => p.person.id === jordan.person.id,
    )!;
    expect(again.consentWithdrawn).toBe(false);
    const person = (await call(t.wb, 'person:get', { id: jordan.person.id })) as {
      cases: { consentWithdrawn: boolean }[];
    };
    expect(person.cases[0]!.consentWithdrawn).toBe(false);
    const listed = (await call(t.wb, 'case:list', {})) as { cases: { attention: string[] }[] };
    expect(listed.cases[0]!.attention).not.toContain('consent_withdrawn');
  });
});
