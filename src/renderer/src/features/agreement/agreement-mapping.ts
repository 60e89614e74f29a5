/**
 * Between the contract's agreement and the editor's draft: loading a version into a draft,
 * shaping what a save sends, the SMART advice per action (the shared domain rules, so the
 * screen and the documents agree), and the print view's plain data. No React here, so it is
 * unit-tested.
 */
import type { ChannelInput, Settings } from '../../../../shared/contract';
import { smartAdvice } from '../../../../shared/domain/agreement';
import type { Agreement } from '../../../../shared/schemas/agreements';
import type { PersonOption } from './action-card';
import type { AgreementDraft } from './agreement-draft';
import type { PrintableAgreement } from './print-view';

export type { Agreement, AgreementAction } from '../../../../shared/schemas/agreements';

export function toDraft(a: Agreement): AgreementDraft {
  return {
    statement: a.statement,
    place: a.place,
    actions: a.actions.map((x) => ({
      key: x.id,
      what: x.what,
      whoParticipantId: x.whoParticipantId ?? '',
      whoText: x.whoText,
      forParticipantId: x.forParticipantId ?? '',
      byWhen: x.byWhen ?? '',
      howChecked: x.howChecked,
      checkedBy: x.checkedBy,
      ifNotDone: x.ifNotDone,
      bottomLines: x.meetsBottomLines,
      fromDraftId: x.fromDraftId,
    })),
    reviewDate: a.reviewDate ?? '',
    copiesTo: a.copiesTo,
    signing: Object.fromEntries(a.signers.map((s) => [s.participantId, s.choice])),
  };
}

export function toSaveInput(caseId: string, d: AgreementDraft): ChannelInput<'agreement:save'> {
  return {
    caseId,
    statement: d.statement,
    place: d.place,
    actions: d.actions.map((x) => ({
      id: x.key,
      what: x.what,
      whoParticipantId: x.whoParticipantId || null,
      whoText: x.whoParticipantId ? '' : x.whoText,
      forParticipantId: x.forParticipantId || null,
      byWhen: x.byWhen || null,
      howChecked: x.howChecked,
      checkedBy: x.checkedBy,
      ifNotDone: x.ifNotDone,
      meetsBottomLines: x.bottomLines,
      fromDraftId: x.fromDraftId,
    })),
    reviewDate: d.reviewDate || null,
    copiesTo: d.copiesTo,
    signers: Object.entries(d.signing).flatMap(([participantId, choice]) =>
      choice === 'undecided' ? [] : [{ participantId, choice }],
    ),
  };
}

/** A yyyy-mm-dd or ISO date as "3 Dec 2026"; empty stays empty. */
export function shortDate(value: string | null): string {
  if (!value) return '';
  const d = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The SMART advice for every action of the draft, by its key, in plain words. */
export function adviceForDraft(draft: AgreementDraft, today: string): Record<string, string[]> {
  return Object.fromEntries(
    draft.actions.map((a) => [
      a.key,
      smartAdvice(
        {
          what: a.what,
          whoParticipantId: a.whoParticipantId || null,
          whoText: a.whoText,
          byWhen: a.byWhen || null,
          howChecked: a.howChecked,
          checkedBy: a.checkedBy,
        },
        today,
      ).map((advice) => advice.message),
    ]),
  );
}

export interface PrintableInput {
  draft: AgreementDraft;
  agreement: Agreement;
  people: PersonOption[];
  caseReference: string;
  startsAt: string | null;
  settings: Settings;
}

/** The print view's content, from what is on screen now (so an unsaved word is printed too). */
export function printable(input: PrintableInput): PrintableAgreement {
  const { draft, agreement, people, settings } = input;
  const nameOf = (id: string) => people.find((p) => p.participantId === id)?.name ?? '';
  const logo = settings.organisationLogo;
  return {
    title: agreement.title,
    organisationName: settings.organisationName,
    logoDataUrl: logo ? `data:image/${logo.type === 'png' ? 'png' : 'jpeg'};base64,${logo.base64}` : null,
    caseReference: input.caseReference,
    date: agreement.agreedAt
      ? shortDate(agreement.agreedAt)
      : `Draft, ${shortDate(input.startsAt ?? todayIso())}`,
    place: draft.place,
    version: agreement.version,
    participants: people.map((p) => ({ name: p.name, role: p.role })),
    statement: draft.statement,
    actions: draft.actions.map((a) => ({
      what: a.what,
      who: a.whoParticipantId ? nameOf(a.whoParticipantId) : a.whoText,
      forWhom: a.forParticipantId ? nameOf(a.forParticipantId) : '',
      byWhen: shortDate(a.byWhen),
      howChecked: a.howChecked,
      checkedBy: a.checkedBy,
      ifNotDone: a.ifNotDone,
    })),
    familyLead: agreement.familyLead?.name ?? null,
    bottomLines: agreement.bottomLines.map((b) => ({
      text: b.text,
      metBy: draft.actions.flatMap((a, n) => (a.bottomLines.includes(b.index) ? [n + 1] : [])),
    })),
    reviewDate: shortDate(draft.reviewDate),
    copiesTo: draft.copiesTo,
    confidentiality: settings.confidentialityStatement,
    notLegallyBinding: settings.notLegallyBindingStatement,
    signers: people.filter((p) => draft.signing[p.participantId] === 'signs').map((p) => p.name),
    declined: people.filter((p) => draft.signing[p.participantId] === 'declines').map((p) => p.name),
    facilitator: 'Facilitator',
  };
}
