/**
 * The rules of a subject access review, pure so main and the renderer apply the same ones:
 * which names are looked for, how a note is cut into passages (paragraphs; lines of a
 * meeting note), where a passage names the person (the app's one search normalisation,
 * whole words only), and how words chosen for redaction become "[redacted]" (always whole
 * words, so no part of a redacted word can remain).
 */
import { parseMeetingBody } from './meeting-notes';
import { foldText, foldWithOffsets } from './text-fold';

export const REDACTED = '[redacted]';

/** A stretch of a passage's text, in UTF-16 offsets (what JavaScript strings index by). */
export interface TextRange {
  start: number;
  end: number;
}

/** The name always looked for: the full name, or the preferred name when there is none. */
export function primaryName(person: { preferredName: string; fullName: string }): string {
  return person.fullName.trim() || person.preferredName.trim();
}

/**
 * Names the facilitator may tick as well: the preferred name and the first name. Never
 * looked for unless ticked, since a first name alone names other people too.
 */
export function nameSuggestions(person: { preferredName: string; fullName: string }): string[] {
  const primary = primaryName(person);
  const first = primary.split(/\s+/u)[0] ?? '';
  const seen = new Set([foldText(primary)]);
  const out: string[] = [];
  for (const name of [person.preferredName.trim(), first]) {
    const key = foldText(name);
    if ([...name].length < 2 || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** The names to look for: the primary one and the confirmed others, each once (folded). */
export function namesLookedFor(primary: string, otherNames: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of [primary, ...otherNames].map((n) => n.trim().replace(/\s+/gu, ' '))) {
    const key = foldText(name);
    if ([...key].length < 2 || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * The erasure's confirmation: the preferred name typed again, compared as every search in
 * the app compares names (case, accents and apostrophes aside), trimmed.
 */
export function confirmsName(typed: string, name: string): boolean {
  const key = (s: string) => foldText(s.trim().replace(/\s+/gu, ' '));
  return key(typed) !== '' && key(typed) === key(name);
}

export interface NameMatcher {
  /** Whether the text names the person at all (cheap: no offsets). */
  test(text: string): boolean;
  /** Where the text names them, merged and in order, in offsets of the original text. */
  ranges(text: string): TextRange[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only: "Lee" is not found in "Leeds"; "Lee Harper" allows any spacing. */
export function nameMatcher(names: readonly string[]): NameMatcher {
  const alternatives = names
    .map((name) => foldText(name).trim().split(/\s+/u).filter(Boolean).map(escapeRegExp).join('\\s+'))
    .filter(Boolean)
    // Longest first, so "Lee Harper" wins over "Lee" where both match.
    .sort((a, b) => b.length - a.length);
  if (alternatives.length === 0) return { test: () => false, ranges: () => [] };
  const source = `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
  const once = new RegExp(source, 'u');
  return {
    test: (text) => once.test(foldText(text)),
    ranges(text) {
      const { folded, offsets } = foldWithOffsets(text);
      const found: TextRange[] = [];
      for (const match of folded.matchAll(new RegExp(source, 'gu'))) {
        found.push({ start: offsets[match.index]!, end: offsets[match.index + match[0].length]! });
      }
      return mergeRanges(found);
    },
  };
}

export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/** One passage of a note, before anyone decides about it. */
export interface NotePassage {
  /** Which of the note's passages with this same text it is (0 for the first). */
  occurrence: number;
  text: string;
  /** For a line of a meeting note: its speaker's letter and the time, when attributed. */
  speakerKey: string | null;
  time: string | null;
}

/**
 * A note cut into passages: paragraphs (text between blank lines) of a written note; lines
 * of a meeting note, each attributed line without its "@a 10:02 — " prefix. Blank ones go.
 */
export function notePassages(note: { kind: 'text' | 'meeting'; body: string }): NotePassage[] {
  const pieces =
    note.kind === 'meeting'
      ? parseMeetingBody(note.body).map((line) => ({
          text: line.text.trim(),
          speakerKey: line.key,
          time: line.time,
        }))
      : note.body.split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/u).map((paragraph) => ({
          text: paragraph.trim(),
          speakerKey: null,
          time: null,
        }));
  const seen = new Map<string, number>();
  return pieces
    .filter((p) => p.text.length > 0)
    .map((p) => {
      const key = `${p.speakerKey ?? ''}\u0000${p.time ?? ''}\u0000${p.text}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return { ...p, occurrence };
    });
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

function characterBefore(text: string, index: number): string {
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2
    ? text.slice(index - 2, index)
    : text.charAt(index - 1);
}

function characterAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(index, index + 2) : text.charAt(index);
}

/**
 * A chosen stretch widened to whole words (and never splitting a character in two), so
 * selecting "ess" of "Jess" redacts "Jess". Leading and trailing spaces are dropped.
 */
export function wholeWords(text: string, range: TextRange): TextRange | null {
  let start = Math.max(0, Math.min(range.start, text.length));
  let end = Math.max(start, Math.min(range.end, text.length));
  while (start < end && /\s/u.test(text.charAt(start))) start += 1;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  if (start === end) return null;
  while (start > 0 && WORD_CHARACTER.test(characterBefore(text, start)))
    start -= characterBefore(text, start).length;
  // A range may start inside a surrogate pair (an emoji): move it to the pair's start.
  if (start > 0 && /[\udc00-\udfff]/u.test(text.charAt(start))) start -= 1;
  while (end < text.length && WORD_CHARACTER.test(characterAt(text, end)))
    end += characterAt(text, end).length;
  if (end < text.length && /[\udc00-\udfff]/u.test(text.charAt(end))) end += 1;
  return { start, end };
}

/**
 * The redactions as they will be applied: whole words, merged, in order. Spans with only
 * spaces between them become one, so "[redacted]" does not tell how many words it hides.
 */
export function redactionSpans(text: string, ranges: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const span of mergeRanges(ranges.flatMap((r) => wholeWords(text, r) ?? []))) {
    const last = out.at(-1);
    if (last && /^\s*$/u.test(text.slice(last.end, span.start))) last.end = span.end;
    else out.push(span);
  }
  return out;
}

/** The passage as the export shows it: every redacted stretch replaced by "[redacted]". */
export function applyRedactions(text: string, ranges: readonly TextRange[]): string {
  let out = '';
  let at = 0;
  for (const span of redactionSpans(text, ranges)) {
    out += text.slice(at, span.start) + REDACTED;
    at = span.end;
  }
  return out + text.slice(at);
}

/** Every place the typed words occur in the passage (folded, whole words): the keyboard path. */
export function occurrencesOf(text: string, words: string): TextRange[] {
  return nameMatcher([words]).ranges(text);
}

export function mentionsSentence(count: number, name: string): string {
  if (count === 0) return `No passages in notes about other people mention ${name}.`;
  return `${count} ${count === 1 ? 'passage mentions' : 'passages mention'} ${name} in notes about other people`;
}

export function withheldSentence(count: number): string {
  return `${count} ${count === 1 ? 'passage' : 'passages'} withheld as other people’s information`;
}
