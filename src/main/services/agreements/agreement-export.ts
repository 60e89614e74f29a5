/**
 * Collects the participant-safe data for the agreement document and the completion letter,
 * and writes them where the facilitator chose. Only names, roles, actions and the agreement's
 * own text go in: no risk flag, consent detail, note or case title.
 */
import { writeFileSync } from 'node:fs';
import { actionStatuses, type DocumentVariant } from '../../../shared/domain/agreement';
import { fileSlug } from '../../../shared/domain/file-names';
import { WorkbenchError } from '../../../shared/errors';
import type { Agreement } from '../../../shared/schemas/agreements';
import type { AgreementDocumentData } from '../../documents/agreement-document';
import { buildDocument } from '../../documents/document-thread';
import { shortDate } from '../../documents/conference-documents';
import { letterPeople } from '../../documents/letter-parts';
import { recordLetterMade } from '../conference';
import { assertParticipantDocumentsAllowed, caseRoster, today, type ServiceContext } from '../core';
import { getSettings } from '../settings';
import { agreedAgreement, currentAgreement } from './agreements';

/** "18 Dec 2026": fits the narrow "by when" column without breaking the month. */
function compactDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

function organisationOf(ctx: ServiceContext): AgreementDocumentData['organisation'] {
  const settings = getSettings(ctx.db);
  const logo = settings.organisationLogo;
  return {
    name: settings.organisationName,
    logo: logo ? { type: logo.type, data: Buffer.from(logo.base64, 'base64') } : null,
  };
}

/** The plain data the Word document and the print view share. */
export function agreementDocumentData(
  ctx: ServiceContext,
  caseId: string,
  mapPicture: Uint8Array | null = null,
): AgreementDocumentData {
  const roster = caseRoster(ctx, caseId);
  const kase = roster.case;
  assertParticipantDocumentsAllowed(ctx, kase);
  const agreement = currentAgreement(ctx, caseId);
  const settings = getSettings(ctx.db);
  // Those invited to the conference took part (a case planned without invitations lists
  // everyone); a draft leaves out anyone who has withdrawn, and every copy leaves out anyone
  // who withdrew consent to share information, since the copies go to the others too.
  const present = roster.expected
    .filter((e) => !e.standing.shareWithdrawal && (agreement.status !== 'draft' || !e.standing.withdrawn))
    .map((e) => e.participant);
  const byId = new Map(roster.entries.map((e) => [e.participant.id, e.participant.person.preferredName]));
  return {
    organisation: organisationOf(ctx),
    title: agreement.title,
    caseReference: kase.reference,
    date: agreement.agreedAt ? shortDate(agreement.agreedAt) : `Draft, ${shortDate(today(ctx))}`,
    place: agreement.place,
    participants: present.map((p) => ({
      name: p.person.preferredName,
      role: settings.roleLabels[p.role] ?? p.role,
    })),
    statement: agreement.statement,
    actions: agreement.actions.map((a) => ({
      what: a.what,
      who: a.whoName,
      forWhom: a.forName,
      byWhen: a.byWhen ? compactDate(a.byWhen) : '',
      howChecked: a.howChecked,
      checkedBy: a.checkedBy,
      ifNotDone: a.ifNotDone,
    })),
    familyLead: agreement.familyLead?.name ?? null,
    bottomLines: agreement.bottomLines.map((b) => ({
      text: b.text,
      met: b.met,
      metBy: b.metBy.map((id) => agreement.actions.findIndex((a) => a.id === id) + 1),
    })),
    reviewDate: agreement.reviewDate ? shortDate(agreement.reviewDate) : 'to be arranged',
    copiesTo: agreement.copiesTo,
    statements: {
      confidentiality: settings.confidentialityStatement,
      notLegallyBinding: settings.notLegallyBindingStatement,
    },
    signing: agreement.signers
      .filter((s) => s.choice === 'signs')
      .map((s) => byId.get(s.participantId) ?? s.name),
    declined: agreement.signers.filter((s) => s.choice === 'declines').map((s) => s.name),
    mapPicture,
  };
}

/** The print view's data: the document's, with the logo as base64 and no map picture. */
export function printData(ctx: ServiceContext, caseId: string) {
  const { mapPicture: _map, organisation, ...rest } = agreementDocumentData(ctx, caseId);
  return { ...rest, organisation: { name: organisation.name, logo: getSettings(ctx.db).organisationLogo } };
}

export async function writeAgreementDocx(
  ctx: ServiceContext,
  caseId: string,
  variant: DocumentVariant,
  path: string,
  mapPicture: Uint8Array | null,
): Promise<void> {
  const buffer = await buildDocument('agreement', agreementDocumentData(ctx, caseId, mapPicture), variant);
  writeFileSync(path, buffer);
}

function resultWords(agreement: Agreement, actionId: string): string {
  const status = agreement.actions.find((a) => a.id === actionId)?.status ?? 'not_started';
  return status === 'not_started' || status === 'in_progress'
    ? 'not done yet'
    : actionStatuses[status].toLowerCase();
}

/** The file name offered for a completion letter: one per recipient, so none overwrites another. */
export function completionLetterName(ctx: ServiceContext, caseId: string, participantId: string): string {
  const roster = caseRoster(ctx, caseId);
  const person = roster.byParticipant.get(participantId)?.participant.person.preferredName ?? 'person';
  return `completion-letter-${fileSlug(roster.case.reference)}-${fileSlug(person)}`;
}

/** The completion letter to a person harmed, once the review has closed the agreement. */
export async function writeCompletionLetter(
  ctx: ServiceContext,
  input: { caseId: string; participantId: string; contactName?: string; contactDetails?: string },
  path: string,
): Promise<void> {
  const roster = caseRoster(ctx, input.caseId);
  assertParticipantDocumentsAllowed(ctx, roster.case);
  const agreement = agreedAgreement(ctx, input.caseId);
  if (!agreement.review)
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Hold the review first: the letter says whether the agreement was kept.',
    });
  const person = roster.byParticipant.get(input.participantId)?.participant;
  if (!person)
    throw new WorkbenchError({ code: 'not_found', message: 'That person is no longer part of this case.' });
  // Actions for this person when the agreement names whom each is for; otherwise all of them.
  const theirs = agreement.actions.filter((a) => a.forParticipantId === person.id);
  const actions = (theirs.length > 0 ? theirs : agreement.actions).map((a) => ({
    what: a.what,
    result: resultWords(agreement, a.id),
  }));
  const buffer = await buildDocument('completionLetter', {
    organisation: organisationOf(ctx),
    recipientName: person.person.preferredName,
    letterDate: shortDate(today(ctx)),
    agreedOn: agreement.agreedAt ? shortDate(agreement.agreedAt) : 'the conference',
    reviewedOn: shortDate(agreement.review.heldOn),
    outcome: agreement.review.outcome,
    actions,
    // What the facilitator typed for this letter, else Settings → About you; signed by About you.
    ...letterPeople(getSettings(ctx.db).aboutYou, input),
  });
  writeFileSync(path, buffer);
  recordLetterMade(ctx, input.caseId, person.id, 'completion_letter');
}
