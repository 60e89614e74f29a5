/** Conference planning (issue 4): preparation, risk decision, plan and gate, run sheet, run mode. */
import { z } from 'zod';
import { checklistItems, riskDecisions } from '../domain/readiness';
import { choice, id, isoDateTime, line, requiredLine, text, token } from './primitives';

const checklistSchema = z.object(
  Object.fromEntries(Object.keys(checklistItems).map((k) => [k, z.boolean().optional()])) as Record<
    keyof typeof checklistItems,
    z.ZodOptional<z.ZodBoolean>
  >,
);

export const preparationInput = z.object({
  id: id.optional(),
  caseId: id,
  participantId: id,
  startsAt: isoDateTime,
  place: line('Place', 200).default(''),
  present: line('Who was present', 500).default(''),
  checklist: checklistSchema.default({}),
  saidNotWilling: z.boolean().default(false),
});

export const preparationRecordSchema = z.object({
  id: z.string(),
  participantId: z.string(),
  meetingId: z.string(),
  startsAt: z.string(),
  place: z.string(),
  present: z.string(),
  checklist: z.record(z.string(), z.boolean()),
  saidNotWilling: z.boolean(),
});
export type PreparationRecord = z.infer<typeof preparationRecordSchema>;

export const participantReadinessSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  role: z.string(),
  readiness: z.enum(['not_started', 'in_preparation', 'ready', 'withdrawn']),
  reason: z.string(),
  records: z.array(preparationRecordSchema),
});

export const riskAssessmentInput = z.object({
  caseId: id,
  decision: choice(riskDecisions, 'decision'),
  measures: text('Measures', 4_000).default(''),
  decidedBy: requiredLine('Who decided', 120),
});
export const riskAssessmentSchema = z.object({
  caseId: z.string(),
  decision: z.enum(Object.keys(riskDecisions) as [keyof typeof riskDecisions]),
  measures: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

export const seatSchema = z.object({ participantId: id, seat: z.number().int().min(0).max(60) });

export const planUpdateInput = z.object({
  caseId: id,
  startsAt: isoDateTime.nullable().optional(),
  expectedMinutes: z.number().int().min(5).max(600).optional(),
  venue: line('Venue', 200).optional(),
  room: line('Room', 120).optional(),
  /** For the facilitator only: never read by any participant document. */
  safetyMeasures: text('Safety measures', 2_000).optional(),
  /** What each participant is told in their own letter (a ramp, an interpreter). */
  arrangements: z
    .array(z.object({ participantId: id, text: text('Arrangements', 1_000) }))
    .max(60)
    .optional(),
  interpreter: line('Interpreter', 200).optional(),
  /** Whether participant letters show each person's role ("person harmed") beside their name. */
  rolesInLetters: z.boolean().optional(),
  refreshments: line('Refreshments', 300).optional(),
  whoBringsWhat: text('Who brings what', 2_000).optional(),
  invited: z.array(id).max(60).optional(),
  speakingOrder: z.array(id).max(60).optional(),
  seating: z.array(seatSchema).max(60).optional(),
  appropriateness: z
    .object({
      acknowledged: z.enum(['yes', 'partly', 'no', 'unknown']),
      willingness: text('Willingness', 2_000),
    })
    .optional(),
  fgc: z
    .object({
      bottomLines: z.array(line('A bottom line', 500)).max(30),
      preAgreedQuestions: z.array(line('A question', 500)).max(30),
      familyLeadParticipantId: id.nullable(),
    })
    .optional(),
});

export const runPhaseSchema = z.object({
  id: token('A part of the script'),
  title: requiredLine('A phase title', 120),
  guidance: text('Guidance', 4_000),
  timerMinutes: z.number().int().min(1).max(600).optional(),
  questions: z.array(line('A question', 500)).max(30),
  speakers: z
    .array(
      z.object({
        participantId: id,
        name: line('A speaker’s name', 200),
        questions: z.array(line('A question', 500)).max(30),
      }),
    )
    .max(60),
});
export type RunPhase = z.infer<typeof runPhaseSchema>;

export const blockerSchema = z.object({
  code: z.string(),
  message: z.string(),
  fix: z.record(z.string(), z.string()),
});

/** A participant as the Conference tab shows them: their standing, worked out in the case core. */
export const planPersonSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  role: z.string(),
  /** For a supporter: the name of the person they support. */
  supportingName: z.string().nullable(),
  invited: z.boolean(),
  /** Not taking part (consent withdrawn or declined, or said they no longer wish to). */
  withdrawn: z.boolean(),
  withdrawnReason: z.string(),
  /** Consent to share information withdrawn: left out of everyone else's letters. */
  shareWithdrawn: z.boolean(),
  givenAgain: z.array(z.object({ kind: z.enum(['take_part', 'share_information']), on: z.string() })),
});
export type PlanPerson = z.infer<typeof planPersonSchema>;

