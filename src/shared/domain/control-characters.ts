/**
 * C0 control characters other than tab, line feed and carriage return (and DEL). They are
 * invisible, break XML (so a Word document containing one will not open) and are almost
 * always pasted by accident. Short fields refuse them; documents replace them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

export function replaceControlCharacters(value: string, replacement = '\ufffd'): string {
  return value
    .replace(new RegExp(CONTROL_CHARACTERS.source, 'g'), replacement)
    .replace(/[\ufffe\uffff]/g, replacement);
}
