/**
 * Indirect (shuttle) work: messages the facilitator carries between people who will not meet.
 * A message is passed on only with its sender's consent, so "carried" is refused without it.
 */
import { WorkbenchError } from '../../../shared/errors';
import { touchCase, type ServiceContext } from '../core';

export interface ShuttleMessage {
  id: string;
  caseId: string;
  fromParticipantId: string | null;
  toParticipantId: string | null;
  message: string;
  consentToPass: boolean;
  carriedAt: string | null;
  carries: string[];
  createdAt: string;
}

interface Row {
  id: string;
  case_id: string;
  from_participant_id: string | null;
  to_participant_id: string | null;
  message: string;
  consent_to_pass: number;
  carried_at: string | null;
  created_at: string;
}

function carriesOf(ctx: ServiceContext, messageId: string): string[] {
  return (
    ctx.db
      .prepare('SELECT carried_at FROM shuttle_carries WHERE message_id = ? ORDER BY carried_at, rowid')
      .all(messageId) as { carried_at: string }[]
  ).map((c) => c.carried_at);
}

const toMessage = (ctx: ServiceContext, r: Row): ShuttleMessage => ({
  id: r.id,
  caseId: r.case_id,
  fromParticipantId: r.from_participant_id,
  toParticipantId: r.to_participant_id,
  message: r.message,
  consentToPass: r.consent_to_pass === 1,
  carriedAt: r.carried_at,
  carries: carriesOf(ctx, r.id),
  createdAt: r.created_at,
});

export function listShuttle(ctx: ServiceContext, caseId: string): ShuttleMessage[] {
  return (
    ctx.db
      .prepare('SELECT * FROM shuttle_messages WHERE case_id = ? ORDER BY created_at, rowid')
      .all(caseId) as Row[]
  ).map((r) => toMessage(ctx, r));
}

export function addShuttleMessage(
  ctx: ServiceContext,
  input: {
    caseId: string;
    fromParticipantId: string;
    toParticipantId: string;
    message: string;
    consentToPass: boolean;
  },
): ShuttleMessage {
  for (const [field, id] of [
    ['fromParticipantId', input.fromParticipantId],
    ['toParticipantId', input.toParticipantId],
  ] as const) {
    const row = ctx.db.prepare('SELECT case_id FROM participants WHERE id = ?').get(id) as
      { case_id: string } | undefined;
    if (!row || row.case_id !== input.caseId) {
      throw new WorkbenchError({
        code: 'invalid_input',
        message: 'Choose people in this case.',
        fields: { [field]: 'Choose someone in this case.' },
      });
    }
  }
  if (input.fromParticipantId === input.toParticipantId) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'A message goes from one person to another.',
      fields: { toParticipantId: 'Choose someone else.' },
    });
  }
  const id = ctx.newId();
  const at = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO shuttle_messages (id, case_id, from_participant_id, to_participant_id, message, consent_to_pass, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      input.caseId,
      input.fromParticipantId,
      input.toParticipantId,
      input.message,
      input.consentToPass ? 1 : 0,
      at,
    );
  touchCase(ctx, input.caseId, at);
  return toMessage(ctx, ctx.db.prepare('SELECT * FROM shuttle_messages WHERE id = ?').get(id) as Row);
}

export function markCarried(ctx: ServiceContext, id: string, consentToPass?: boolean): ShuttleMessage {
  const row = ctx.db.prepare('SELECT * FROM shuttle_messages WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw new WorkbenchError({ code: 'not_found', message: 'That message no longer exists.' });
  const consent = consentToPass ?? row.consent_to_pass === 1;
  if (!consent) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'This message can be passed on only with its sender’s consent.',
      fields: { consentToPass: 'Record their consent first.' },
    });
  }
  const at = ctx.now().toISOString();
  // Each carry is kept; the message keeps the date it was first carried.
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        'UPDATE shuttle_messages SET consent_to_pass = 1, carried_at = coalesce(carried_at, ?) WHERE id = ?',
      )
      .run(at, id);
    ctx.db
      .prepare('INSERT INTO shuttle_carries (id, message_id, carried_at) VALUES (?, ?, ?)')
      .run(ctx.newId(), id, at);
    touchCase(ctx, row.case_id, at);
  })();
  return toMessage(ctx, ctx.db.prepare('SELECT * FROM shuttle_messages WHERE id = ?').get(id) as Row);
}
