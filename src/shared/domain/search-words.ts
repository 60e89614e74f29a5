/**
 * Words as every search in the app sees them, all made from the one normalisation
 * (text-fold.ts), so a name is found the same way in the Ctrl+K search, the case list and the
 * person search, however it was typed:
 * - the full-text index holds each text's folded words (`indexWords`), and a query's words
 *   become terms (`queryTerms`) matched against those words: whole words when short, word
 *   starts otherwise;
 * - the list filters compare folded keys by substring (`filterKey`).
 *
 * A word is a run of letters and digits; words joined by an apostrophe (O'Brien, d'Arcy) are
 * indexed as their parts and as one word, so "Brien", "O'Brien", "O’Brien" and "OBrien" all
 * find "O'Brien".
 */
import { foldText } from './text-fold';

/**
 * The version of what `indexWords` and `filterKey` make of a text (and of the folding under
 * them). The app rebuilds the search index when the one it finds was built with another, so
 * change this whenever either changes what they return; a test pins their output.
 */
export const INDEX_WORDS_VERSION = 1;

/** A folded word unit: letters and digits, possibly joined by apostrophes (fold makes them all "'"). */
export const WORD_UNIT = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/**
 * Words shorter than this are matched whole: as prefixes, "a" or "to" would stand for a large
 * part of the vocabulary and make one search read most of the index.
 */
export const MIN_PREFIX_LENGTH = 3;

/** At most this many words of a query count: more narrow nothing in practice and cost time. */
export const MAX_QUERY_TERMS = 12;

/** A query is read only this far (the search box takes 200 characters; a paste can be longer). */
const MAX_QUERY_CHARS = 1_000;

export interface SearchTerm {
  /** Folded, letters and digits only. */
  word: string;
  /** Matches words that start with `word`, not only `word` itself. */
  prefix: boolean;
}

function joined(unit: string): string {
  return unit.replaceAll("'", '');
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** The folded words of a text, space-separated, as the full-text index stores them. */
export function indexWords(text: string): string {
  const folded = foldText(text);
  // Without an apostrophe the words are the runs between the rest (indexing a caseload, most
  // notes take this path; it is several times quicker).
  if (!folded.includes("'")) return folded.replace(NOT_WORD, ' ').trim();
  const words: string[] = [];
  for (const [unit] of folded.matchAll(WORD_UNIT)) {
    if (unit.includes("'")) words.push(...unit.split("'"), joined(unit));
    else words.push(unit);
  }
  return words.join(' ');
}

/**
 * The terms of a query: each word folded (apostrophes joined), once, in the order typed. Words
 * of `minPrefix` letters or more match word starts; names (few, short words) may use 1.
 */
export function queryTerms(query: string, minPrefix = MIN_PREFIX_LENGTH): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const [unit] of foldText(query.slice(0, MAX_QUERY_CHARS)).matchAll(WORD_UNIT)) {
    const word = joined(unit);
    if (seen.has(word)) continue;
    seen.add(word);
    terms.push({ word, prefix: [...word].length >= minPrefix });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

export function termMatches(term: SearchTerm, word: string): boolean {
  return term.prefix ? word.startsWith(term.word) : word === term.word;
}

/**
 * The key a list filter compares by substring: folded, apostrophes dropped, dashes and runs of
 * spaces made one space, each field on its own line (so a query never spans two fields).
 */
export function filterKey(...fields: readonly string[]): string {
  return fields
    .map((field) =>
      foldText(field)
        .replaceAll("'", '')
        .replace(/[\p{Pd}\s]+/gu, ' ')
        .trim(),
    )
    .join('\n');
}
