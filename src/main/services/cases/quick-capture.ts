/**
 * Quick capture of an informal restorative conversation: one short form, in under two
 * minutes, becomes a case of type "restorative conversation" with one note and a meeting
 * record of when and where it happened. Who was there is kept as written (people can be added
 * properly if the case is escalated later); nothing is guessed from the names.
 */
import type { z } from 'zod';
import type { CaseRecord, quickCaptureInput } from '../../../shared/schemas/cases';
import { getCase, localMinute, saveMeeting, type ServiceContext } from '../core';
import { saveNote } from '../notes';
import { createCase, setCaseStatus } from './cases';

export function quickCapture(ctx: ServiceContext, input: z.output<typeof quickCaptureInput>): CaseRecord {
  const now = ctx.now();
  const title = `Conversation with ${input.who}`.slice(0, 160);
  let caseId = '';
  ctx.db.transaction(() => {
    const created = createCase(ctx, {
      title,
      processType: 'restorative_conversation',
      setting: input.setting,
      referral: {
        date: localMinute(now).slice(0, 10),
        referrer: '',
        source: 'in_person',
        summary: '',
        acknowledged: 'unknown',
      },
    });
    caseId = created.id;
    const meeting = saveMeeting(ctx, {
      caseId,
      kind: 'conversation',
      title: '',
      startsAt: localMinute(now),
      place: input.where,
    });
    const body = [
      `Who: ${input.who}`,
      input.where ? `Where: ${input.where}` : null,
      '',
      'What was said:',
      input.whatWasSaid.trim(),
      ...(input.followUp.trim() ? ['', 'Follow-up:', input.followUp.trim()] : []),
    ]
      .filter((line) => line !== null)
      .join('\n');
    saveNote(ctx, {
      caseId,
      personId: null,
      meetingId: meeting.id,
      title: 'Restorative conversation',
      kind: 'text',
      body,
      speakers: [],
    });
    // A conversation with a follow-up stays open in follow-up; one without is done.
    setCaseStatus(
      ctx,
      input.followUp.trim()
        ? { id: caseId, status: 'follow_up' }
        : { id: caseId, status: 'closed', closureReason: 'completed' },
    );
  })();
  return getCase(ctx, caseId);
}
