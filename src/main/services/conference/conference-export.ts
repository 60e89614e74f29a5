/**
 * Writes the conference documents for a case into a folder the facilitator chose. Collects
 * plain data for the builders; the invitation gets only participant-safe fields.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { riskCategories, riskLevels, type RoleLabels } from '../../../shared/domain/case-model';
import {
  checklistItems,
  readinessLabels,
  riskDecisions,
  type ChecklistItem,
} from '../../../shared/domain/readiness';
import { WorkbenchError } from '../../../shared/errors';
import { longDate, shortDate } from '../../documents/conference-documents';
import { buildDocument } from '../../documents/document-thread';
import { fileSlug } from '../../../shared/domain/file-names';
import { letterPeople } from '../../documents/letter-parts';
import {
  assertFolderExists,
  assertParticipantDocumentsAllowed,
  caseRoster,
  freshName,
  type ServiceContext,
} from '../core';
import { caseMapPicture } from '../maps';
import { listRisks } from '../people';
import { getSettings } from '../settings';
import { invitationLetters } from './invitations';
import { recordLetterMade } from './letters-made';
import { getPlan } from './plan';

export type ConferenceDocument = 'run-sheet' | 'invitations' | 'preparation-summary';

export async function exportConferenceDocuments(
  ctx: ServiceContext,
  caseId: string,
  which: ConferenceDocument,
  folder: string,
  roleLabels: RoleLabels,
  /** Typed for the invitations; what is left out comes from Settings → About you. */
  typedContact: { contactName?: string | undefined; contactDetails?: string | undefined },
): Promise<string[]> {
  assertFolderExists(folder);
  const roster = caseRoster(ctx, caseId);
  const kase = roster.case;
  const plan = getPlan(ctx, caseId);
  const people = roster.entries.map((e) => e.participant);
  const place = [plan.room, plan.venue].filter(Boolean).join(', ');
  const files: { name: string; content: Buffer; participantId?: string }[] = [];

  if (which === 'run-sheet') {
    if (plan.runSheet.length === 0)
      throw new WorkbenchError({
        code: 'invalid_input',
        message: 'Choose a script first: this case has no run sheet yet.',
      });
    files.push({
      name: freshName(folder, `run-sheet-${kase.reference}`, 'docx'),
      content: await buildDocument('runSheet', {
        caseReference: kase.reference,
        caseTitle: kase.title,
        startsAt: plan.startsAt,
        place,
        phases: plan.runSheet,
      }),
    });
  }

  if (which === 'invitations') {
    assertParticipantDocumentsAllowed(ctx, kase);
    const sender = letterPeople(getSettings(ctx.db).aboutYou, typedContact);
    for (const letter of invitationLetters(roster, plan, roleLabels, sender)) {
      files.push({
        name: freshName(folder, `invitation-${kase.reference}-${fileSlug(letter.name)}`, 'docx'),
        content: await buildDocument('invitation', letter.data),
        participantId: letter.participantId,
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
      content: await buildDocument('preparationSummary', {
        caseReference: kase.reference,
        caseTitle: kase.title,
        risk: plan.riskAssessment
          ? { ...plan.riskAssessment, decision: riskDecisions[plan.riskAssessment.decision] }
          : null,
        safetyMeasures: plan.safetyMeasures,
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

  for (const file of files) {
    writeFileSync(join(folder, file.name), file.content, { flag: 'wx' });
    if (file.participantId) recordLetterMade(ctx, caseId, file.participantId, 'invitation');
  }
  return files.map((f) => f.name);
}
