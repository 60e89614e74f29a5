/** Backups (settings, state, back up now) and restoring one, here or on a new computer. */
import { z } from 'zod';
import { existingPassphrase, newPassphrase } from './passphrases';
import { token } from './primitives';

export const backupIntervals = ['every-lock', 'daily', 'weekly', 'manual'] as const;
export type BackupInterval = (typeof backupIntervals)[number];

const kept = (label: string, min: number, max: number) =>
  z
    .number()
    .int(`${label}: a whole number.`)
    .min(min, `${label}: at least ${min}.`)
    .max(max, `${label}: at most ${max}.`);

export const backupSettingsSchema = z.object({
  /** When an automatic backup is made at lock or quit (if anything changed). */
  interval: z.enum(backupIntervals),
  /** Retention: the newest backup of each of the last N days, weeks and months is kept. */
  keepDaily: kept('Daily backups kept', 1, 60),
  keepWeekly: kept('Weekly backups kept', 0, 52),
  keepMonthly: kept('Monthly backups kept', 0, 120),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const backupSlots = ['first', 'second'] as const;
export type BackupSlot = (typeof backupSlots)[number];

const folderSchema = z.object({
  slot: z.enum(backupSlots),
  path: z.string(),
  /** False when the folder is not there now (a USB stick not plugged in) or cannot be written. */
  reachable: z.boolean(),
  problem: z.string().nullable(),
});

const verifiedSchema = z.object({ at: z.string(), folder: z.string(), file: z.string(), bytes: z.number() });

export const backupProblems = [
  'folder-missing',
  'read-only',
  'no-space',
  'write-failed',
  'busy',
  'not-verified',
  'stopped',
  'no-folder',
] as const;
export type BackupProblem = (typeof backupProblems)[number];

const problemSchema = z.object({
  at: z.string(),
  problem: z.enum(backupProblems),
  folder: z.string(),
  message: z.string(),
});

export const backupStatusSchema = z.object({
  settings: backupSettingsSchema,
  folders: z.array(folderSchema),
  lastVerified: verifiedSchema.nullable(),
  /** What went wrong with the latest attempt, when it came after the last verified backup. */
  lastProblem: problemSchema.nullable(),
  lastRestore: z.object({ at: z.string(), from: z.string(), keptAs: z.string().nullable() }).nullable(),
  running: z.boolean(),
  /** A backup could not finish in time at a lock or quit: it runs at the next unlock or lock. */
  owed: z.boolean(),
  /** The calm line Today shows (and Settings repeats), or null when all is well. */
  notice: z.object({ message: z.string(), folderProblem: z.boolean() }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const folderResultSchema = z.object({
  folder: z.string(),
  outcome: z.enum(['verified', ...backupProblems]),
  file: z.string().nullable(),
  message: z.string(),
});

/** A backup found in one of the folders (or chosen as a file), as a restore can use it. */
const candidateSchema = z.object({
  token: z.string(),
  name: z.string(),
  folder: z.string(),
  bytes: z.number(),
  /** Read with this vault's own key: it is a backup of this vault, and this is what it holds. */
  opened: z
    .object({ createdAt: z.string(), cases: z.number(), people: z.number(), appVersion: z.string() })
    .nullable(),
});
export type RestoreCandidate = z.infer<typeof candidateSchema>;

export const restoreSummarySchema = z.object({
  createdAt: z.string(),
  cases: z.number(),
  people: z.number(),
  appVersion: z.string(),
  /** null with no vault open (first start on a new computer). */
  thisVault: z.boolean().nullable(),
});
export type RestoreSummary = z.infer<typeof restoreSummarySchema>;

const restoreToken = token('The backup', 64);
const recoveryKeyText = z.string().min(1, 'Enter your recovery key.').max(100);

export const restoreOpenInput = z.discriminatedUnion('with', [
  z.object({
    token: restoreToken,
    with: z.literal('passphrase'),
    passphrase: existingPassphrase,
  }),
  z.object({
    token: restoreToken,
    with: z.literal('recovery-key'),
    recoveryKey: recoveryKeyText,
    newPassphrase: newPassphrase,
  }),
]);

const empty = z.object({});

export const backupChannels = {
  'backup:status': { input: empty, output: backupStatusSchema },
  'backup:chooseFolder': { input: z.object({ slot: z.enum(backupSlots) }), output: backupStatusSchema },
  'backup:removeFolder': { input: z.object({ slot: z.enum(backupSlots) }), output: backupStatusSchema },
  'backup:updateSettings': { input: backupSettingsSchema.partial(), output: backupStatusSchema },
  'backup:now': {
    input: empty,
    output: z.object({ results: z.array(folderResultSchema), status: backupStatusSchema }),
  },
  'backup:list': { input: empty, output: z.object({ backups: z.array(candidateSchema) }) },
  'restore:chooseFile': {
    input: empty,
    output: z.union([candidateSchema, z.object({ cancelled: z.literal(true) })]),
  },
  'restore:pick': { input: z.object({ token: restoreToken }), output: candidateSchema },
  'restore:open': { input: restoreOpenInput, output: restoreSummarySchema },
  'restore:apply': {
    input: z.object({ token: restoreToken }),
    output: z.object({
      from: z.string(),
      cases: z.number(),
      people: z.number(),
      /** The name the vault it replaced was kept under in the vault folder (null: there was none). */
      keptAs: z.string().nullable(),
    }),
  },
  'restore:cancel': { input: empty, output: z.object({ cancelled: z.literal(true) }) },
} as const;
