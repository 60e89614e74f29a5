/**
 * What a note can link to and who can speak in meeting mode: the case's participants (with
 * the role words from Settings) and its meetings.
 */
import { roles, type Role } from '../../../../shared/domain/case-model';
import type { Meeting } from '../../../../shared/schemas/notes';
import type { Participant } from '../../../../shared/schemas/people';
import { useQuery } from '../../lib/query';
import type { SpeakerCandidate } from './meeting-lines';

export interface CaseContext {
  participants: Participant[];
  meetings: Meeting[];
  roleLabel(role: Role): string;
  speakerCandidates: SpeakerCandidate[];
}

export function useCaseContext(caseId: string): CaseContext {
  const participants = useQuery('participant:list', { caseId }).data ?? [];
  const meetings = useQuery('meeting:list', { caseId }).data ?? [];
  const labels = useQuery('settings:get').data?.roleLabels;
  return {
    participants,
    meetings,
    roleLabel: (role) => labels?.[role] || roles[role],
    speakerCandidates: participants.map((p) => ({ personId: p.person.id, name: p.person.preferredName })),
  };
}
