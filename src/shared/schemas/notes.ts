/** Notes (with revisions and meeting-mode speaker attribution), meetings, search, Today. */
import { z } from 'zod';
import { meetingKinds } from '../domain/case-model';
import { choice, id, isoDateTime, line, noteText } from './primitives';

export const NOTE_BODY_MAX = 200_000;

/** In meeting mode each speaker has a letter key and a colour; lines in the body carry the letter. */
export const speakerSchema = z.object({
  key: z.string().regex(/^[a-z]$/, 'A speaker key is one letter.'),
  personId: id.nullable(),
  name: line('Speaker name', 120),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const noteSaveInput = z.object({
  id: id.optional(),
  caseId: id,
  personId: id.nullable().default(null),
  meetingId: id.nullable().default(null),
  title: line('Title', 200).default(''),
  kind: z.enum(['text', 'meeting']).default('text'),
  body: noteText('A note', NOTE_BODY_MAX),
  speakers: z.array(speakerSchema).max(26).default([]),
});

export const noteSchema = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  personId: z.string().nullable(),
  meetingId: z.string().nullable(),
  title: z.string(),
  kind: z.enum(['text', 'meeting']),
  body: z.string(),
  speakers: z.array(speakerSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const revisionSchema = z.object({
  id: z.string(),
  noteId: z.string(),
  title: z.string(),
  body: z.string(),
  savedAt: z.string(),
});
export type Revision = z.infer<typeof revisionSchema>;

export const meetingInput = z.object({
  id: id.optional(),
  caseId: id,
  kind: choice(meetingKinds, 'kind of meeting'),
  title: line('Title', 200).default(''),
  startsAt: isoDateTime,
  place: line('Place', 200).default(''),
});
export const meetingSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(Object.keys(meetingKinds) as [keyof typeof meetingKinds]),
  title: z.string(),
  startsAt: z.string(),
  place: z.string(),
  createdAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** Snippets mark matches with these private-use characters; the UI turns them into <mark>. */
export const HIGHLIGHT_START = '\u{E000}';
export const HIGHLIGHT_END = '\u{E001}';

export const searchHitSchema = z.object({
  kind: z.enum(['note', 'case', 'person']),
  id: z.string(),
  caseId: z.string().nullable(),
  caseReference: z.string().nullable(),
  title: z.string(),
  snippet: z.string(),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** How many of one kind match; `atLeast` when counting stopped at the search's cost bound. */
export const searchFoundSchema = z.object({ count: z.number(), atLeast: z.boolean() });
export type SearchFound = z.infer<typeof searchFoundSchema>;

/** One page of results: each kind in rank order, and whether another page exists. */
export const searchAnswerSchema = z.object({
  hits: z.array(searchHitSchema),
  more: z.boolean(),
  found: z.object({ case: searchFoundSchema, person: searchFoundSchema, note: searchFoundSchema }),
  /** So many notes match that they come newest first, not by how well they match. */
  notesNewestFirst: z.boolean(),
});
export type SearchAnswer = z.infer<typeof searchAnswerSchema>;

/** Today arrives a page at a time: the first meetings and actions, with how many there are. */
export const todayInput = z.object({
  meetingsLimit: z.number().int().min(1).max(2_000).default(40),
  actionsLimit: z.number().int().min(1).max(2_000).default(40),
});

export const todaySchema = z.object({
  /** The first `meetingsLimit` meetings of the next two weeks, in time order. */
  upcomingMeetings: z.array(meetingSchema.extend({ caseReference: z.string(), caseTitle: z.string() })),
  meetingsTotal: z.number(),
  /** Every day of the two weeks that has meetings, with how many (shown or not yet). */
  meetingDays: z.array(z.object({ day: z.string(), count: z.number() })),
  /** The first `actionsLimit` agreement actions overdue or due within a week, earliest first. */
  dueActions: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      caseReference: z.string(),
      what: z.string(),
      dueOn: z.string(),
      overdue: z.boolean(),
    }),
  ),
  actionsTotal: z.number(),
  overdueTotal: z.number(),
});

export const noteChannels = {
  'note:save': { input: noteSaveInput, output: noteSchema },
  'note:get': { input: z.object({ id }), output: noteSchema },
  'note:list': { input: z.object({ caseId: id }), output: z.array(noteSchema) },
  'note:delete': { input: z.object({ id }), output: z.object({ deleted: z.literal(true) }) },
  'note:revisions': { input: z.object({ noteId: id }), output: z.array(revisionSchema) },
  'note:restoreRevision': { input: z.object({ noteId: id, revisionId: id }), output: noteSchema },
  'meeting:save': { input: meetingInput, output: meetingSchema },
  'meeting:list': { input: z.object({ caseId: id }), output: z.array(meetingSchema) },
  'search:query': {
    input: z.object({
      query: line('Search', 200),
      /** Hits per page, all kinds together. */
      limit: z.number().int().min(6).max(100).default(30),
      /** 0 for the first page; "More results" asks for the next. */
      page: z.number().int().min(0).max(1_000).default(0),
    }),
    output: searchAnswerSchema,
  },
  'today:get': { input: todayInput, output: todaySchema },
} as const;
