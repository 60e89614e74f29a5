/**
 * A case's agreement (the family plan in a family group conference): started from the draft
 * actions captured in run mode, edited in the room (autosave), agreed, and revised as new
 * versions. Names are read at display time from the case's people, so the stored body holds
 * ids, never a copy of a name (agreement-view.ts); follow-up and the review are in follow-up.ts.
 */
import type { z } from 'zod';
import { blankAction } from '../../../shared/domain/agreement';
import { WorkbenchError } from '../../../shared/errors';
import type { Agreement, AgreementState, agreementSaveInput } from '../../../shared/schemas/agreements';
import { draftActions, getPlan } from '../conference';
import {
  advanceStatus,
  caseRoster,
  getCase,
  participantDocumentsBlocked,
  recordCaseEvent,
  touchCase,
  type ServiceContext,
} from '../core';
import {
  bodyOf,
  emptyBody,
  signersOf,
  toAgreement,
  type Body,
  type StoredAction,
  type VersionRow,
} from './agreement-view';

export function versionRows(ctx: ServiceContext, caseId: string): VersionRow[] {
  return ctx.db
    .prepare('SELECT * FROM agreement_versions WHERE case_id = ? ORDER BY version DESC')
    .all(caseId) as VersionRow[];
}

export function currentRow(ctx: ServiceContext, caseId: string): VersionRow | undefined {
  return versionRows(ctx, caseId)[0];
}

export function agreementState(ctx: ServiceContext, caseId: string): AgreementState {
  const kase = getCase(ctx, caseId);
  const rows = versionRows(ctx, caseId);
  const used = new Set<string>();
  for (const row of rows) for (const a of bodyOf(row).actions) if (a.fromDraftId) used.add(a.fromDraftId);
  return {
    agreement: rows[0] ? toAgreement(ctx, rows[0], true) : null,
    unusedDrafts: draftActions(ctx, caseId)
      .filter((d) => !used.has(d.id))
      .map((d) => ({ id: d.id, text: d.text, capturedAt: d.capturedAt })),
    versions: rows.map((r) => ({ id: r.id, version: r.version, status: r.status, agreedAt: r.agreed_at })),
    participantDocumentsBlocked: participantDocumentsBlocked(ctx, kase),
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
    const roster = caseRoster(ctx, caseId);
    const actions: StoredAction[] = draftActions(ctx, caseId).map((d) =>
      blankAction(ctx.newId(), d.text, d.id),
    );
    insertVersion(ctx, caseId, 1, {
      ...emptyBody,
      place: [plan.venue, plan.room].filter(Boolean).join(', '),
      actions,
      // Those invited sign, except anyone who has withdrawn from taking part.
      signers: roster.entries
        .filter((e) => e.standing.invited && !e.standing.withdrawn)
        .map((e) => ({ participantId: e.participant.id, choice: 'signs' as const })),
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
  const seen = new Set<string>();
  for (const s of input.signers) {
    if (seen.has(s.participantId)) {
      const name = known.get(s.participantId)!.participant.person.preferredName;
      throw new WorkbenchError({
        code: 'invalid_input',
        message: `${name} is in the signing list twice: each person either signs or declines, once.`,
        fields: { signers: 'List each person once.' },
      });
    }
    seen.add(s.participantId);
  }
}

/**
 * The signers to store: what is on screen, plus anyone stored who is left off the screen only
 * because they have withdrawn (so they come back if they give consent again).
 */
function signersToStore(
  ctx: ServiceContext,
  input: z.output<typeof agreementSaveInput>,
  row: VersionRow | undefined,
): Body['signers'] {
  if (!row || row.status !== 'draft') return input.signers;
  const roster = caseRoster(ctx, input.caseId);
  const onScreen = new Set(input.signers.map((s) => s.participantId));
  const withdrawn = bodyOf(row).signers.filter(
    (s) => !onScreen.has(s.participantId) && roster.byParticipant.get(s.participantId)?.standing.withdrawn,
  );
  return [...input.signers, ...withdrawn];
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
      signers: signersToStore(ctx, input, row),
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
  const body = bodyOf(row);
  // What is agreed is what was signed: nobody who has withdrawn is kept as a signer.
  const agreedBody: Body = { ...body, signers: signersOf(row, body, caseRoster(ctx, caseId)) };
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        "UPDATE agreement_versions SET status = 'agreed', agreed_at = ?, updated_at = ?, body = ? WHERE id = ?",
      )
      .run(at, at, JSON.stringify(agreedBody), row.id);
    recordCaseEvent(ctx, caseId, 'agreement_agreed', { version: row.version });
    advanceStatus(ctx, caseId, 'follow_up', 'agreement_agreed');
  })();
  return agreementState(ctx, caseId);
}

/** The agreed version that follow-up and the review are about (the newest that is not a draft). */
export function agreedRow(ctx: ServiceContext, caseId: string): VersionRow {
  const row = versionRows(ctx, caseId).find((r) => r.status !== 'draft');
  if (!row)
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Follow-up starts once the agreement is marked as agreed.',
    });
  return row;
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
