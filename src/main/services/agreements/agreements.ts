/**
 * A case's agreement (the family plan in a family group conference): started from the draft
 * actions captured in run mode, edited in the room (autosave), agreed, revised as new versions,
 * followed up action by action and closed by a review. Names are read at display time from the
 * case's people, so the stored body holds ids, never a copy of a name.
 */
import type { z } from 'zod';
import {
  blankAction,
  bottomLineCheck,
  isOverdue,
  type ActionStatus,
  type ReviewOutcome,
} from '../../../shared/domain/agreement';
import { WorkbenchError } from '../../../shared/errors';
import type {
  Agreement,
  AgreementAction,
  AgreementState,
  actionInput,
  agreementSaveInput,
  reviewInput,
} from '../../../shared/schemas/agreements';
import type { Participant } from '../../../shared/schemas/people';
import { draftActions, getPlan } from '../conference';
import { caseRoster, getCase, json, today, touchCase, type ServiceContext } from '../core';

type StoredAction = Omit<z.output<typeof actionInput>, 'id'> & { id: string };
export interface Body {
  statement: string;
  place: string;
  actions: StoredAction[];
  reviewDate: string | null;
  copiesTo: string;
  signers: { participantId: string; choice: 'signs' | 'declines' }[];
}
interface VersionRow {
  id: string;
  case_id: string;
  version: number;
  status: 'draft' | 'agreed' | 'closed';
  body: string;
  agreed_at: string | null;
  created_at: string;
  updated_at: string;
}

const emptyBody: Body = {
  statement: '',
  place: '',
  actions: [],
  reviewDate: null,
  copiesTo: '',
  signers: [],
};

function versionRows(ctx: ServiceContext, caseId: string): VersionRow[] {
  return ctx.db
    .prepare('SELECT * FROM agreement_versions WHERE case_id = ? ORDER BY version DESC')
    .all(caseId) as VersionRow[];
}

function currentRow(ctx: ServiceContext, caseId: string): VersionRow | undefined {
  return versionRows(ctx, caseId)[0];
}

