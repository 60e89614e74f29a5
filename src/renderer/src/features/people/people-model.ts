/**
 * How the people in a case are shown: grouped by role in a calm, fixed order (the people at
 * the centre of the harm first, then those around them), with role names from Settings and
 * plain phrases for who a supporter supports and where a professional works.
 */
import { ageBands, roleOrder, roles, type Role, type RoleLabels } from '../../../../shared/domain/case-model';
import type { Participant } from '../../../../shared/schemas/people';

export { roleOrder };

/** The name for a role: the facilitator's own wording when set, else the default. */
export function roleLabel(labels: Partial<RoleLabels> | undefined, role: string): string {
  const own = labels?.[role as Role]?.trim();
  if (own) return own;
  return (roles as Record<string, string>)[role] ?? role;
}

export interface RoleGroup {
  role: Role;
  label: string;
  participants: Participant[];
}

const byName = (a: Participant, b: Participant) =>
  a.person.preferredName.localeCompare(b.person.preferredName, 'en-GB', { sensitivity: 'base' });

/**
 * Groups in roleOrder, empty groups left out. Supporters are ordered by the person they
 * support (in that person's own order), so each side's supporters sit together.
 */
export function groupParticipants(
  participants: readonly Participant[],
  labels?: Partial<RoleLabels>,
): RoleGroup[] {
  const rank = new Map<string, number>();
  roleOrder.forEach((role) => {
    participants
      .filter((p) => p.role === role)
      .sort(byName)
      .forEach((p) => rank.set(p.id, rank.size));
  });
  const supportedRank = (p: Participant) =>
    p.supportsParticipantId
      ? (rank.get(p.supportsParticipantId) ?? Number.MAX_SAFE_INTEGER)
      : Number.MAX_SAFE_INTEGER;
  return roleOrder
    .map((role) => {
      const members = participants.filter((p) => p.role === role).sort(byName);
      if (role === 'supporter') members.sort((a, b) => supportedRank(a) - supportedRank(b) || byName(a, b));
      return { role, label: roleLabel(labels, role), participants: members };
    })
    .filter((group) => group.participants.length > 0);
}

/** "Supports Ayla Brightwater" (or a gentle note when that person has left the case). */
export function supportsText(participant: Participant, all: readonly Participant[]): string | null {
  if (!participant.supportsParticipantId) return null;
  const supported = all.find((p) => p.id === participant.supportsParticipantId);
  return supported ? `Supports ${supported.person.preferredName}` : 'Supports someone no longer in this case';
}

/** "Also in 1 other case", "Also in 3 other cases", or nothing. */
export function otherCasesText(count: number): string | null {
  if (count <= 0) return null;
  return `Also in ${count} other ${count === 1 ? 'case' : 'cases'}`;
}

/**
 * Where a search result already appears, so two people with the same name can be told apart:
 * "Already in this case. Also in 1 other case: RW-2026-0001", "In 2 cases: ...".
 */
export function casesLine(cases: readonly { caseId: string; reference: string }[], caseId: string): string {
  const here = cases.some((c) => c.caseId === caseId);
  const refs = [...new Set(cases.filter((c) => c.caseId !== caseId).map((c) => c.reference))];
  const plural = refs.length === 1 ? 'case' : 'cases';
  if (here)
    return refs.length
      ? `Already in this case. Also in ${refs.length} other ${plural}: ${refs.join(', ')}`
      : 'Already in this case.';
  return refs.length ? `In ${refs.length} ${plural}: ${refs.join(', ')}` : 'Not in any case yet.';
}

export function ageText(
  person: Pick<Participant['person'], 'ageBand' | 'dateOfBirth'>,
  now = new Date(),
): string | null {
  if (person.dateOfBirth) {
    const [y, m, d] = person.dateOfBirth.split('-').map(Number) as [number, number, number];
    let age = now.getFullYear() - y;
    if (now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d)) age -= 1;
    if (age >= 0 && age < 130) return `Age ${age}`;
  }
  if (person.ageBand) return (ageBands as Record<string, string>)[person.ageBand] ?? null;
  return null;
}

/** Access needs in a few words for the list, so nobody arrives unprepared. */
export function accessNeedsText(person: Participant['person']): string[] {
  const needs: string[] = [];
  if (person.interpreter) needs.push(person.language ? `Interpreter (${person.language})` : 'Interpreter');
  else if (person.language) needs.push(`Language: ${person.language}`);
  if (person.disability.trim()) needs.push('Disability or health needs');
  if (person.reading.trim()) needs.push('Reading needs');
  return needs;
}

/** The people a supporter can support: everyone else in the case. */
export function supportChoices(participants: readonly Participant[], exceptId?: string): Participant[] {
  return groupParticipants(participants)
    .flatMap((g) => g.participants)
    .filter((p) => p.id !== exceptId);
}
