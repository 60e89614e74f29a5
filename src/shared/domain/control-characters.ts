/**
 * Characters no typed field may hold. C0 and C1 control characters (other than tab and line
 * feed in multi-line text) are invisible, break XML (a Word document containing one will not
 * open) and are almost always pasted by accident. Bidirectional embedding, override and
 * isolate characters can make a name display as something else. A lone surrogate is half of
 * a character. Short fields refuse them; documents replace any that arrive another way.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** What a single line may not hold besides those: tab, line feed and carriage return. */
const LINE_BREAKS = /[\t\n\r]/;

/** Left-to-right / right-to-left embeddings, overrides and isolates, and their terminators. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/** Why text cannot be stored as it is, in words for the person typing; null when it can. */
export function textProblem(value: string, singleLine: boolean): string | null {
  if (LONE_SURROGATE.test(value)) return 'contains a broken character (half of an emoji or symbol).';
  if (BIDI_CONTROLS.test(value))
    return 'contains a hidden character that changes the direction of the text (often pasted with it): type it again without it.';
  if (CONTROL_CHARACTERS.test(value)) return 'contains characters that cannot be stored.';
  if (singleLine && LINE_BREAKS.test(value)) return 'must be one line, without tabs or line breaks.';
  return null;
}

/** Removes control characters (but line breaks and tabs) and direction-changing characters. */
export function stripInvisible(value: string): string {
  return value
    .replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), '')
    .replace(new RegExp(BIDI_CONTROLS.source, 'g'), '');
}

export function replaceControlCharacters(value: string, replacement = '\ufffd'): string {
  return value
    .replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), replacement)
    .replace(new RegExp(BIDI_CONTROLS.source, 'g'), '')
    .replace(new RegExp(LONE_SURROGATE.source, 'g'), replacement)
    .replace(/[\ufffe\uffff]/g, replacement);
}
