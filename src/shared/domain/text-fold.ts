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
 * Folding one character costs a Unicode normalisation, so each non-ASCII character's fold is
 * worked out once and kept (names and notes use few distinct characters). ASCII folds by
 * lower-casing, with the backtick as an apostrophe, exactly as foldCharacter would say.
 * Subject access folds every note of a person's cases, so this is worth it.
 */
const foldedCharacters = new Map<string, string>();
const FOLD_CACHE_LIMIT = 8_192;

function foldOne(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = foldCharacter(character);
    if (foldedCharacters.size < FOLD_CACHE_LIMIT) foldedCharacters.set(character, folded);
  }
  return folded;
}

function foldAscii(text: string): string {
  return text.toLowerCase().replaceAll('`', "'");
}

/** Runs of non-ASCII characters; the text between them folds in bulk. */
const NON_ASCII_RUN = /[^\p{ASCII}]+/gu;

export function foldText(text: string): string {
  return fold(text, false).folded;
}

/**
 * The folded text and, for each of its UTF-16 units, the index in the original where the
 * character it came from starts, plus one entry past the end.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  return fold(text, true);
}

function fold(text: string, withOffsets: boolean): { folded: string; offsets: number[] } {
  const offsets: number[] = [];
  const ascii = (from: number, to: number) => {
    if (withOffsets) for (let i = from; i < to; i++) offsets.push(i);
    return foldAscii(text.slice(from, to));
  };
  let folded = '';
  let index = 0;
  for (const run of text.matchAll(NON_ASCII_RUN)) {
    folded += ascii(index, run.index);
    index = run.index;
    for (const character of run[0]) {
      const part = foldOne(character);
      if (withOffsets) for (let i = 0; i < part.length; i++) offsets.push(index);
      folded += part;
      index += character.length;
    }
  }
  folded += ascii(index, text.length);
  if (withOffsets) offsets.push(text.length);
  return { folded, offsets };
}

/** Whether `needle` occurs in `haystack` once both are folded (an empty needle always does). */
export function foldedIncludes(haystack: string, needle: string): boolean {
  return foldText(haystack).includes(foldText(needle));
}
