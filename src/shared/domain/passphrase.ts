/**
 * The passphrase rule, written once and enforced in both the form and the main process:
 * at least 12 characters, or at least four words. Strength (the meter) is advisory and is
 * computed in the renderer with zxcvbn; this rule is the hard floor.
 */
export const MIN_PASSPHRASE_CHARS = 12;
export const MIN_PASSPHRASE_WORDS = 4;
export const MAX_PASSPHRASE_CHARS = 1024;

export function countWords(passphrase: string): number {
  return passphrase
    .trim()
    .split(/[\s\-_.,;:]+/u)
    .filter((w) => /\p{L}{2,}/u.test(w)).length;
}

/** Returns a plain-words problem, or null when the passphrase meets the rule. */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.length === 0) return 'Enter a passphrase.';
  if (passphrase.length > MAX_PASSPHRASE_CHARS)
    return `A passphrase can be at most ${MAX_PASSPHRASE_CHARS} characters.`;
  if (passphrase.trim().length === 0) return 'A passphrase cannot be only spaces.';
  if ([...passphrase].length < MIN_PASSPHRASE_CHARS && countWords(passphrase) < MIN_PASSPHRASE_WORDS) {
    return `Use at least ${MIN_PASSPHRASE_CHARS} characters, or at least ${MIN_PASSPHRASE_WORDS} words.`;
  }
  return null;
}
