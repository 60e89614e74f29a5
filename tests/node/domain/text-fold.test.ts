import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets, foldedIncludes } from '../../../src/shared/domain/text-fold';

describe('the one search normalisation', () => {
  it.each([
    ['Polish', 'ŁUKASZ Żółć', 'lukasz zolc'],
    ['Irish', 'AOIFE NÍ BHRIAIN', 'aoife ni bhriain'],
    ['Irish (lower)', 'Siobhán Ó Súilleabháin', 'siobhan o suilleabhain'],
    ['Turkish dotted capital I', 'İREM YILDIZ', 'irem yildiz'],
    ['Turkish dotless i', 'ırmak', 'irmak'],
    ['Spanish', 'TOMÁS Núñez', 'tomas nunez'],
    ['German', 'Straße Groß', 'strasse gross'],
    ['Vietnamese', 'Nguyễn Thị Đào', 'nguyen thi dao'],
    ['Arabic with harakat and hamza', 'أَحْمَد', 'احمد'],
    ['Arabic tatweel and teh marbuta', 'فاطمـة', 'فاطمه'],
    ['curly apostrophe', 'O’Brien', "o'brien"],
    ['modifier apostrophe', 'Oʼbrien', "o'brien"],
  ])('%s: %s folds to %s', (_script, typed, folded) => {
    expect(foldText(typed)).toBe(folded);
  });

  it('finds a name typed without its accents, in any case, and with either apostrophe', () => {
    expect(foldedIncludes('Referral about Łukasz Nowak', 'lukasz')).toBe(true);
    expect(foldedIncludes("Shane O'Brien's account", 'O’BRIEN')).toBe(true);
    expect(foldedIncludes('Yıldız', 'YILDIZ')).toBe(true);
    expect(foldedIncludes('Jess', 'Jessica')).toBe(false);
  });

  it('maps a match in the folded text back to the original characters', () => {
    const original = 'Met Łukasz and Straße';
    const { folded, offsets } = foldWithOffsets(original);
    const at = folded.indexOf('lukasz');
    expect(original.slice(offsets[at], offsets[at + 'lukasz'.length])).toBe('Łukasz');
    const street = folded.indexOf('strasse');
    expect(original.slice(offsets[street], offsets[street + 'strasse'.length])).toBe('Straße');
    expect(offsets.at(-1)).toBe(original.length);
  });

  it('keeps emoji and right-to-left text as they are', () => {
    expect(foldText('🙂 שָׁלוֹם')).toBe('🙂 שלום');
  });
});

describe('folding long text quickly', () => {
  it('folds mixed ASCII and other scripts in one pass exactly as it folds each character', () => {
    const samples = [
      'Plain ASCII with a `backtick` and CAPITALS',
      'Met ŁUKASZ at the café; Zoë O’Brien said İrem was late',
      'ΣΟΦΙΑ and σοφια, ß and ẞ, æ at the end æ',
      'مريم 👵🏽 שָׁלוֹם mixed with words',
      '',
    ];
    for (const sample of samples) {
      const byCharacter = [...sample].map((c) => foldText(c)).join('');
      expect(foldText(sample)).toBe(byCharacter);
      const { folded, offsets } = foldWithOffsets(sample);
      expect(folded).toBe(byCharacter);
      expect(offsets).toHaveLength(folded.length + 1);
      expect(offsets.at(-1)).toBe(sample.length);
      // Offsets never go backwards, and each points at the start of a character.
      for (let i = 1; i < offsets.length; i++) expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!);
    }
  });
});

describe('folding is quick and the same character by character', () => {
  // A spread of what facilitators type: ASCII, Latin-1, Latin Extended (Polish, Turkish,
  // Vietnamese precomposed), Greek, Cyrillic, Arabic with harakat, Hebrew points, apostrophes, emoji.
  const sample =
    "Aa Zz `'’ʼ ÀÉÎÕÜßÞæøåÇ ŁłŻżŚśĆćŃńĘęĄą İıĞğŞş ĐđƠơƯưẠạẤấẦầẪẫỆệỰự ΑΆάΩώ ДдЁёЙй أإآٱىةـَُِّ שָׁלוֹם 🙂👩🏽‍⚕️ ½²";

  it('folds ASCII by lower-casing, the backtick as an apostrophe', () => {
    for (let code = 0; code < 128; code++) {
      const character = String.fromCharCode(code);
      expect(foldText(character)).toBe(character === '`' ? "'" : character.toLowerCase());
    }
  });

  it('folds a text as the concatenation of its characters’ folds, with or without offsets', () => {
    const characters = [...sample];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 200; round++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 40) },
        () => characters[Math.floor(random() * characters.length)],
      ).join('');
      const expected = [...text].map((c) => foldText(c)).join('');
      expect(foldText(text)).toBe(expected);
      const { folded, offsets } = foldWithOffsets(text);
      expect(folded).toBe(expected);
      expect(offsets).toHaveLength(folded.length + 1);
      expect(offsets.every((o, i) => i === 0 || o >= offsets[i - 1]!)).toBe(true);
    }
  });
});
