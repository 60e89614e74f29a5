/**
 * Kept drafts: what is typed into an unfinished form, saved into the vault as it is typed so a
 * tab switch, a lock or a crash loses nothing (see the renderer's lib/form-drafts.ts). The body
 * is the form's values as JSON; the key names the form and its record.
 */
import { z } from 'zod';

/** `conference-logistics:<case id>`: which form, about which record. */
export const draftKey = z
  .string()
  .min(1)
  .max(200, 'A form key can be at most 200 characters.')
  .regex(/^[A-Za-z0-9:_-]+$/, 'A form key can hold only letters, digits, colons, dashes and underscores.');

/** Room for the longest form (an agreement's fields) with a wide margin. */
export const DRAFT_BODY_MAX = 400_000;

export const draftSchema = z.object({ key: z.string(), body: z.string(), savedAt: z.string() });
export type Draft = z.infer<typeof draftSchema>;

export const draftChannels = {
  'draft:list': { input: z.object({}), output: z.array(draftSchema) },
  'draft:save': {
    input: z.object({
      key: draftKey,
      body: z
        .string()
        .max(DRAFT_BODY_MAX, 'That form holds more than can be kept as a draft.')
        .refine((v) => {
          try {
            JSON.parse(v);
            return true;
          } catch {
            return false;
          }
        }, 'A draft must be the form’s values.'),
    }),
    output: z.object({ savedAt: z.string() }),
  },
  'draft:discard': { input: z.object({ key: draftKey }), output: z.object({ discarded: z.boolean() }) },
} as const;
