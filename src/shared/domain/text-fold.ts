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

export function foldText(text: string): string {
  let folded = '';
  for (const character of text) folded += foldCharacter(character);
  return folded;
}

/**
 * The folded text and, for each of its UTF-16 units, the index in the original where the
 * character it came from starts, plus one entry past the end.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const character of text) {
    const part = foldCharacter(character);
    for (let i = 0; i < part.length; i++) offsets.push(index);
    folded += part;
    index += character.length;
  }
  offsets.push(index);
  return { folded, offsets };
}

/** Whether `needle` occurs in `haystack` once both are folded (an empty needle always does). */
export function foldedIncludes(haystack: string, needle: string): boolean {
  return foldText(haystack).includes(foldText(needle));
}
