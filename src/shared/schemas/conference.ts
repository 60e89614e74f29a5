/** Conference planning (issue 4): preparation, risk decision, plan and gate, run sheet, run mode. */
import { z } from 'zod';
import { checklistItems, riskDecisions } from '../domain/readiness';
import { choice, id, isoDateTime, line, requiredLine, text } from './primitives';

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
  access: text('Access arrangements', 2_000).optional(),
  interpreter: line('Interpreter', 200).optional(),
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
  id: z.string().max(60),
  title: requiredLine('A phase title', 120),
  guidance: text('Guidance', 4_000),
  timerMinutes: z.number().int().min(1).max(600).optional(),
  questions: z.array(line('A question', 500)).max(30),
  speakers: z
    .array(
      z.object({
        participantId: z.string(),
        name: z.string().max(200),
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

export const planSchema = z.object({
  caseId: z.string(),
  startsAt: z.string().nullable(),
  expectedMinutes: z.number(),
  venue: z.string(),
  room: z.string(),
  access: z.string(),
  interpreter: z.string(),
  refreshments: z.string(),
  whoBringsWhat: z.string(),
  invited: z.array(z.string()),
  speakingOrder: z.array(z.string()),
  seating: z.array(z.object({ participantId: z.string(), seat: z.number() })),
  /** `fromReferral`: not yet checked, so the acknowledgement shown is the referral's. */
  appropriateness: z.object({ acknowledged: z.string(), willingness: z.string(), fromReferral: z.boolean() }),
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
  readiness: z.array(participantReadinessSchema),
  blockers: z.array(blockerSchema),
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
  carriedAt: z.string().nullable(),
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
      phaseId: z.string().max(60).nullable().default(null),
    }),
    output: draftItemSchema,
  },
  'run:draftActions': { input: z.object({ caseId: id }), output: z.array(draftItemSchema) },
  'run:timer': {
    input: z.object({
      caseId: id,
      phaseId: z.string().max(60),
      action: z.enum(['start', 'pause', 'extend']),
      minutes: z.number().int().min(-60).max(120).default(10),
    }),
    output: runStateSchema,
  },
  'template:list': { input: z.object({}), output: z.array(templateSchema) },
  'template:save': {
    input: z.object({ id: z.string().max(60), phases: z.array(templatePhaseSchema).min(1).max(40) }),
    output: templateSchema,
  },
  'template:reset': { input: z.object({ id: z.string().max(60) }), output: templateSchema },
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
      contactName: line('Contact name', 120).default('your facilitator'),
      contactDetails: line('Contact details', 200).default(''),
    }),
    output: z.object({ cancelled: z.boolean(), folder: z.string().nullable(), files: z.array(z.string()) }),
  },
} as const;
