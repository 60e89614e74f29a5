/**
 * The one normalisation every search in the app uses, so the same child is found however
 * their name was typed: Unicode case folding, accents and other marks removed, letters that
 * carry their accent inside them (ł, ø, đ, ı, ß...) written plainly, and every apostrophe
 * form made one. "ŁUKASZ", "lukasz" and "Łukasz" all fold to "lukasz"; "O’Brien" and
 * "O'Brien" to "o'brien"; "İrem", "Irem" and "irem" to "irem".
 *
 * It keeps the length of each character's fold known, so a match found in folded text can be
 * mapped back to the original (for highlighting).
 */

/** Letters that do not decompose under NFKD but which people type without their mark. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ŧ: 't',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  // Arabic: the forms of alef with hamza or madda are searched as plain alef, alef maqsura
  // as yeh, and teh marbuta as heh, as Arabic search usually does.
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
};

/** Apostrophes and the marks people type for them. */
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032\uff07]/g;

/** Combining marks (accents, Arabic harakat, Vietnamese tone marks) and the Arabic tatweel. */
const MARKS = /[\p{M}\u0640]/gu;

/** One character (code point) of the original, folded. */
function foldCharacter(character: string): string {
  const lower = character.toLowerCase();
  const plain = PLAIN_LETTERS[lower];
  if (plain !== undefined) return plain;
  return lower.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

/**
 * Folding a character costs a Unicode normalisation, which made a 1 KB note take over half a
 * millisecond: too slow for indexing a caseload. ASCII folds by lower-casing (the backtick is
 * the one ASCII apostrophe form), and each other character's fold is worked out once and kept:
 * names and notes use few distinct characters. The result is exactly foldCharacter's.
 */
const knownFolds = new Map<string, string>();
const KNOWN_FOLDS_LIMIT = 10_000;

function foldKnown(character: string): string {
  let folded = knownFolds.get(character);
  if (folded === undefined) {
    folded = foldCharacter(character);
    if (knownFolds.size < KNOWN_FOLDS_LIMIT) knownFolds.set(character, folded);
  }
  return folded;
}

const NON_ASCII_RUNS = /[^\p{ASCII}]+/gu;

function foldAscii(text: string): string {
  return text.toLowerCase().replaceAll('`', "'");
}

export function foldText(text: string): string {
  let folded = '';
  let index = 0;
  for (const run of text.matchAll(NON_ASCII_RUNS)) {
    folded += foldAscii(text.slice(index, run.index));
    for (const character of run[0]) folded += foldKnown(character);
    index = run.index + run[0].length;
  }
  return folded + foldAscii(text.slice(index));
}

/**
 * The folded text and, for each of its UTF-16 units, the index in the original where the
 * character it came from starts, plus one entry past the end.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  const ascii = (from: number, to: number) => {
    for (let i = from; i < to; i++) offsets.push(i);
    folded += foldAscii(text.slice(from, to));
  };
  let index = 0;
  for (const run of text.matchAll(NON_ASCII_RUNS)) {
    ascii(index, run.index);
    index = run.index;
    for (const character of run[0]) {
      const part = foldKnown(character);
      for (let i = 0; i < part.length; i++) offsets.push(index);
      folded += part;
      index += character.length;
    }
  }
  ascii(index, text.length);
  offsets.push(text.length);
  return { folded, offsets };
}

/** Whether `needle` occurs in `haystack` once both are folded (an empty needle always does). */
export function foldedIncludes(haystack: string, needle: string): boolean {
  return foldText(haystack).includes(foldText(needle));
}
