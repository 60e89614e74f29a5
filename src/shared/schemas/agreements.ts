/** Agreements (issue 6): writing, versions, follow-up, review, documents and the report. */
import { z } from 'zod';
import { actionStatuses, documentVariants, reviewOutcomes } from '../domain/agreement';
import { choice, id, isoDate, line, text } from './primitives';

const MAX_ACTIONS = 100;

export const actionInput = z.object({
  /** Kept across versions, so follow-up stays with the action when the agreement is revised. */
  id: id.optional(),
  what: text('What will be done', 2_000),
  whoParticipantId: id.nullable().default(null),
  /** Someone who is not a participant ("the school office"). */
  whoText: line('Who does it', 120).default(''),
  /** For whom, when several people were harmed. */
  forParticipantId: id.nullable().default(null),
  byWhen: isoDate.nullable().default(null),
  howChecked: text('How it will be checked', 1_000).default(''),
  checkedBy: line('Who checks it', 120).default(''),
  ifNotDone: text('What happens if it is not done', 1_000).default(''),
  /** Indexes into the case's FGC bottom lines that this action meets. */
  meetsBottomLines: z.array(z.number().int().min(0).max(29)).max(30).default([]),
  /** The run-mode draft it was made from, so a draft is offered once. */
  fromDraftId: id.nullable().default(null),
});
export type ActionInput = z.infer<typeof actionInput>;

export const signerInput = z.object({
  participantId: id,
  choice: z.enum(['signs', 'declines']),
});

export const agreementSaveInput = z.object({
  caseId: id,
  statement: text('The statement', 4_000).default(''),
  actions: z.array(actionInput).max(MAX_ACTIONS, `An agreement can hold at most ${MAX_ACTIONS} actions.`),
  reviewDate: isoDate.nullable().default(null),
  copiesTo: text('Who receives a copy', 1_000).default(''),
  signers: z.array(signerInput).max(60).default([]),
  place: line('Place', 200).default(''),
});

const actionUpdateSchema = z.object({
  status: z.enum(Object.keys(actionStatuses) as [keyof typeof actionStatuses]),
  on: z.string(),
  note: z.string(),
  recordedAt: z.string(),
});

export const agreementActionSchema = z.object({
  id: z.string(),
  what: z.string(),
  whoParticipantId: z.string().nullable(),
  whoText: z.string(),
  /** The name to show: the participant's preferred name, or the typed text. */
  whoName: z.string(),
  forParticipantId: z.string().nullable(),
  forName: z.string(),
  byWhen: z.string().nullable(),
  howChecked: z.string(),
  checkedBy: z.string(),
  ifNotDone: z.string(),
  meetsBottomLines: z.array(z.number()),
  fromDraftId: z.string().nullable(),
  status: z.enum(Object.keys(actionStatuses) as [keyof typeof actionStatuses]),
  overdue: z.boolean(),
  history: z.array(actionUpdateSchema),
});
export type AgreementAction = z.infer<typeof agreementActionSchema>;

export const agreementSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'agreed', 'closed']),
  /** "Family plan" for a family group conference, otherwise "Agreement". */
  title: z.string(),
  statement: z.string(),
  place: z.string(),
  actions: z.array(agreementActionSchema),
  reviewDate: z.string().nullable(),
  copiesTo: z.string(),
  signers: z.array(
    z.object({ participantId: z.string(), name: z.string(), choice: z.enum(['signs', 'declines']) }),
  ),
  familyLead: z.object({ participantId: z.string(), name: z.string() }).nullable(),
  bottomLines: z.array(
    z.object({ index: z.number(), text: z.string(), metBy: z.array(z.string()), met: z.boolean() }),
  ),
  agreedAt: z.string().nullable(),
  updatedAt: z.string(),
  review: z
    .object({
      heldOn: z.string(),
      attendees: z.string(),
      notes: z.string(),
      outcome: z.enum(Object.keys(reviewOutcomes) as [keyof typeof reviewOutcomes]),
    })
    .nullable(),
  /** True when this is the newest version (older ones are read-only). */
  current: z.boolean(),
  /** What changed about its people since it was written (a withdrawal, consent given again). */
  notices: z.array(z.string()),
});
export type Agreement = z.infer<typeof agreementSchema>;

const draftItemSchema = z.object({ id: z.string(), text: z.string(), capturedAt: z.string() });

export const agreementStateSchema = z.object({
  agreement: agreementSchema.nullable(),
  /** Actions captured in run mode that are not yet in the agreement. */
  unusedDrafts: z.array(draftItemSchema),
  versions: z.array(
    z.object({ id: z.string(), version: z.number(), status: z.string(), agreedAt: z.string().nullable() }),
  ),
  /** Why no printed copy or letter can be made now (a risk decision to stop), or null. */
  participantDocumentsBlocked: z.string().nullable(),
});
export type AgreementState = z.infer<typeof agreementStateSchema>;