export const planSchema = z.object({
  caseId: z.string(),
  startsAt: z.string().nullable(),
  expectedMinutes: z.number(),
  venue: z.string(),
  room: z.string(),
  safetyMeasures: z.string(),
  arrangements: z.array(z.object({ participantId: z.string(), text: z.string() })),
  rolesInLetters: z.boolean(),
  interpreter: z.string(),
  refreshments: z.string(),
  whoBringsWhat: z.string(),
  invited: z.array(z.string()),
  speakingOrder: z.array(z.string()),
  seating: z.array(z.object({ participantId: z.string(), seat: z.number() })),
  /**
   * The acknowledgement is one value with the referral's; `fromReferral`: no check recorded
   * yet. `history`: every check, newest first.
   */
  appropriateness: z.object({
    acknowledged: z.string(),
    willingness: z.string(),
    fromReferral: z.boolean(),
    history: z.array(z.object({ acknowledged: z.string(), willingness: z.string(), recordedAt: z.string() })),
  }),
  fgc: z.object({
    bottomLines: z.array(z.string()),
    preAgreedQuestions: z.array(z.string()),
    familyLeadParticipantId: z.string().nullable(),
  }),
  templateId: z.string().nullable(),
  templateVersion: z.number().nullable(),
  runSheet: z.array(runPhaseSchema),
  status: z.enum(['planning', 'confirmed']),
  overrideReason: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  riskAssessment: riskAssessmentSchema.nullable(),
  /** Every risk decision, newest first (the first is the one that counts). */
  riskHistory: z.array(riskAssessmentSchema),
  readiness: z.array(participantReadinessSchema),
  blockers: z.array(blockerSchema),
  people: z.array(planPersonSchema),
  /** Set while planning after a confirmed conference went back to planning: why, and when. */
  reopened: z
    .object({
      at: z.string(),
      cause: z.enum(['plan_changed', 'withdrawal']),
      name: z.string().nullable(),
    })
    .nullable(),
  /** Letters made for participants; `beforeWithdrawal` when that person has withdrawn since. */
  lettersMade: z.array(
    z.object({
      participantId: z.string(),
      name: z.string(),
      kind: z.enum(['invitation', 'completion_letter']),
      madeAt: z.string(),
      beforeWithdrawal: z.boolean(),
    }),
  ),
  /** Why no participant document can be made now (a risk decision to stop), or null. */
  participantDocumentsBlocked: z.string().nullable(),
});
export type ConferencePlan = z.infer<typeof planSchema>;

const timerStateSchema = z.object({
  durationMs: z.number(),
  usedMs: z.number(),
  runningSince: z.number().nullable(),
});
export const runStateSchema = z.object({
  phaseIndex: z.number(),
  startedAt: z.string().nullable(),
  phaseStartedAt: z.string().nullable(),
  timers: z.record(z.string(), timerStateSchema),
});

const templatePhaseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Use lower-case letters, digits and dashes.'),
  title: requiredLine('A title', 120),
  speakers: z.enum([
    'harmed',
    'responsible',
    'supporter',
    'family_member',
    'professional',
    'community_member',
    'referrer',
    'co_facilitator',
    'supporters_of_responsible',
    'supporters_of_harmed',
    'everyone',
    'facilitator',
  ]),
  questions: z.array(line('A question', 500)).max(30),
  guidance: text('Guidance', 4_000),
  timerMinutes: z.number().int().min(1).max(600).optional(),
});
export const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  processTypes: z.array(z.string()),
  version: z.number(),
  edited: z.boolean(),
  phases: z.array(templatePhaseSchema),
});

