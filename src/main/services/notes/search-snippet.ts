/**
 * Search snippets made from the original text, so names keep their accents: the text is
 * folded with offsets (shared/domain/text-fold.ts), its words are matched against the query's
 * terms exactly as the index matched them, and each match is mapped back to the original
 * characters and wrapped in the highlight markers. The window shown is the run of words that
 * holds the most different terms, with the matches near its middle.
 */
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/schemas/notes';
import { WORD_UNIT, termMatches, type SearchTerm } from '../../../shared/domain/search-words';
import { foldWithOffsets } from '../../../shared/domain/text-fold';

/** A piece of text to show: a label (a speaker and time) is shown but never marked. */
export interface SnippetPart {
  label?: string | null;
  text: string;
}

interface Word {
  start: number;
  end: number;
  marks: [number, number][];
  terms: Set<number>;
}

interface Snippet {
  snippet: string;
  /** Different terms shown, then matches shown: how well the snippet explains the hit. */
  score: number;
}

const MARKERS = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`, 'gu');

/** One line of plain text: no bold markers, no highlight markers, spaces collapsed. */
function clean(text: string): string {
  return text.replace(MARKERS, '').replaceAll('**', '').replace(/\s+/gu, ' ').trim();
}

function assemble(parts: readonly SnippetPart[]): { text: string; markable: [number, number][] } {
  let text = '';
  const markable: [number, number][] = [];
  for (const part of parts) {
    const label = part.label ? clean(part.label) : '';
    const body = clean(part.text);
    if (!label && !body) continue;
    if (text) text += ' ';
    if (label) text += `${label} `;
    markable.push([text.length, text.length + body.length]);
    text += body;
  }
  return { text, markable };
}

/** The end, in the original, of the character that folded into `folded[index]`. */
function originalEnd(text: string, offsets: number[], index: number): number {
  const start = offsets[index]!;
  return start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
}

function wordsOf(text: string, markable: [number, number][], terms: readonly SearchTerm[]): Word[] {
  const { folded, offsets } = foldWithOffsets(text);
  const words: Word[] = [];
  for (const match of folded.matchAll(WORD_UNIT)) {
    const from = match.index;
    const unit = match[0];
    const word: Word = {
      start: offsets[from]!,
      end: originalEnd(text, offsets, from + unit.length - 1),
      marks: [],
      terms: new Set(),
    };
    words.push(word);
    if (!markable.some(([a, b]) => word.start >= a && word.start < b)) continue;
    const whole = unit.replaceAll("'", '');
    terms.forEach((term, k) => {
      if (termMatches(term, whole)) {
        word.terms.add(k);
        word.marks.push([word.start, word.end]);
        return;
      }
      if (!unit.includes("'")) return;
      let at = from;
      for (const part of unit.split("'")) {
        if (part && termMatches(term, part)) {
          word.terms.add(k);
          word.marks.push([offsets[at]!, originalEnd(text, offsets, at + part.length - 1)]);
        }
        at += part.length + 1;
      }
    });
  }
  return words;
}

function scoreOf(words: readonly Word[]): number {
  const terms = new Set<number>();
  let hits = 0;
  for (const word of words) {
    for (const k of word.terms) terms.add(k);
    if (word.terms.size > 0) hits += 1;
  }
  return terms.size * 1000 + hits;
}

/** The first window of `size` words with the best score, moved so its matches sit centred. */
function window(words: readonly Word[], size: number): [number, number] {
  if (words.length <= size) return [0, words.length];
  let best = -1;
  let bestScore = 0;
  // The best window can always start at a match (it is centred afterwards).
  for (let start = 0; start < words.length; start++) {
    if (words[start]!.terms.size === 0) continue;
    const score = scoreOf(words.slice(start, start + size));
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  if (best < 0) return [0, size];
  const inside = words.slice(best, best + size);
  const last = best + inside.length - 1 - [...inside].reverse().findIndex((w) => w.terms.size > 0);
  const slack = size - (last - best + 1);
  const start = Math.max(0, Math.min(best - Math.floor(slack / 2), words.length - size));
  return [start, start + size];
}

export function snippetOf(
  parts: readonly SnippetPart[],
  terms: readonly SearchTerm[],
  size: number,
): Snippet {
  const { text, markable } = assemble(parts);
  const words = wordsOf(text, markable, terms);
  if (words.length === 0) return { snippet: text, score: 0 };
  const [from, to] = window(words, size);
  const cutStart = from === 0 ? 0 : words[from]!.start;
  const cutEnd = to === words.length ? text.length : words[to - 1]!.end;
  let snippet = from === 0 ? '' : '…';
  let at = cutStart;
  for (const word of words.slice(from, to)) {
    for (const [a, b] of word.marks.sort((x, y) => x[0] - y[0])) {
      if (a < at) continue;
      snippet += `${text.slice(at, a)}${HIGHLIGHT_START}${text.slice(a, b)}${HIGHLIGHT_END}`;
      at = b;
    }
  }
  snippet += text.slice(at, cutEnd) + (to === words.length ? '' : '…');
  return { snippet, score: scoreOf(words.slice(from, to)) };
}

/** The best snippet among several texts (a case's summary, title and reference); ties go to the first. */
export function bestSnippet(
  texts: readonly (readonly SnippetPart[])[],
  terms: readonly SearchTerm[],
  size: number,
): string {
  let best: Snippet = { snippet: '', score: -1 };
  for (const parts of texts) {
    const candidate = snippetOf(parts, terms, size);
    if (candidate.score > best.score) best = candidate;
  }
  return best.snippet;
}
