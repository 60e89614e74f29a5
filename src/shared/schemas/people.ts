/** People, their part in a case (role), consent, and risk and vulnerability flags. */
import { z } from 'zod';
import {
  ageBands,
  consentKinds,
  consentMethods,
  contactMethods,
  riskCategories,
  riskLevels,
  roles,
} from '../domain/case-model';
import { choice, id, isoDate, line, requiredLine, text } from './primitives';

export const personFields = z.object({
  preferredName: requiredLine('A preferred name', 120),
  fullName: line('Full name', 200).default(''),
  pronouns: line('Pronouns', 40).default(''),
  ageBand: choice(ageBands, 'age band').nullable().default(null),
  dateOfBirth: isoDate.nullable().default(null),
  phone: line('Phone', 60).default(''),
  email: line('Email', 200)
    .default('')
    .refine(
      (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
      'That email address does not look right.',
    ),
  address: text('Address', 500).default(''),
  preferredContact: choice(contactMethods, 'contact method').nullable().default(null),
  language: line('Language', 80).default(''),
  interpreter: z.boolean().default(false),
  disability: text('Disability or health needs', 2_000).default(''),
  reading: text('Reading needs', 1_000).default(''),
  notes: text('Notes', 10_000).default(''),
});

export const personSchema = z.object({
  id: z.string(),
  preferredName: z.string(),
  fullName: z.string(),
  pronouns: z.string(),
  ageBand: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  preferredContact: z.string().nullable(),
  language: z.string(),
  interpreter: z.boolean(),
  disability: z.string(),
  reading: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const consentSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  personId: z.string(),
  kind: z.enum(Object.keys(consentKinds) as [keyof typeof consentKinds]),
  decision: z.enum(['given', 'declined']),
  method: z.enum(Object.keys(consentMethods) as [keyof typeof consentMethods]),
  onBehalfBy: z.string(),
  decidedOn: z.string(),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string(),
  recordedAt: z.string(),
});
export type Consent = z.infer<typeof consentSchema>;

export const riskFlagSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  personId: z.string().nullable(),
  category: z.enum(Object.keys(riskCategories) as [keyof typeof riskCategories]),
  detail: z.string(),
  level: z.enum(Object.keys(riskLevels) as [keyof typeof riskLevels]),
  mitigations: z.string(),
  /** Always true: risk detail never goes on a document a participant receives. */
  confidential: z.literal(true),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RiskFlag = z.infer<typeof riskFlagSchema>;

/** A person's part in one case: role, whom a supporter supports, consent state at a glance. */
export const participantSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  person: personSchema,
  role: z.enum(Object.keys(roles) as [keyof typeof roles]),
  supportsParticipantId: z.string().nullable(),
  organisation: z.string(),
  addedAt: z.string(),
  consents: z.array(consentSchema),
  /** True when any consent of this person in this case is withdrawn: shown wherever they appear. */
  consentWithdrawn: z.boolean(),
  otherCaseCount: z.number(),
});
export type Participant = z.infer<typeof participantSchema>;

export const addParticipantInput = z
  .object({
    caseId: id,
    /** An existing person (the same child in a second case), or a new one. */
    personId: id.optional(),
    person: personFields.optional(),
    role: choice(roles, 'role'),
    supportsParticipantId: id.nullable().default(null),
    organisation: line('Organisation', 200).default(''),
  })
  .superRefine((v, ctx) => {
    if (!v.personId && !v.person)
      ctx.addIssue({ code: 'custom', path: ['person'], message: 'Choose a person or enter a new one.' });
    if (v.role === 'supporter' && !v.supportsParticipantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['supportsParticipantId'],
        message: 'Say whom this supporter supports.',
      });
    }
  });

export const consentInput = z
  .object({
    caseId: id,
    personId: id,
    kind: choice(consentKinds, 'kind of consent'),
    decision: z.enum(['given', 'declined']),
    method: choice(consentMethods, 'method'),
    onBehalfBy: line('On behalf of the child, by', 200).default(''),
    decidedOn: isoDate,
  })
  .superRefine((v, ctx) => {
    if (v.method === 'on_behalf' && !v.onBehalfBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['onBehalfBy'],
        message: 'Say who gave consent on the child’s behalf.',
      });
    }
  });

export const riskFlagInput = z.object({
  id: id.optional(),
  caseId: id,
  personId: id.nullable().default(null),
  category: choice(riskCategories, 'category'),
  detail: text('Detail', 4_000).default(''),
  level: choice(riskLevels, 'level'),
  mitigations: text('Mitigations', 4_000).default(''),
});

export const peopleChannels = {
  'participant:list': { input: z.object({ caseId: id }), output: z.array(participantSchema) },
  'participant:add': { input: addParticipantInput, output: participantSchema },
  'participant:update': {
    input: z.object({
      id,
      role: choice(roles, 'role').optional(),
      supportsParticipantId: id.nullable().optional(),
      organisation: line('Organisation', 200).optional(),
    }),
    output: participantSchema,
  },
  'participant:remove': { input: z.object({ id }), output: z.object({ removed: z.literal(true) }) },
  'person:get': {
    input: z.object({ id }),
    output: personSchema.extend({
      cases: z.array(
        z.object({
          caseId: z.string(),
          reference: z.string(),
          title: z.string(),
          role: z.string(),
          consentWithdrawn: z.boolean(),
        }),
      ),
    }),
  },
  'person:update': { input: personFields.partial().extend({ id }), output: personSchema },
  'person:search': { input: z.object({ query: line('Search', 120) }), output: z.array(personSchema) },
  'consent:record': { input: consentInput, output: consentSchema },
  'consent:withdraw': {
    input: z.object({ id, withdrawnOn: isoDate, reason: text('The reason', 1_000).default('') }),
    output: consentSchema,
  },
  'risk:list': { input: z.object({ caseId: id }), output: z.array(riskFlagSchema) },
  'risk:save': { input: riskFlagInput, output: riskFlagSchema },
  'risk:resolve': { input: z.object({ id }), output: riskFlagSchema },
} as const;