export const shuttleMessageSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  fromParticipantId: z.string().nullable(),
  toParticipantId: z.string().nullable(),
  message: z.string(),
  consentToPass: z.boolean(),
  /** When it was first carried; `carries` holds every time it was. */
  carriedAt: z.string().nullable(),
  carries: z.array(z.string()),
  createdAt: z.string(),
});

export const draftItemSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  text: z.string(),
  phaseId: z.string().nullable(),
  capturedAt: z.string(),
});

export const conferenceChannels = {
  'prep:list': { input: z.object({ caseId: id }), output: z.array(participantReadinessSchema) },
  'prep:save': { input: preparationInput, output: preparationRecordSchema },
  'risk:assess': { input: riskAssessmentInput, output: riskAssessmentSchema },
  'conference:get': { input: z.object({ caseId: id }), output: planSchema },
  'conference:update': { input: planUpdateInput, output: planSchema },
  'conference:acknowledge': {
    input: z.object({ caseId: id, consentId: id }),
    output: planSchema,
  },
  'conference:confirm': {
    input: z.object({ caseId: id, overrideReason: text('The reason', 2_000).optional() }),
    output: planSchema,
  },
  'conference:applyTemplate': {
    input: z.object({ caseId: id, templateId: line('Template', 60).optional() }),
    output: planSchema,
  },
  'conference:saveRunSheet': {
    input: z.object({ caseId: id, phases: z.array(runPhaseSchema).min(1).max(40) }),
    output: planSchema,
  },
  'run:state': { input: z.object({ caseId: id }), output: runStateSchema },
  'run:goTo': {
    input: z.object({ caseId: id, phaseIndex: z.number().int().min(0).max(39) }),
    output: runStateSchema,
  },
  'run:captureAction': {
    input: z.object({
      caseId: id,
      text: requiredLine('The action', 1_000),
      phaseId: token('A part of the script').nullable().default(null),
    }),
    output: draftItemSchema,
  },
  'run:draftActions': { input: z.object({ caseId: id }), output: z.array(draftItemSchema) },
  'run:timer': {
    input: z.object({
      caseId: id,
      phaseId: token('A part of the script'),
      action: z.enum(['start', 'pause', 'extend']),
      minutes: z.number().int().min(-60).max(120).default(10),
    }),
    output: runStateSchema,
  },
  'template:list': { input: z.object({}), output: z.array(templateSchema) },
  'template:save': {
    input: z.object({ id: token('A template'), phases: z.array(templatePhaseSchema).min(1).max(40) }),
    output: templateSchema,
  },
  'template:reset': { input: z.object({ id: token('A template') }), output: templateSchema },
  'shuttle:list': { input: z.object({ caseId: id }), output: z.array(shuttleMessageSchema) },
  'shuttle:add': {
    input: z.object({
      caseId: id,
      fromParticipantId: id,
      toParticipantId: id,
      message: text('The message', 4_000).refine((v) => v.trim().length > 0, 'Write the message.'),
      consentToPass: z.boolean().default(false),
    }),
    output: shuttleMessageSchema,
  },
  'shuttle:carried': {
    input: z.object({ id, consentToPass: z.boolean().optional() }),
    output: shuttleMessageSchema,
  },
  'conference:exportDocuments': {
    input: z.object({
      caseId: id,
      which: z.enum(['run-sheet', 'invitations', 'preparation-summary']),
      /** For the invitations; left out, they give Settings → About you's name and contact details. */
      contactName: line('Contact name', 120).optional(),
      contactDetails: line('Contact details', 200).optional(),
    }),
    output: z.object({ cancelled: z.boolean(), folder: z.string().nullable(), files: z.array(z.string()) }),
  },
} as const;
