/** The two kinds of passphrase a channel takes: one chosen now, and one typed to open something. */
import { z } from 'zod';
import { MAX_PASSPHRASE_CHARS, passphraseProblem } from '../domain/passphrase';

/** A passphrase the facilitator chooses now: the hard rule applies. */
export const newPassphrase = z
  .string()
  .max(MAX_PASSPHRASE_CHARS)
  .superRefine((value, ctx) => {
    const problem = passphraseProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A passphrase typed to unlock: any length the rule ever allowed, never a rule message. */
export const existingPassphrase = z.string().min(1, 'Enter your passphrase.').max(MAX_PASSPHRASE_CHARS);
