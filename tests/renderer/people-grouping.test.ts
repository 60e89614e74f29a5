import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/shared/domain/case-model';
import type { Participant } from '../../src/shared/schemas/people';
import {
  accessNeedsText,
  ageText,
  casesLine,
  groupParticipants,
  otherCasesText,
  roleLabel,
  supportChoices,
  supportsText,
} from '../../src/renderer/src/features/people/people-model';

function person(name: string, extra: Partial<Participant['person']> = {}): Participant['person'] {
  return {
    id: `person-${name}`,
    preferredName: name,
    fullName: '',
    pronouns: '',
    ageBand: null,
    dateOfBirth: null,
    phone: '',
    email: '',
    address: '',
    preferredContact: null,
    language: '',
    interpreter: false,
    disability: '',
    reading: '',
    notes: '',
    createdAt: '',
    updatedAt: '',
    ...extra,
  };
}

function participant(
  name: string,
  role: Role,
  supports: string | null = null,
  organisation = '',
): Participant {
  return {
    id: `p-${name}`,
    caseId: 'case',
    person: person(name),
    role,
    supportsParticipantId: supports ? `p-${supports}` : null,
    organisation,
    addedAt: '',
    consents: [],
    consentWithdrawn: false,
    otherCaseCount: 0,
  };
}

const everyone = [
  participant('Wren', 'co_facilitator'),
  participant('Dana', 'supporter', 'Jordan'),
  participant('Ms Okoro', 'professional', null, 'Northfield Youth Service'),
  participant('Tomasz', 'harmed'),
  participant('Peter', 'supporter', 'Tomasz'),
  participant('Jordan', 'responsible'),
  participant('Marisol', 'supporter', 'Ayla'),
  participant('Ayla', 'harmed'),
  participant('Gran Ruth', 'family_member'),
  participant('Head of Year', 'referrer'),
  participant('Mr Adeyemi', 'community_member'),
];

describe('grouping by role', () => {
  it('follows the calm order: harmed, responsible, supporters, family, professionals, community, referrer, co-facilitator', () => {
    expect(groupParticipants(everyone).map((g) => g.role)).toEqual([
      'harmed',
      'responsible',
      'supporter',
      'family_member',
      'professional',
      'community_member',
      'referrer',
      'co_facilitator',
    ]);
  });

  it('sorts by name within a role, and supporters by the person they support', () => {
    const groups = groupParticipants(everyone);
    expect(groups[0]!.participants.map((p) => p.person.preferredName)).toEqual(['Ayla', 'Tomasz']);
    // Ayla's supporter, then Tomasz's, then Jordan's: the same order as the people they support.
    expect(groups[2]!.participants.map((p) => p.person.preferredName)).toEqual(['Marisol', 'Peter', 'Dana']);
  });

  it('leaves out roles nobody holds and uses the names from Settings', () => {
    const groups = groupParticipants([participant('Ayla', 'harmed'), participant('Jordan', 'responsible')], {
      ...roles,
      harmed: 'Victim',
      responsible: 'Offender',
    });
    expect(groups.map((g) => g.label)).toEqual(['Victim', 'Offender']);
  });

  it('falls back to the default name when a label is missing or blank', () => {
    expect(roleLabel(undefined, 'harmed')).toBe('Person harmed');
    expect(roleLabel({ ...roles, supporter: '  ' }, 'supporter')).toBe('Supporter');
    expect(roleLabel({ ...roles, supporter: 'Support person' }, 'supporter')).toBe('Support person');
  });
});

describe('phrases in a row', () => {
  it('says whom a supporter supports', () => {
    const dana = everyone.find((p) => p.person.preferredName === 'Dana')!;
    expect(supportsText(dana, everyone)).toBe('Supports Jordan');
    expect(supportsText(dana, [dana])).toBe('Supports someone no longer in this case');
    expect(supportsText(everyone[3]!, everyone)).toBeNull();
  });

  it('counts other cases in words', () => {
    expect(otherCasesText(0)).toBeNull();
    expect(otherCasesText(1)).toBe('Also in 1 other case');
    expect(otherCasesText(3)).toBe('Also in 3 other cases');
  });

  it('tells search results apart by the cases they are in', () => {
    const here = { caseId: 'case', reference: 'RW-2026-0002' };
    const there = { caseId: 'other', reference: 'RW-2026-0001' };
    expect(casesLine([there], 'case')).toBe('In 1 case: RW-2026-0001');
    expect(casesLine([here, there], 'case')).toBe('Already in this case. Also in 1 other case: RW-2026-0001');
    expect(casesLine([here], 'case')).toBe('Already in this case.');
    expect(casesLine([], 'case')).toBe('Not in any case yet.');
  });

  it('shows an age from the date of birth, else the age band', () => {
    const now = new Date(2026, 10, 24);
    expect(ageText({ ageBand: '11_to_15', dateOfBirth: null }, now)).toBe('11 to 15');
    expect(ageText({ ageBand: null, dateOfBirth: '2013-11-25' }, now)).toBe('Age 12');
    expect(ageText({ ageBand: null, dateOfBirth: '2013-11-24' }, now)).toBe('Age 13');
    expect(ageText({ ageBand: null, dateOfBirth: null }, now)).toBeNull();
  });

  it('sums up access needs', () => {
    expect(
      accessNeedsText(person('A', { interpreter: true, language: 'Polish', reading: 'Large print' })),
    ).toEqual(['Interpreter (Polish)', 'Reading needs']);
    expect(accessNeedsText(person('B', { language: 'Welsh' }))).toEqual(['Language: Welsh']);
  });

  it('offers everyone else in the case as someone to support', () => {
    const choices = supportChoices(everyone, 'p-Dana').map((p) => p.person.preferredName);
    expect(choices).not.toContain('Dana');
    expect(choices.slice(0, 3)).toEqual(['Ayla', 'Tomasz', 'Jordan']);
  });
});
