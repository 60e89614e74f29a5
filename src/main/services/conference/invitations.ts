/**
 * The invitation letters: one for each person the conference is for who has not withdrawn.
 * Each letter carries only what its reader may read: the when and where, the names of who will
 * be there (never anyone who withdrew consent to share information, and roles only when the
 * facilitator has chosen to show them for this case), what to expect, and the arrangements
 * made for that reader alone. The data type has no field for safety measures, risk or notes.
 */
import { processTypes, type RoleLabels } from '../../../shared/domain/case-model';
import type { ConferencePlan } from '../../../shared/schemas/conference';
import type { InvitationData } from '../../documents/conference-documents';
import type { LetterContact, LetterSignature } from '../../documents/letter-parts';
import type { CaseRoster, RosterEntry } from '../core';

const whatToExpect: Record<string, string[]> = {
  default: [
    'Everyone sits in a circle. The facilitator guides the meeting and makes sure each person can speak without being interrupted.',
    'People talk about what happened, how it affected them, and what could help put things right.',
    'Nobody is there to judge anyone. You can take a break or leave at any time.',
    'At the end there is time for a drink and a snack while any agreement is written down.',
  ],
  family_group_conference: [
    'First, the professionals share what they know and what they are worried about, in plain words.',
    'Then the family has private time, without professionals, to make a plan.',
    'The family shares its plan, and everyone checks it keeps the child safe.',
    'You can take a break or leave at any time.',
  ],
  circle: [
    'Everyone sits in a circle. A talking piece is passed round, and only the person holding it speaks.',
    'You can pass if you do not want to speak.',
    'Decisions are made together, by agreement.',
  ],
};

/** How a person appears in someone else's list of who will be there. */
function asAttendee(entry: RosterEntry, roster: CaseRoster, roleLabels: RoleLabels, withRoles: boolean) {
  const { participant } = entry;
  const supported = participant.supportsParticipantId
    ? roster.byParticipant.get(participant.supportsParticipantId)
    : undefined;
  // Supporting someone who may not be named in others' papers says only that they support.
  const supporting = supported
    ? supported.standing.shareWithdrawal
      ? 'supporting someone taking part'
      : `supporting ${supported.participant.person.preferredName}`
    : null;
  const role = withRoles && !supported ? roleLabels[participant.role].toLowerCase() : null;
  return { name: participant.person.preferredName, note: supporting ?? role };
}

export function invitationLetters(
  roster: CaseRoster,
  plan: ConferencePlan,
  roleLabels: RoleLabels,
  sender: { contact: LetterContact; signature: LetterSignature },
): { participantId: string; name: string; data: InvitationData }[] {
  const kase = roster.case;
  // Withdrawn consent to take part stops letters for that person, and they are not expected.
  const coming = roster.expected.filter((e) => !e.standing.withdrawn);
  const arrangements = new Map(plan.arrangements.map((a) => [a.participantId, a.text]));
  return coming.map((reader) => ({
    participantId: reader.participant.id,
    name: reader.participant.person.preferredName,
    data: {
      recipientName: reader.participant.person.preferredName,
      processName: processTypes[kase.processType],
      whatToExpect: whatToExpect[kase.processType] ?? whatToExpect['default']!,
      startsAt: plan.startsAt,
      expectedMinutes: plan.expectedMinutes,
      venue: plan.venue,
      room: plan.room,
      // Everyone else coming; someone who withdrew consent to share information is left out.
      attending: coming
        .filter((e) => e !== reader && !e.standing.shareWithdrawal)
        .map((e) => asAttendee(e, roster, roleLabels, plan.rolesInLetters)),
      arrangementsForYou: arrangements.get(reader.participant.id) ?? '',
      contact: sender.contact,
      signature: sender.signature,
    },
  }));
}
