/**
 * Data rights over one person: the subject access review and export, and erasure. The review
 * lists passages of notes about other people that mention them; the facilitator decides per
 * passage, and only those decisions bring such text into the export.
 */
import { z } from 'zod';
import { id, line, requiredLine } from './primitives';
import { NOTE_BODY_MAX } from './notes';

/** The names confirmed besides the full name (a nickname, the first name ticked). */
export const otherNamesSchema = z
  .array(requiredLine('Another name', 120))
  .max(20, 'At most 20 other names can be looked for.')
  .default([]);

/** A passage's id: a digest of its note, place and text, so changed text has a new id. */
export const passageId = z.string().regex(/^[0-9a-f]{32}$/, 'That is not a passage of this review.');

export const textRangeSchema = z
  .object({
    start: z.number().int().min(0).max(NOTE_BODY_MAX),
    end: z.number().int().min(1).max(NOTE_BODY_MAX),
  })
  .refine((r) => r.start < r.end, 'A redaction must cover at least one character.');

export const passageChoices = ['include', 'exclude', 'redact'] as const;
export type PassageChoice = (typeof passageChoices)[number];

/** As the review is kept: "redact" may have no words marked yet (it then includes nothing). */
export const draftDecisionSchema = z.object({
  passageId,
  choice: z.enum(passageChoices, { message: 'Choose include, exclude or include with words redacted.' }),
  /** Only for "redact": the words to replace, as offsets into the passage's text. */
  redactions: z.array(textRangeSchema).max(500, 'At most 500 redactions in one passage.').default([]),
});
export type PassageDecision = z.infer<typeof draftDecisionSchema>;

/** As an export takes it: every "redact" says which words. */
export const passageDecisionSchema = draftDecisionSchema.refine(
  (d) => d.choice !== 'redact' || d.redactions.length > 0,
  { message: 'Select the words to redact, or include or exclude the passage.', path: ['redactions'] },
);

function decisionList<T extends z.ZodType<PassageDecision, unknown>>(item: T) {
  return z
    .array(item)
    .max(5_000, 'At most 5,000 passages can be decided in one export.')
    .default([])
    .refine((list) => new Set(list.map((d) => d.passageId)).size === list.length, {
      message: 'Each passage can have only one decision.',
    });
}

export const passageDecisionsSchema = decisionList(passageDecisionSchema);
export const draftDecisionsSchema = decisionList(draftDecisionSchema);

export const passageSchema = z.object({
  id: z.string(),
  noteId: z.string(),
  caseId: z.string().nullable(),
  caseReference: z.string().nullable(),
  noteTitle: z.string(),
  noteDate: z.string(),
  /** Who the note is about, if anyone (never the requester: their notes are theirs). */
  aboutName: z.string().nullable(),
  /** For a line of a meeting note: who said it, by the note's own speaker name, and when. */
  speaker: z.object({ name: z.string(), time: z.string().nullable() }).nullable(),
  text: z.string(),
  /** Where the text names them, to show marked. */
  marks: z.array(z.object({ start: z.number(), end: z.number() })),
});
export type Passage = z.infer<typeof passageSchema>;

export const exportReviewSchema = z.object({
  /** Always looked for. */
  primaryName: z.string(),
  /** Offered to tick: the preferred name and the first name. */
  suggestions: z.array(z.string()),
  namesLookedFor: z.array(z.string()),
  passages: z.array(passageSchema),
});
export type ExportReview = z.infer<typeof exportReviewSchema>;

export const exportDraftSchema = z.object({
  otherNames: z.array(z.string()),
  decisions: z.array(draftDecisionSchema),
  savedAt: z.string().nullable(),
});
export type ExportDraft = z.infer<typeof exportDraftSchema>;

export const dataRightsChannels = {
  'person:exportReview': {
    input: z.object({ personId: id, otherNames: otherNamesSchema }),
    output: exportReviewSchema,
  },
  /** The review as the facilitator left it (names and decisions), kept in the vault. */
  'person:exportDraft': { input: z.object({ personId: id }), output: exportDraftSchema },
  'person:saveExportDraft': {
    input: z.object({ personId: id, otherNames: otherNamesSchema, decisions: draftDecisionsSchema }),
    output: z.object({ savedAt: z.string() }),
  },
  'person:export': {
    input: z.object({ personId: id, otherNames: otherNamesSchema, decisions: passageDecisionsSchema }),
    output: z.object({
      cancelled: z.boolean(),
      folder: z.string().nullable(),
      files: z.array(z.string()),
      included: z.number(),
      withheld: z.number(),
    }),
  },
  'person:erase': {
    input: z.object({ personId: id, confirmName: line('Name', 200), otherNames: otherNamesSchema }),
    output: z.object({
      casesAffected: z.number(),
      notesToReview: z.array(
        z.object({
          noteId: z.string(),
          caseId: z.string().nullable(),
          title: z.string(),
          why: z.enum(['about them', 'mentions them']),
        }),
      ),
    }),
  },
} as const;
