/**
 * Consent per person per case: to take part, and (separately) to share information. A
 * withdrawal is recorded on the consent, never by deleting it: the record of what was agreed
 * and when it was withdrawn is itself part of the case.
 */
import type { z } from 'zod';
import { WorkbenchError } from '../../../shared/errors';
import type { Consent, consentInput } from '../../../shared/schemas/people';
import { afterConsentChange, getConsent, recordCaseEvent, type ServiceContext } from '../core';

export function recordConsent(ctx: ServiceContext, input: z.output<typeof consentInput>): Consent {
  const inCase = ctx.db
    .prepare('SELECT 1 FROM participants WHERE case_id = ? AND person_id = ?')
    .get(input.caseId, input.personId);
  if (!inCase)
    throw new WorkbenchError({ code: 'not_found', message: 'That person is not part of this case.' });
  const id = ctx.newId();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `INSERT INTO consents (id, case_id, person_id, kind, decision, method, on_behalf_by, decided_on, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.caseId,
        input.personId,
        input.kind,
        input.decision,
        input.method,
        input.method === 'on_behalf' ? input.onBehalfBy : '',
        input.decidedOn,
        ctx.now().toISOString(),
      );
    recordCaseEvent(ctx, input.caseId, 'consent', {
      personId: input.personId,
      kind: input.kind,
      decision: input.decision,
    });
    afterConsentChange(ctx, input.caseId, input.personId);
  })();
  return getConsent(ctx, id);
}

export function withdrawConsent(
  ctx: ServiceContext,
  input: { id: string; withdrawnOn: string; reason: string },
): Consent {
  const current = getConsent(ctx, input.id);
  if (current.withdrawnOn) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: `This consent was already withdrawn on ${current.withdrawnOn}.`,
    });
  }
  if (current.decision !== 'given') {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Only consent that was given can be withdrawn.',
    });
  }
  if (input.withdrawnOn < current.decidedOn) {
    throw new WorkbenchError({
      code: 'invalid_input',
      message: 'Consent cannot be withdrawn before it was given.',
      fields: { withdrawnOn: `Use ${current.decidedOn} or later.` },
    });
  }
  ctx.db.transaction(() => {
    ctx.db
      .prepare('UPDATE consents SET withdrawn_on = ?, withdrawal_reason = ? WHERE id = ?')
      .run(input.withdrawnOn, input.reason, input.id);
    recordCaseEvent(ctx, current.caseId, 'consent', {
      personId: current.personId,
      kind: current.kind,
      decision: 'withdrawn',
    });
    afterConsentChange(ctx, current.caseId, current.personId);
  })();
  return getConsent(ctx, input.id);
}
