import { describe, expect, it } from 'vitest';
import {
  applyRedactions,
  confirmsName,
  nameMatcher,
  nameSuggestions,
  namesLookedFor,
  notePassages,
  occurrencesOf,
  primaryName,
  redactionSpans,
  wholeWords,
} from '../../../src/shared/domain/subject-access-passages';

const marked = (text: string, names: string[]) =>
  nameMatcher(names)
    .ranges(text)
    .map((r) => text.slice(r.start, r.end));

describe('names a subject access review looks for', () => {
  it('always the full name (the preferred name when there is none); the others only as suggestions', () => {
    expect(primaryName({ preferredName: 'Lee', fullName: 'Lee Morgan' })).toBe('Lee Morgan');
    expect(primaryName({ preferredName: 'Lee Morgan', fullName: '  ' })).toBe('Lee Morgan');
    expect(nameSuggestions({ preferredName: 'Lee', fullName: 'Lee Morgan' })).toEqual(['Lee']);
    expect(nameSuggestions({ preferredName: 'Mo', fullName: 'Lee Morgan' })).toEqual(['Mo', 'Lee']);
    expect(nameSuggestions({ preferredName: 'Ayla Brightwater', fullName: '' })).toEqual(['Ayla']);
    expect(namesLookedFor('Lee Morgan', ['lee  morgan', ' Mogsy ', 'M', 'mogsy'])).toEqual([
      'Lee Morgan',
      'Mogsy',
    ]);
  });

  it('confirms an erasure by the preferred name folded as every search folds it', () => {
    expect(confirmsName(' zoe  o’brien ', "Zoë O'Brien")).toBe(true);
    expect(confirmsName('Zoë', "Zoë O'Brien")).toBe(false);
    expect(confirmsName('   ', '')).toBe(false);
  });
});

describe('finding a name in a passage', () => {
  it('finds whole words only, in any case, accents and apostrophes aside, across any spacing', () => {
    expect(marked('LEE MORGAN and lee\u00a0morgan, not Leeds or Morganstown', ['Lee Morgan'])).toEqual([
      'LEE MORGAN',
      'lee\u00a0morgan',
    ]);
    expect(marked('Łukasz Nowak’s bag; lukasz nowak', ['Lukasz Nowak'])).toEqual([
      'Łukasz Nowak',
      'lukasz nowak',
    ]);
    expect(marked('Spoke with Shane O’Brien.', ["Shane O'Brien"])).toEqual(['Shane O’Brien']);
    expect(marked('Jess saw Lee.', ['Lee Morgan'])).toEqual([]);
  });

  it('marks in the original text even where folding changes lengths, and in right-to-left text', () => {
    expect(marked('İrem Yıldız met Straße', ['irem yildiz'])).toEqual(['İrem Yıldız']);
    expect(marked('قالت مريم إنها بخير', ['مريم'])).toEqual(['مريم']);
    expect(marked('Lee ‮ Morgan', ['Lee'])).toEqual(['Lee']);
  });
});

describe('cutting a note into passages', () => {
  it('a written note by paragraphs (text between blank lines)', () => {
    const passages = notePassages({
      kind: 'text',
      body: 'First line\nsame paragraph\n\n  \nSecond paragraph\r\n\r\nFirst line\nsame paragraph',
    });
    expect(passages.map((p) => [p.text, p.occurrence])).toEqual([
      ['First line\nsame paragraph', 0],
      ['Second paragraph', 0],
      ['First line\nsame paragraph', 1],
    ]);
  });

  it('a meeting note by lines, attributed lines without their prefix', () => {
    const passages = notePassages({
      kind: 'meeting',
      body: '@a 10:02 — I felt scared.\nAside from the facilitator\n\n@b 10:03 — Sorry.',
    });
    expect(passages).toEqual([
      { text: 'I felt scared.', speakerKey: 'a', time: '10:02', occurrence: 0 },
      { text: 'Aside from the facilitator', speakerKey: null, time: null, occurrence: 0 },
      { text: 'Sorry.', speakerKey: 'b', time: '10:03', occurrence: 0 },
    ]);
  });
});

describe('redacting words', () => {
  it('widens a selection to whole words and never splits a character', () => {
    const text = 'She lives at 14 Alder Row 👵🏽 now';
    expect(text.slice(...span(wholeWords(text, { start: 15, end: 18 })))).toBe('Alder');
    expect(text.slice(...span(wholeWords(text, { start: 12, end: 25 })))).toBe('14 Alder Row');
    const emoji = text.indexOf('👵');
    const inside = wholeWords(text, { start: emoji + 1, end: emoji + 2 })!;
    expect(text.slice(inside.start, inside.end)).toBe('👵');
    expect(wholeWords(text, { start: 3, end: 4 })).toBeNull();
  });

  it('replaces every redacted stretch with [redacted], merged, leaving no part of a word', () => {
    const text = 'Jess moved to 14 Alder Row, Alderton.';
    const ranges = [
      { start: 15, end: 16 },
      { start: 17, end: 20 },
      { start: 28, end: 30 },
    ];
    expect(redactionSpans(text, ranges).map((r) => text.slice(r.start, r.end))).toEqual([
      '14 Alder',
      'Alderton',
    ]);
    expect(applyRedactions(text, ranges)).toBe('Jess moved to [redacted] Row, [redacted].');
  });

  it('finds words typed to redact wherever they occur (the keyboard path)', () => {
    const text = 'Alder Row, then alder row again';
    expect(occurrencesOf(text, 'ALDER ROW').map((r) => text.slice(r.start, r.end))).toEqual([
      'Alder Row',
      'alder row',
    ]);
  });
});

function span(range: { start: number; end: number } | null): [number, number] {
  if (!range) throw new Error('no range');
  return [range.start, range.end];
}
