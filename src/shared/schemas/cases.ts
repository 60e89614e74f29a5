/** Cases: the referral, the process on the continuum, the status pipeline, the list. */
import { z } from 'zod';
import {
  acknowledgements,
  caseSettings,
  caseStatuses,
  closureReasons,
  processTypes,
  referralSources,
} from '../domain/case-model';
import { choice, id, isoDate, line, requiredLine, text } from './primitives';

export const referralInput = z.object({
  date: isoDate.nullable().default(null),
  referrer: line('Referrer').default(''),
  source: choice(referralSources, 'way it came in').nullable().default(null),
  summary: text('The summary', 4_000).default(''),
  acknowledged: choice(acknowledgements, 'answer').default('unknown'),
});

export const caseCreateInput = z.object({
  title: requiredLine('A case title', 160),
  processType: choice(processTypes, 'process type'),
  setting: choice(caseSettings, 'setting'),
  referral: referralInput.default({
    date: null,
    referrer: '',
    source: null,
    summary: '',
    acknowledged: 'unknown',
  }),
});

export const caseUpdateInput = z.object({
  id,
  title: requiredLine('A case title', 160).optional(),
  setting: choice(caseSettings, 'setting').optional(),
  referral: referralInput.partial().optional(),
});

export const caseStatusInput = z
  .object({
    id,
    status: choice(caseStatuses, 'status'),
    closureReason: choice(closureReasons, 'closure reason').optional(),
    closureDetail: line('The reason', 500).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'closed' && !v.closureReason) {
      ctx.addIssue({ code: 'custom', path: ['closureReason'], message: 'Say why the case is closing.' });
    }
    if (v.closureReason === 'other' && !v.closureDetail) {
      ctx.addIssue({
        code: 'custom',
        path: ['closureDetail'],
        message: 'Describe the reason in a few words.',
      });
    }
  });

export const caseListInput = z.object({
  query: line('Search', 200).default(''),
  statuses: z.array(choice(caseStatuses, 'status')).max(10).default([]),
  processTypes: z.array(choice(processTypes, 'process type')).max(10).default([]),
  settings: z.array(choice(caseSettings, 'setting')).max(10).default([]),
  needsAttention: z.boolean().default(false),
  /** Only cases with an agreed action whose date has passed without an outcome. */
  overdueActions: z.boolean().default(false),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
  sort: z.enum(['recent', 'oldest', 'reference', 'title', 'status']).default('recent'),
  limit: z.number().int().min(1).max(5_000).default(500),
});

export const quickCaptureInput = z.object({
  who: requiredLine('Who was there', 300),
  where: line('Where', 200).default(''),
  whatWasSaid: text('What was said', 20_000).refine(
    (v) => v.trim().length > 0,
    'Write a line about what was said.',
  ),
  followUp: text('Follow-up', 4_000).default(''),
  setting: choice(caseSettings, 'setting').default('school'),
});

export const attentionReasons = [
  'no_recent_activity',
  'overdue_actions',
  'upcoming_meeting',
  'consent_withdrawn',
] as const;

export const caseSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  processType: z.enum(Object.keys(processTypes) as [keyof typeof processTypes]),
  setting: z.enum(Object.keys(caseSettings) as [keyof typeof caseSettings]),
  status: z.enum(Object.keys(caseStatuses) as [keyof typeof caseStatuses]),
  archived: z.boolean(),
  peopleCount: z.number(),
  lastActivityAt: z.string(),
  nextMeetingAt: z.string().nullable(),
  attention: z.array(z.enum(attentionReasons)),
});
/** A row of the case list: what the table shows, nothing more (the referral stays in the record). */
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseSchema = caseSummarySchema.extend({
  createdAt: z.string(),
  closureReason: z.string().nullable(),
  closureDetail: z.string().nullable(),
  referral: z.object({
    date: z.string().nullable(),
    referrer: z.string(),
    source: z.string().nullable(),
    summary: z.string(),
    acknowledged: z.string(),
  }),
  updatedAt: z.string(),
  /** The agreement's review is recorded and the case is still open: offer to close it as completed. */
  closeSuggested: z.boolean(),
});
export type CaseRecord = z.infer<typeof caseSchema>;

export const timelineEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum([
    'created',
    'status',
    'process_type',
    'archived',
    'restored',
    'consent',
    'note',
    'meeting',
    'person_added',
    'person_removed',
    'person_erased',
    'risk_flag',
    'risk_decision',
    'appropriateness',
    'conference_confirmed',
    'conference_reopened',
    'share_acknowledged',
    'agreement_agreed',
    'review',
  ]),
  /** A plain-words line built by the service from structured detail (never stored free text). */
  summary: z.string(),
  refId: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const caseChannels = {
  'case:create': { input: caseCreateInput, output: caseSchema },
  'case:update': { input: caseUpdateInput, output: caseSchema },
  'case:get': { input: z.object({ id }), output: caseSchema },
  'case:list': {
    input: caseListInput,
    output: z.object({ cases: z.array(caseSummarySchema), total: z.number() }),
  },
  'case:setStatus': { input: caseStatusInput, output: caseSchema },
  'case:changeProcessType': {
    input: z.object({ id, processType: choice(processTypes, 'process type') }),
    output: caseSchema,
  },
  'case:archive': { input: z.object({ id }), output: caseSchema },
  'case:restore': { input: z.object({ id }), output: caseSchema },
  'case:timeline': { input: z.object({ id }), output: z.array(timelineEntrySchema) },
  'case:quickCapture': { input: quickCaptureInput, output: caseSchema },
} as const;