function bodyOf(row: VersionRow): Body {
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

function toAgreement(ctx: ServiceContext, row: VersionRow, isCurrent: boolean): Agreement {
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
    signers: body.signers
      .filter((s) => people.has(s.participantId))
      .map((s) => ({ ...s, name: nameIn(people, s.participantId) })),
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

export function agreementState(ctx: ServiceContext, caseId: string): AgreementState {
  getCase(ctx, caseId);
  const rows = versionRows(ctx, caseId);
  const used = new Set<string>();
  for (const row of rows) for (const a of bodyOf(row).actions) if (a.fromDraftId) used.add(a.fromDraftId);
  return {
    agreement: rows[0] ? toAgreement(ctx, rows[0], true) : null,
    unusedDrafts: draftActions(ctx, caseId)
      .filter((d) => !used.has(d.id))
      .map((d) => ({ id: d.id, text: d.text, capturedAt: d.capturedAt })),
    versions: rows.map((r) => ({ id: r.id, version: r.version, status: r.status, agreedAt: r.agreed_at })),
  };
}

export function getVersion(ctx: ServiceContext, id: string): Agreement {
  const row = ctx.db.prepare('SELECT * FROM agreement_versions WHERE id = ?').get(id) as
    VersionRow | undefined;
  if (!row)
    throw new WorkbenchError({
      code: 'not_found',
      message: 'That version of the agreement no longer exists.',
    });
  return toAgreement(ctx, row, currentRow(ctx, row.case_id)?.id === row.id);
}

function insertVersion(ctx: ServiceContext, caseId: string, version: number, body: Body): void {
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO agreement_versions (id, case_id, version, status, body, created_at, updated_at)
       VALUES (?, ?, ?, 'draft', ?, ?, ?)`,
    )
    .run(ctx.newId(), caseId, version, JSON.stringify(body), at, at);
  touchCase(ctx, caseId, at);
}

/** Starts the agreement with one action per run-mode draft, in the order they were captured. */
export function startAgreement(ctx: ServiceContext, caseId: string): AgreementState {
  getCase(ctx, caseId);
  ctx.db.transaction(() => {
    if (currentRow(ctx, caseId)) return;
    const plan = getPlan(ctx, caseId);
    const actions: StoredAction[] = draftActions(ctx, caseId).map((d) =>
      blankAction(ctx.newId(), d.text, d.id),
    );
    insertVersion(ctx, caseId, 1, {
      ...emptyBody,
      place: [plan.venue, plan.room].filter(Boolean).join(', '),
      actions,
      signers: plan.invited.map((participantId) => ({ participantId, choice: 'signs' as const })),
    });
  })();
  return agreementState(ctx, caseId);
}

function assertPeopleInCase(ctx: ServiceContext, input: z.output<typeof agreementSaveInput>): void {
  const known = caseRoster(ctx, input.caseId).byParticipant;
  input.actions.forEach((a, i) => {
    for (const [field, value] of [
      ['whoParticipantId', a.whoParticipantId],
      ['forParticipantId', a.forParticipantId],
    ] as const) {
      if (value && !known.has(value))
        throw new WorkbenchError({
          code: 'invalid_input',
          message: 'Someone named in an action is not part of this case.',
          fields: { [`actions.${i}.${field}`]: 'Choose someone in this case.' },
        });
    }
  });
  if (input.signers.some((s) => !known.has(s.participantId)))
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Someone in the signing list is not part of this case.',
      fields: { signers: 'Choose people in this case.' },
    });
}

/**
 * Saves what is on screen. A draft is changed in place; an agreed (or closed) version is never
 * changed: the edit becomes the next version, a draft, and the agreed one stays readable.
 */
export function saveAgreement(
  ctx: ServiceContext,
  input: z.output<typeof agreementSaveInput>,
): AgreementState {
  getCase(ctx, input.caseId);
  assertPeopleInCase(ctx, input);
  ctx.db.transaction(() => {
    const row = currentRow(ctx, input.caseId);
    const body: Body = {
      statement: input.statement,
      place: input.place,
      actions: input.actions.map((a) => ({ ...a, id: a.id ?? ctx.newId() })),
      reviewDate: input.reviewDate,
      copiesTo: input.copiesTo,
      signers: input.signers,
    };
    if (!row) return insertVersion(ctx, input.caseId, 1, body);
    if (row.status !== 'draft') return insertVersion(ctx, input.caseId, row.version + 1, body);
    const at = ctx.now().toISOString();
    ctx.db
      .prepare('UPDATE agreement_versions SET body = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(body), at, row.id);
    touchCase(ctx, input.caseId, at);
  })();
  return agreementState(ctx, input.caseId);
}

export function markAgreed(ctx: ServiceContext, caseId: string): AgreementState {
  const row = currentRow(ctx, caseId);
  if (!row)
    throw new WorkbenchError({ code: 'not_found', message: 'There is no agreement to mark as agreed yet.' });
  if (row.status !== 'draft')
    throw new WorkbenchError({ code: 'invalid_input', message: 'This version is already agreed.' });
  if (bodyOf(row).actions.length === 0)
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Add at least one action before marking it as agreed.',
    });
  const at = ctx.now().toISOString();
  ctx.db
    .prepare("UPDATE agreement_versions SET status = 'agreed', agreed_at = ?, updated_at = ? WHERE id = ?")
    .run(at, at, row.id);
  touchCase(ctx, caseId, at);
  return agreementState(ctx, caseId);
}

/** The agreed version that follow-up and the review are about (the newest that is not a draft). */
function agreedRow(ctx: ServiceContext, caseId: string): VersionRow {
  const row = versionRows(ctx, caseId).find((r) => r.status !== 'draft');
  if (!row)
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Follow-up starts once the agreement is marked as agreed.',
    });
  return row;
}

export function setActionStatus(
  ctx: ServiceContext,
  input: { caseId: string; actionId: string; status: ActionStatus; on: string; note: string },
): AgreementState {
  const row = agreedRow(ctx, input.caseId);
  if (!bodyOf(row).actions.some((a) => a.id === input.actionId))
    throw new WorkbenchError({ code: 'not_found', message: 'That action is not in the agreed agreement.' });
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO action_updates (id, case_id, action_id, status, on_date, note, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(ctx.newId(), input.caseId, input.actionId, input.status, input.on, input.note, at);
  touchCase(ctx, input.caseId, at);
  return agreementState(ctx, input.caseId);
}

/** The review meeting closes the agreed version as completed, partly completed or not completed. */
export function recordReview(ctx: ServiceContext, input: z.output<typeof reviewInput>): AgreementState {
  const row = agreedRow(ctx, input.caseId);
  if (row.status === 'closed')
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'This agreement was already closed at a review.',
    });
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `INSERT INTO agreement_reviews (id, case_id, version_id, held_on, attendees, notes, outcome, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(ctx.newId(), input.caseId, row.id, input.heldOn, input.attendees, input.notes, input.outcome, at);
    ctx.db
      .prepare("UPDATE agreement_versions SET status = 'closed', updated_at = ? WHERE id = ?")
      .run(at, row.id);
    touchCase(ctx, input.caseId, at);
  })();
  return agreementState(ctx, input.caseId);
}

/**
 * The newest version, for the Word document and the print view: in the room the agreement is
 * printed and signed before it is marked as agreed, so a draft is printable too.
 */
export function currentAgreement(ctx: ServiceContext, caseId: string): Agreement {
  const row = currentRow(ctx, caseId);
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'This case has no agreement yet.' });
  return toAgreement(ctx, row, true);
}

/** The agreed (or closed) version the follow-up and the completion letter are about. */
export function agreedAgreement(ctx: ServiceContext, caseId: string): Agreement {
  const row = agreedRow(ctx, caseId);
  return toAgreement(ctx, row, currentRow(ctx, caseId)?.id === row.id);
}