export const reviewInput = z.object({
  caseId: id,
  heldOn: isoDate,
  attendees: text('Who came', 1_000).default(''),
  notes: text('Review notes', 20_000).default(''),
  outcome: choice(reviewOutcomes, 'outcome'),
});

const savedFile = z.object({ cancelled: z.boolean(), path: z.string().nullable() });

export const reportSchema = z.object({
  from: z.string(),
  to: z.string(),
  referralsBySetting: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
  referralsByProcess: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
  direct: z.number(),
  indirect: z.number(),
  conferencesHeld: z.number(),
  agreementsMade: z.number(),
  actionsCompleted: z.number(),
  actionsRecorded: z.number(),
  agreementsCompleted: z.number(),
  agreementsReviewed: z.number(),
  closuresByReason: z.array(z.object({ key: z.string(), label: z.string(), count: z.number() })),
  /** Median whole days from referral to the conference date, over conferences held; null if none. */
  medianDaysReferralToConference: z.number().nullable(),
});
export type Report = z.infer<typeof reportSchema>;

/** What the print view shows: the same participant-safe data the Word document is built from. */
export const agreementDocumentSchema = z.object({
  organisation: z.object({
    name: z.string(),
    logo: z.object({ type: z.enum(['png', 'jpg']), base64: z.string() }).nullable(),
  }),
  title: z.string(),
  caseReference: z.string(),
  date: z.string(),
  place: z.string(),
  participants: z.array(z.object({ name: z.string(), role: z.string() })),
  statement: z.string(),
  actions: z.array(
    z.object({
      what: z.string(),
      who: z.string(),
      forWhom: z.string(),
      byWhen: z.string(),
      howChecked: z.string(),
      checkedBy: z.string(),
      ifNotDone: z.string(),
    }),
  ),
  familyLead: z.string().nullable(),
  bottomLines: z.array(z.object({ text: z.string(), metBy: z.array(z.number()), met: z.boolean() })),
  reviewDate: z.string(),
  copiesTo: z.string(),
  statements: z.object({ confidentiality: z.string(), notLegallyBinding: z.string() }),
  signing: z.array(z.string()),
  declined: z.array(z.string()),
});
export type AgreementDocument = z.infer<typeof agreementDocumentSchema>;

const range = z.object({ from: isoDate, to: isoDate }).refine((r) => r.from <= r.to, {
  message: 'The start date must be on or before the end date.',
  path: ['to'],
});

export const agreementChannels = {
  'agreement:get': { input: z.object({ caseId: id }), output: agreementStateSchema },
  /** Starts the agreement from the run-mode drafts (or empty when there are none). */
  'agreement:start': { input: z.object({ caseId: id }), output: agreementStateSchema },
  /** Autosave. When the current version is agreed, this makes a new draft version. */
  'agreement:save': { input: agreementSaveInput, output: agreementStateSchema },
  'agreement:markAgreed': { input: z.object({ caseId: id }), output: agreementStateSchema },
  'agreement:version': { input: z.object({ id }), output: agreementSchema },
  'agreement:document': { input: z.object({ caseId: id }), output: agreementDocumentSchema },
  'action:setStatus': {
    input: z.object({
      caseId: id,
      actionId: id,
      status: choice(actionStatuses, 'status'),
      on: isoDate,
      note: text('The note', 2_000).default(''),
    }),
    output: agreementStateSchema,
  },
  'review:record': { input: reviewInput, output: agreementStateSchema },
  'agreement:exportDocx': {
    input: z.object({
      caseId: id,
      variant: choice(documentVariants, 'version of the document'),
      includeMap: z.boolean().default(false),
    }),
    output: savedFile,
  },
  /** The print view on screen, printed to a PDF the person saves (Electron's printToPDF). */
  'agreement:savePdf': { input: z.object({ caseId: id }), output: savedFile },
  'letter:completion': {
    input: z.object({
      caseId: id,
      participantId: id,
      /** Left out, the letter gives Settings → About you's name and contact details. */
      contactName: line('Contact name', 120).optional(),
      contactDetails: line('Contact details', 200).optional(),
    }),
    output: savedFile,
  },
  'report:get': { input: range, output: reportSchema },
  'report:exportCsv': {
    input: z.object({
      from: isoDate,
      to: isoDate,
      /** The header the commissioner wants for each column. */
      headers: z.object({
        measure: line('Column name', 60).default('measure'),
        group: line('Column name', 60).default('group'),
        count: line('Column name', 60).default('count'),
      }),
    }),
    output: savedFile,
  },
} as const;
