/**
 * Writes the conference documents for a case into a folder the facilitator chose. Collects
 * plain data for the builders; the invitation gets only participant-safe fields.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processTypes, riskCategories, riskLevels, type RoleLabels } from '../../../shared/domain/case-model';
import {
  checklistItems,
  readinessLabels,
  riskDecisions,
  type ChecklistItem,
} from '../../../shared/domain/readiness';
import { WorkbenchError } from '../../../shared/errors';
import {
  buildInvitation,
  buildPreparationSummary,
  buildRunSheet,
  longDate,
  shortDate,
} from '../../documents/conference-documents';
import { fileSlug } from '../../../shared/domain/file-names';
import { assertFolderExists, caseRoster, freshName, type ServiceContext } from '../core';
import { caseMapPicture } from '../maps';
import { listRisks } from '../people';
import { getPlan } from './plan';

export type ConferenceDocument = 'run-sheet' | 'invitations' | 'preparation-summary';

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

export async function exportConferenceDocuments(
  ctx: ServiceContext,
  caseId: string,
  which: ConferenceDocument,
  folder: string,
  roleLabels: RoleLabels,
  contact: { name: string; details: string },
): Promise<string[]> {
  assertFolderExists(folder);
  const roster = caseRoster(ctx, caseId);
  const kase = roster.case;
  const plan = getPlan(ctx, caseId);
  const people = roster.entries.map((e) => e.participant);
  const place = [plan.room, plan.venue].filter(Boolean).join(', ');
  const files: { name: string; content: Buffer }[] = [];

  if (which === 'run-sheet') {
    if (plan.runSheet.length === 0)
      throw new WorkbenchError({
        code: 'invalid_input',
        message: 'Choose a script first: this case has no run sheet yet.',
      });
    files.push({
      name: freshName(folder, `run-sheet-${kase.reference}`, 'docx'),
      content: await buildRunSheet({
        caseReference: kase.reference,
        caseTitle: kase.title,
        startsAt: plan.startsAt,
        place,
        phases: plan.runSheet,
      }),
    });
  }

  if (which === 'invitations') {
    // Withdrawn consent stops documents for that person.
    const invited = roster.expected.filter((e) => !e.standing.consentWithdrawn).map((e) => e.participant);
    const attending = invited.map((p) => ({
      name: p.person.preferredName,
      role: roleLabels[p.role].toLowerCase(),
    }));
    for (const p of invited) {
      const content = await buildInvitation({
        recipientName: p.person.preferredName,
        processName: processTypes[kase.processType],
        whatToExpect: whatToExpect[kase.processType] ?? whatToExpect['default']!,
        startsAt: plan.startsAt,
        expectedMinutes: plan.expectedMinutes,
        venue: plan.venue,
        room: plan.room,
        attending,
        accessArrangements: plan.access,
        contactName: contact.name,
        contactDetails: contact.details,
      });
      files.push({
        name: freshName(folder, `invitation-${kase.reference}-${fileSlug(p.person.preferredName)}`, 'docx'),
        content,
      });
    }
    if (files.length === 0)
      throw new WorkbenchError({
        code: 'invalid_input',
        message: 'Nobody is invited yet, so there are no letters to write.',
      });
  }

  if (which === 'preparation-summary') {
    const byPerson = new Map(people.map((p) => [p.person.id, p.person.preferredName]));
    files.push({
      name: freshName(folder, `preparation-summary-${kase.reference}`, 'docx'),
      content: await buildPreparationSummary({
        caseReference: kase.reference,
        caseTitle: kase.title,
        risk: plan.riskAssessment
          ? { ...plan.riskAssessment, decision: riskDecisions[plan.riskAssessment.decision] }
          : null,
        flags: listRisks(ctx, caseId)
          .filter((f) => !f.resolvedAt)
          .map((f) => ({
            category: riskCategories[f.category],
            level: riskLevels[f.level].toLowerCase(),
            person: f.personId ? (byPerson.get(f.personId) ?? null) : null,
            detail: f.detail,
            mitigations: f.mitigations,
          })),
        participants: plan.readiness.map((r) => {
          const p = people.find((x) => x.id === r.participantId)!;
          return {
            name: r.name,
            role: roleLabels[p.role],
            readiness: readinessLabels[r.readiness],
            reason: r.reason,
            consents: p.consents.map(
              (c) =>
                `${c.kind === 'take_part' ? 'To take part' : 'To share information'}: ${c.decision} on ${shortDate(c.decidedOn)}${c.withdrawnOn ? `, withdrawn on ${shortDate(c.withdrawnOn)}` : ''}`,
            ),
            meetings: r.records.map((m) => ({
              when: longDate(m.startsAt),
              place: m.place,
              present: m.present,
              covered: Object.entries(m.checklist)
                .filter(([, v]) => v)
                .map(([k]) => checklistItems[k as ChecklistItem]?.toLowerCase() ?? k),
            })),
          };
        }),
        blockers: plan.blockers.map((b) => b.message),
        overrideReason: plan.overrideReason,
        map: caseMapPicture(ctx, caseId),
      }),
    });
  }

  for (const file of files) writeFileSync(join(folder, file.name), file.content, { flag: 'wx' });
  return files.map((f) => f.name);
}
