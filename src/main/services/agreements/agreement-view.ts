/**
 * An agreement version as the screens and documents read it: the stored body (ids, never
 * copied names) with today's names, each action's follow-up, the family plan's bottom lines,
 * and who signs. In a draft, someone who has withdrawn consent to take part is not a signer
 * (and is back if they give it again); an agreed version stays as it was, with a notice.
 */
import type { z } from 'zod';
import {
  bottomLineCheck,
  isOverdue,
  type ActionStatus,
  type ReviewOutcome,
} from '../../../shared/domain/agreement';
import type { Agreement, AgreementAction, actionInput } from '../../../shared/schemas/agreements';
import type { Participant } from '../../../shared/schemas/people';
import { getPlan } from '../conference';
import { caseRoster, json, today, type CaseRoster, type ServiceContext } from '../core';

export type StoredAction = Omit<z.output<typeof actionInput>, 'id'> & { id: string };
export interface Body {
  statement: string;
  place: string;
  actions: StoredAction[];
  reviewDate: string | null;
  copiesTo: string;
  signers: { participantId: string; choice: 'signs' | 'declines' }[];
}
export interface VersionRow {
  id: string;
  case_id: string;
  version: number;
  status: 'draft' | 'agreed' | 'closed';
  body: string;
  agreed_at: string | null;
  created_at: string;
  updated_at: string;
}

export const emptyBody: Body = {
  statement: '',
  place: '',
  actions: [],
  reviewDate: null,
  copiesTo: '',
  signers: [],
};

export function bodyOf(row: VersionRow): Body {
  return { ...emptyBody, ...json<Partial<Body>>(row.body, {}) };
}

/** Follow-up updates per action id, oldest first. */
function updatesByAction(ctx: ServiceContext, caseId: string) {
  const rows = ctx.db
    .prepare('SELECT * FROM action_updates WHERE case_id = ? ORDER BY recorded_at, rowid')
    .all(caseId) as {
    action_id: string;
    status: ActionStatus;
    on_date: string;
    note: string;
    recorded_at: string;
  }[];
  const byAction = new Map<string, AgreementAction['history']>();
  for (const r of rows) {
    const list = byAction.get(r.action_id) ?? [];
    list.push({ status: r.status, on: r.on_date, note: r.note, recordedAt: r.recorded_at });
    byAction.set(r.action_id, list);
  }
  return byAction;
}

function nameIn(people: Map<string, Participant>, id: string | null): string {
  if (!id) return '';
  return people.get(id)?.person.preferredName ?? 'someone no longer in this case';
}

/** Who signs: in a draft, nobody who has withdrawn; an agreed version as it was agreed. */
export function signersOf(row: Pick<VersionRow, 'status'>, body: Body, roster: CaseRoster) {
  return body.signers.filter((s) => {
    const entry = roster.byParticipant.get(s.participantId);
    return entry && (row.status !== 'draft' || !entry.standing.withdrawn);
  });
}

/** What the facilitator must know about the people of this version since it was written. */
function noticesOf(row: VersionRow, body: Body, roster: CaseRoster): string[] {
  const notices: string[] = [];
  for (const s of body.signers) {
    const entry = roster.byParticipant.get(s.participantId);
    if (!entry) continue;
    const name = entry.participant.person.preferredName;
    if (entry.standing.withdrawn)
      notices.push(
        row.status === 'draft'
          ? `${name} has withdrawn from taking part, so they are not in the signing list. They come back if they give consent again.`
          : `${name} has withdrawn from taking part since this version was agreed. It stays as it was agreed.`,
      );
    else if (row.status === 'draft' && entry.standing.consentGivenAgain.some((g) => g.kind === 'take_part'))
      notices.push(`${name} gave consent to take part again, so they are back in the signing list.`);
  }
  for (const { participant, standing } of roster.entries)
    if (standing.shareWithdrawal)
      notices.push(
        `${participant.person.preferredName} withdrew consent to share information: the printed copies leave them out of the list of who took part. Check that nothing else in it is about them.`,
      );
  return notices;
}

export function toAgreement(ctx: ServiceContext, row: VersionRow, isCurrent: boolean): Agreement {
  const roster = caseRoster(ctx, row.case_id);
  const kase = roster.case;
  const plan = getPlan(ctx, row.case_id);
  const people = new Map(roster.entries.map((e) => [e.participant.id, e.participant]));
  const body = bodyOf(row);
  const updates = updatesByAction(ctx, row.case_id);
  const day = today(ctx);
  const actions: AgreementAction[] = body.actions.map((a) => {
    const history = updates.get(a.id) ?? [];
    const status = history.at(-1)?.status ?? 'not_started';
    return {
      ...a,
      whoName: a.whoParticipantId ? nameIn(people, a.whoParticipantId) : a.whoText,
      forName: nameIn(people, a.forParticipantId),
      status,
      overdue: row.status !== 'draft' && isOverdue({ byWhen: a.byWhen, status }, day),
      history,
    };
  });
  const fgc = kase.processType === 'family_group_conference';
  const lead = plan.fgc.familyLeadParticipantId;
  const review = ctx.db
    .prepare('SELECT * FROM agreement_reviews WHERE version_id = ? ORDER BY recorded_at DESC LIMIT 1')
    .get(row.id) as { held_on: string; attendees: string; notes: string; outcome: ReviewOutcome } | undefined;
  return {
    id: row.id,
    caseId: row.case_id,
    version: row.version,
    status: row.status,
    title: fgc ? 'Family plan' : 'Agreement',
    statement: body.statement,
    place: body.place,
    actions,
    reviewDate: body.reviewDate,
    copiesTo: body.copiesTo,
    signers: signersOf(row, body, roster).map((s) => ({ ...s, name: nameIn(people, s.participantId) })),
    notices: noticesOf(row, body, roster),
    familyLead: fgc && lead && people.has(lead) ? { participantId: lead, name: nameIn(people, lead) } : null,
    bottomLines: fgc ? bottomLineCheck(plan.fgc.bottomLines, body.actions) : [],
    agreedAt: row.agreed_at,
    updatedAt: row.updated_at,
    review: review
      ? { heldOn: review.held_on, attendees: review.attendees, notes: review.notes, outcome: review.outcome }
      : null,
    current: isCurrent,
  };
}
