/**
 * THE api between the renderer and the main process. Every channel is `area:verb` with a zod
 * schema for its input (validated in main before any handler runs; unknown keys stripped,
 * sizes bounded) and a schema for its output (used for types). Forms in the renderer reuse
 * the input schemas, so a rule is written once.
 */
import { z } from 'zod';
import { roles } from './domain/case-model';
import { agreementChannels } from './schemas/agreements';
import { caseChannels } from './schemas/cases';
import { conferenceChannels } from './schemas/conference';
import { draftChannels } from './schemas/drafts';
import { mapChannels } from './schemas/maps';
import { dataRightsChannels } from './schemas/data-rights';
import { noteChannels } from './schemas/notes';
import { peopleChannels } from './schemas/people';
import { backupChannels } from './schemas/backups';
import { existingPassphrase, newPassphrase } from './schemas/passphrases';
import { line, text } from './schemas/primitives';

/** Upper bounds on what a channel accepts; anything larger is rejected before a handler. */
export const limits = {
  shortText: 200,
  recoveryKeyText: 100,
} as const;

/** Channels without parameters still take an object; stray keys are stripped. */
const empty = z.object({});

export { newPassphrase };

export const autoLockChoices = [0, 1, 5, 10, 15, 30, 60] as const;
export const themeChoices = ['system', 'light', 'dark'] as const;

const roleLabel = line('A role name', 60).refine((v) => v.length > 0, 'A role needs a name.');

/** A statement printed on every agreement: free text, not empty. */
const statement = text('The statement', 1_000)
  .transform((v) => v.trim())
  .refine((v) => v.length > 0, 'Write the statement, or reset it.');

export const settingsSchema = z.object({
  /** Minutes of inactivity before the vault locks itself; 0 means never. */
  autoLockMinutes: z.number().int().min(0).max(480),
  theme: z.enum(themeChoices),
  /** The words for each role; some services must say "victim" / "offender". */
  roleLabels: z.object(
    Object.fromEntries(Object.keys(roles).map((role) => [role, roleLabel])) as Record<
      keyof typeof roles,
      typeof roleLabel
    >,
  ),
  /** A case with no activity for this many days "needs attention". */
  attentionDays: z.number().int().min(1).max(365),
  /** In the header of every agreement and letter. */
  organisationName: line('The name', 120),
  /** PNG or JPEG, base64; at most about 1 MB. */
  organisationLogo: z
    .object({
      type: z.enum(['png', 'jpg']),
      base64: z
        .string()
        .max(1_400_000, 'The logo is too large: choose a picture under 1 MB.')
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'That picture could not be read.'),
    })
    .refine((l) => (l.type === 'png' ? l.base64.startsWith('iVBORw0KGgo') : l.base64.startsWith('/9j/')), {
      message: 'Choose a PNG or JPEG picture.',
      path: ['base64'],
    })
    .nullable(),
  /** Wording printed on every agreement; services word these differently. */
  confidentialityStatement: statement,
  notLegallyBindingStatement: statement,
  /**
   * The facilitator using this computer (Settings → About you): signs every letter, and is the
   * contact the letters give unless another is typed for a letter. Each part may be left empty.
   */
  aboutYou: z.object({
    name: line('Your name', 120),
    role: line('Your role', 120),
    contact: line('Contact details', 200),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The database could not be opened (or a check found damage) and was moved aside, or is too new. */
export const vaultProblemSchema = z.object({
  code: z.enum(['corrupt_vault', 'newer_schema']),
  message: z.string(),
});

export const vaultStateSchema = z.object({
  state: z.enum(['absent', 'locked', 'unlocked']),
  problem: vaultProblemSchema.optional(),
  /** Milliseconds until another unlock attempt is accepted (after repeated wrong ones). */
  retryAfterMs: z.number().int().min(0),
  /** Locked, and the next unlock first rewrites the database in the current format (once, seconds). */
  storageUpdate: z.literal(true).optional(),
  /** A backup could not finish before the vault locked or the app closed: it runs after unlock. */
  backupOwed: z.literal(true).optional(),
});
export type VaultState = z.infer<typeof vaultStateSchema>;

export const lockReasons = ['user', 'idle', 'suspend', 'screen-lock', 'quit'] as const;
export type LockReason = (typeof lockReasons)[number];

export const channels = {
  'vault:status': { input: empty, output: vaultStateSchema },
  'vault:create': {
    input: z.object({ passphrase: newPassphrase }),
    output: z.object({ recoveryKey: z.string() }),
  },
  'vault:unlock': {
    input: z.object({ passphrase: existingPassphrase }),
    output: vaultStateSchema,
  },
  'vault:recover': {
    input: z.object({
      recoveryKey: z.string().min(1, 'Enter your recovery key.').max(limits.recoveryKeyText),
      newPassphrase: newPassphrase,
    }),
    output: vaultStateSchema,
  },
  'vault:lock': {
    input: z.object({ reason: z.enum(lockReasons).default('user') }),
    output: vaultStateSchema,
  },
  'vault:changePassphrase': {
    input: z.object({ currentPassphrase: existingPassphrase, newPassphrase: newPassphrase }),
    output: z.object({ changed: z.literal(true) }),
  },
  'session:activity': { input: empty, output: z.object({ idleLockAt: z.number().nullable() }) },
  'settings:get': { input: empty, output: settingsSchema },
  'settings:update': { input: settingsSchema.partial(), output: settingsSchema },
  ...caseChannels,
  ...peopleChannels,
  ...noteChannels,
  ...dataRightsChannels,
  ...conferenceChannels,
  ...agreementChannels,
  ...mapChannels,
  ...backupChannels,
  ...draftChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Channels[K]['output']>;

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/** Main-to-renderer events. */
export const events = {
  /** The vault locked; the renderer shows the lock screen. */
  'vault:locked': z.object({ reason: z.enum(lockReasons) }),
  /** While unlocked, the full check found damage: the file was kept aside and a fresh one opened. */
  'vault:problem': vaultProblemSchema,
  /** Main wants to lock (idle, suspend, screen lock): save what is typed, then call vault:lock. */
  'session:lockRequested': z.object({ reason: z.enum(lockReasons) }),
  /** A backup was restored over the open vault: start the shell over and say what happened. */
  'vault:restored': z.object({
    from: z.string(),
    cases: z.number(),
    people: z.number(),
    keptAs: z.string().nullable(),
  }),
  /** A backup started or finished (or a restore changed what the backups are): read backup:status again. */
  'backup:changed': z.object({}),
  /** A menu item or global shortcut. */
  'menu:command': z.object({ command: z.enum(['lock', 'settings', 'cases', 'today']) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

export type { CaseRecord, CaseSummary, TimelineEntry } from './schemas/cases';
export type { Consent, Participant, Person, RiskFlag } from './schemas/people';
export type { Meeting, Note, Revision, SearchHit, Speaker } from './schemas/notes';
