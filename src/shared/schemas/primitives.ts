/** Building blocks for channel schemas: bounded text, ids, dates. One place for the limits. */
import { z } from 'zod';
import { keysOf } from '../domain/case-model';
import { stripInvisible, textProblem } from '../domain/control-characters';

export const id = z.string().uuid('Not a valid identifier.');

/** An identifier made by the app itself (a phase, an action, a map element): letters, digits, - and _. */
export function token(label = 'An identifier', max = 60) {
  return z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .regex(/^[A-Za-z0-9_-]+$/, `${label} can hold only letters, digits, dashes and underscores.`);
}

/**
 * A short single-line field (a name, a title, a place, a label). Spaces, tabs and line breaks
 * around it are stripped (pasted text often carries them); inside it, tabs, line breaks and
 * other control characters, direction-changing characters and broken characters are refused.
 */
export function line(label: string, max = 200) {
  return z
    .string()
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .max(max, `${label} can be at most ${max} characters.`)
        .superRefine((v, ctx) => {
          const problem = textProblem(v, true);
          if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}` });
        }),
    );
}

export function requiredLine(label: string, max = 200) {
  return line(label, max).refine((v) => v.length > 0, `${label} is required.`);
}

/**
 * Free text (a summary, notes): line breaks and tabs kept (Windows line endings become plain
 * ones); other control characters, direction-changing characters and broken characters refused.
 */
export function text(label: string, max = 20_000) {
  return z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n'))
    .pipe(
      z
        .string()
        .max(max, `${label} can be at most ${max.toLocaleString('en-GB')} characters.`)
        .superRefine((v, ctx) => {
          const problem = textProblem(v, false);
          if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}` });
        }),
    );
}

/**
 * A note's body, saved again and again while someone types: it must never be refused for a
 * character pasted by accident, so control characters (other than line breaks and tabs) and
 * direction-changing characters are stripped and Windows line endings made plain. A broken
 * character (a lone surrogate) is still refused: it cannot be kept faithfully.
 */
export function noteText(label: string, max: number) {
  return z
    .string()
    .transform((v) => stripInvisible(v.replace(/\r\n?/g, '\n')))
    .pipe(
      z
        .string()
        .max(max, `${label} can be at most ${max.toLocaleString('en-GB')} characters.`)
        .superRefine((v, ctx) => {
          const problem = textProblem(v, false);
          if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}` });
        }),
    );
}

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z
  .string()
  // Said in the form the date boxes show (en-GB), not the ISO form it is kept in.
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 24/11/2026.')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'That date does not exist.');

/** A local date and time, YYYY-MM-DDTHH:MM. */
export const isoDateTime = z
  .string()
  // An empty picker is the common mistake: say what to do, not what the format is.
  .min(1, 'Enter a date and time.')
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use a date and time like 24/11/2026 14:30.')
  .refine((v) => !Number.isNaN(new Date(`${v}:00Z`).getTime()), 'That date and time do not exist.');

export function choice<T extends Record<string, string>>(labels: T, label: string) {
  return z.enum(keysOf(labels), { message: `Choose a ${label.toLowerCase()}.` });
}
